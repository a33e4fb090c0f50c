import type { IncomingMessage } from 'node:http';
import { activateFault, describeFault, type ActiveFault, type FaultDescription, type FaultKind, type FaultSpec } from './front-faults';

/** Request headers worth keeping in the log: they show how a client identifies itself. */
export const loggedHeaders = ['api-user-agent', 'user-agent', 'origin', 'referer', 'accept-language'] as const;

// Bounded so a long demo cannot grow the log without limit; tests read far fewer.
const maxLogEntries = 10000;

export interface FrontLogEntry {
  /** ISO time the request arrived. */
  time: string;
  method: string;
  /** Host header as the client sent it (meta.wikimedia.org when Chromium maps the name). */
  host: string;
  /** Path and query. */
  url: string;
  /** Status sent, or null while unanswered and for dropped connections. */
  status: number | null;
  fault: FaultKind | null;
  headers: Partial<Record<(typeof loggedHeaders)[number], string>>;
  /** Requests in flight when this one arrived, itself included. */
  inFlightAtStart: number;
  /** Time to the end of the answer, or null while unanswered and for dropped connections. */
  durationMs: number | null;
}

export interface FrontSnapshot {
  /** Requests per path (query left out), since the last reset. */
  counts: Record<string, number>;
  log: FrontLogEntry[];
  inFlight: number;
  maxInFlight: number;
  latencyMs: number;
  faults: FaultDescription[];
}

/** How tests steer the front; the /__front/ endpoint offers the same to other processes. */
export interface FrontControls {
  /** Delay added before every request is handled (faults included). */
  setLatency(ms: number): void;
  /** Applies `spec.kind` to the next `spec.count` requests whose path + query match. */
  injectFault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Clears the log, counts, in-flight maximum, latency and faults. */
  reset(): void;
  /** Requests to `path` (query left out) since the last reset. */
  requestCount(path: string): number;
  snapshot(): FrontSnapshot;
}

/** What the server needs besides the controls: bookkeeping for each request. */
export interface FrontState extends FrontControls {
  readonly latencyMs: number;
  begin(request: IncomingMessage): { entry: FrontLogEntry; finish(status: number | null): void };
  /** The first active fault matching `url`, used up by one. */
  takeFault(url: string): ActiveFault | undefined;
}

function pickHeaders(request: IncomingMessage): FrontLogEntry['headers'] {
  const picked: FrontLogEntry['headers'] = {};
  for (const name of loggedHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string') picked[name] = value;
  }
  return picked;
}

export function createFrontState(): FrontState {
  let counts = new Map<string, number>();
  let log: FrontLogEntry[] = [];
  let faults: ActiveFault[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let latencyMs = 0;

  return {
    get latencyMs() {
      return latencyMs;
    },
    setLatency(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`latency must be a number of ms ≥ 0, not ${ms}`);
      latencyMs = ms;
    },
    injectFault(spec) {
      faults.push(activateFault(spec));
    },
    clearFaults() {
      faults = [];
    },
    reset() {
      counts = new Map();
      log = [];
      faults = [];
      maxInFlight = inFlight;
      latencyMs = 0;
    },
    requestCount(path) {
      return counts.get(path) ?? 0;
    },
    snapshot() {
      return {
        counts: Object.fromEntries(counts),
        log: log.map((entry) => ({ ...entry, headers: { ...entry.headers } })),
        inFlight,
        maxInFlight,
        latencyMs,
        faults: faults.map(describeFault),
      };
    },
    begin(request) {
      const url = request.url ?? '/';
      const path = url.split('?')[0] ?? url;
      counts.set(path, (counts.get(path) ?? 0) + 1);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const started = Date.now();
      const entry: FrontLogEntry = {
        time: new Date(started).toISOString(),
        method: request.method ?? 'GET',
        host: request.headers.host ?? '',
        url,
        status: null,
        fault: null,
        headers: pickHeaders(request),
        inFlightAtStart: inFlight,
        durationMs: null,
      };
      log.push(entry);
      if (log.length > maxLogEntries) log.shift();
      let finished = false;
      return {
        entry,
        finish(status) {
          if (finished) return;
          finished = true;
          inFlight -= 1;
          entry.status = status;
          entry.durationMs = status === null ? null : Date.now() - started;
        },
      };
    },
    takeFault(url) {
      const fault = faults.find((candidate) => candidate.match.test(url));
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
      return fault;
    },
  };
}
