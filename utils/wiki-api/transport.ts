import type { z } from 'zod';
import { toWikiApiFailure, WikiApiError } from './errors';
import { HostLimiter, type HostLimiterStats } from './host-limiter';
import { JobSession } from './job-session';
import { retryAfterTime } from './retry-after';
import { SharedCalls } from './shared-calls';

/** Interactive calls serve an open panel; background calls are the scheduled refresh. */
export type RequestMode = 'interactive' | 'background';

export type ApiParamValue = string | number | boolean | undefined | readonly (string | number)[];
export type ApiParams = Record<string, ApiParamValue>;

export interface WikiClientOptions {
  /** The extension's version, sent in Api-User-Agent. */
  version: string;
  /** The user's language, so the API's error texts are in it. */
  uselang: string;
  /** Replaces the global fetch (tests: a fake, or one that trusts a local certificate). */
  fetch?: typeof fetch;
  /** API warnings (a request we built wrongly); m3api logs them to the console otherwise. */
  onWarning?: (warning: Error) => void;
}

export interface ContinueOptions {
  maxRounds: number;
  /** Whether the continuation a round returned asks for data we want (false stops early). */
  wants?: (continuation: Record<string, unknown>) => boolean;
}

export interface Continued<T> {
  rounds: T[];
  /** False when the round cap stopped continuation that was still wanted. */
  complete: boolean;
}

/** One wiki's API, as seen from one mode. */
export interface WikiSession {
  readonly apiUrl: string;
  readonly host: string;
  readonly mode: RequestMode;
  request<S extends z.ZodType>(params: ApiParams, schema: S, signal?: AbortSignal): Promise<z.output<S>>;
  requestAndContinue<S extends z.ZodType>(
    params: ApiParams,
    schema: S,
    options: ContinueOptions,
    signal?: AbortSignal,
  ): Promise<Continued<z.output<S>>>;
}

export interface WikiClient {
  session(apiUrl: string, mode?: RequestMode): WikiSession;
  /** Requests started, in flight, queued and the peak in flight, for one host. */
  stats(host: string): HostLimiterStats;
}

const projectUrl = 'https://meta.wikimedia.org/wiki/Wiki_Wayfinder';
/** Wikimedia's rate limits for anonymous clients allow three concurrent requests. */
const maxConcurrentPerHost = 3;

const modes: Record<RequestMode, { budgetMs: number; params: Record<string, number> }> = {
  // The panel must say something within about 5 s: a longer wait is reported, not endured.
  interactive: { budgetMs: 5_000, params: {} },
  // maxlag lets a lagged wiki turn the scheduled refresh away; m3api then waits and retries.
  background: { budgetMs: 65_000, params: { maxlag: 5 } },
};

export function userAgent(version: string): string {
  return `WikiWayfinder/${version} (${projectUrl})`;
}

/** A stable identity for a request, so identical ones can share one job. */
function callKey(apiUrl: string, mode: RequestMode, params: ApiParams, extra: string): string {
  const entries = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]): [string, string] => [name, Array.isArray(value) ? value.join('|') : String(value)])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([apiUrl, mode, extra, entries]);
}

/** m3api waits between retries with setTimeout; this lets an abort cut the wait short. */
function abortableClock(signal: AbortSignal): object {
  return {
    performance: { now: () => globalThis.performance.now() },
    setTimeout: (resume: () => void, ms: number) => {
      const onAbort = (): void => {
        globalThis.clearTimeout(timer);
        resume();
      };
      const timer = globalThis.setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resume();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
      return timer;
    },
  };
}

/** Called by m3api for a non-200 answer it did not retry away. */
function rejectHttpStatus(_session: unknown, _params: unknown, _options: unknown, response: Response): never {
  if (response.status === 429) {
    const until = retryAfterTime(response.headers.get('retry-after'), Date.now());
    throw new WikiApiError({ reason: 'rate-limited', until: new Date(until).toISOString() });
  }
  throw new WikiApiError({ reason: 'http', status: response.status });
}

function parseAnswer<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'answer';
  throw new WikiApiError({ reason: 'invalid-answer', what: `${where}: ${issue?.message ?? 'unexpected shape'}` });
}

/** Whatever m3api, fetch or a schema threw, callers get a WikiApiError. */
async function typedFailures<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof WikiApiError ? error : new WikiApiError(toWikiApiFailure(error));
  }
}

function toM3apiParams(params: ApiParams): Record<string, string | number | boolean | (string | number)[]> {
  const converted: Record<string, string | number | boolean | (string | number)[]> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    // Arrays, not Sets: m3api may merge Set parameters of concurrent requests, and our
    // namespace and title lists must stay exactly as asked.
    converted[name] = Array.isArray(value) ? [...value] : (value as string | number | boolean);
  }
  return converted;
}

export function createWikiClient(options: WikiClientOptions): WikiClient {
  const limiters = new Map<string, HostLimiter>();
  const shared = new SharedCalls();
  const fetchImpl = options.fetch ?? ((resource, init) => globalThis.fetch(resource, init));

  const limiterFor = (host: string): HostLimiter => {
    let limiter = limiters.get(host);
    if (limiter === undefined) {
      limiter = new HostLimiter(maxConcurrentPerHost);
      limiters.set(host, limiter);
    }
    return limiter;
  };

  const session = (apiUrl: string, mode: RequestMode = 'interactive'): WikiSession => {
    const host = new URL(apiUrl).host;
    const rules = modes[mode];
    const defaultParams = {
      formatversion: 2,
      errorformat: 'plaintext',
      uselang: options.uselang,
      origin: '*',
      // Every extension user asks the same team pages and contacts: let Wikimedia's edge
      // caches answer repeats for five minutes (our own cache keeps them longer).
      smaxage: 300,
      ...rules.params,
    };

    const jobSession = (signal: AbortSignal): JobSession =>
      new JobSession(
        apiUrl,
        defaultParams,
        {
          userAgent: userAgent(options.version),
          maxRetriesSeconds: rules.budgetMs / 1000,
          httpErrorHandlers: [rejectHttpStatus],
          clock: abortableClock(signal),
          ...(options.onWarning ? { warn: options.onWarning } : {}),
        },
        { fetch: fetchImpl, limiter: limiterFor(host), signal },
      );

    return {
      apiUrl,
      host,
      mode,
      async request(params, schema, signal) {
        const raw = await typedFailures(
          shared.join(
            callKey(apiUrl, mode, params, 'one'),
            (jobSignal) => jobSession(jobSignal).request(toM3apiParams(params)),
            { signal, budgetMs: rules.budgetMs },
          ),
        );
        return parseAnswer(schema, raw);
      },
      async requestAndContinue(params, schema, continueOptions, signal) {
        const run = async (jobSignal: AbortSignal): Promise<Continued<unknown>> => {
          const rounds: unknown[] = [];
          const responses = jobSession(jobSignal).requestAndContinue(toM3apiParams(params), {
            dropTruncatedResultWarning: true,
          }) as AsyncIterable<{ continue?: Record<string, unknown> }>;
          for await (const response of responses) {
            rounds.push(response);
            const continuation = response.continue;
            if (continuation === undefined) return { rounds, complete: true };
            if (continueOptions.wants && !continueOptions.wants(continuation)) return { rounds, complete: true };
            if (rounds.length >= continueOptions.maxRounds) return { rounds, complete: false };
          }
          return { rounds, complete: true };
        };
        const raw = (await typedFailures(
          shared.join(callKey(apiUrl, mode, params, `continue:${continueOptions.maxRounds}`), run, {
            signal,
            budgetMs: rules.budgetMs,
          }),
        )) as Continued<unknown>;
        return { rounds: raw.rounds.map((round) => parseAnswer(schema, round)), complete: raw.complete };
      },
    };
  };

  return {
    session,
    stats: (host) => limiterFor(host).stats(),
  };
}
