import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the front can do to a request instead of (or while) forwarding it:
 * - '429': HTTP 429 with Retry-After, as Wikimedia's rate limiter answers;
 * - '500': an HTTP 500 error page;
 * - 'maxlag': HTTP 200 with a MediaWiki `maxlag` error body and Retry-After, as api.php answers
 *   a request whose maxlag is exceeded;
 * - 'malformed': HTTP 200 whose JSON body does not parse;
 * - 'truncated': the wiki's real answer cut in half (a well-framed response, unparsable JSON);
 * - 'drop': the connection is destroyed without an answer;
 * - 'slow': the real answer, after `delayMs` (default 30 s, beyond any sane client timeout);
 * - 'down': every matching request is dropped until the faults are cleared (count is ignored).
 */
export const faultKinds = ['429', '500', 'maxlag', 'malformed', 'truncated', 'drop', 'slow', 'down'] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** Matched against path + query (e.g. /^\/w\/api\.php/); a string is a RegExp source. Default: every request. */
  match?: RegExp | string;
  /** How many matching requests get the fault. Default 1. */
  count?: number;
  /** Retry-After for '429' and 'maxlag', in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** Delay of 'slow', in ms. Default 30000. */
  delayMs?: number;
}

export interface ActiveFault {
  kind: FaultKind;
  match: RegExp;
  remaining: number;
  retryAfterSeconds: number;
  delayMs: number;
}

/** The JSON form of an active fault, as the control endpoint reports it. */
export interface FaultDescription {
  kind: FaultKind;
  match: string;
  remaining: number | 'until cleared';
  retryAfterSeconds: number;
  delayMs: number;
}

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (faultKinds as readonly string[]).includes(value);
}

export function activateFault(spec: FaultSpec): ActiveFault {
  if (!isFaultKind(spec.kind)) throw new Error(`unknown fault kind ${String(spec.kind)}`);
  const count = spec.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new Error(`fault count must be a positive integer, not ${count}`);
  return {
    kind: spec.kind,
    // Without g/y flags: a stateful lastIndex would make test() skip every other request.
    match:
      spec.match instanceof RegExp
        ? new RegExp(spec.match.source, spec.match.flags.replace(/[gy]/g, ''))
        : new RegExp(spec.match ?? ''),
    remaining: spec.kind === 'down' ? Number.POSITIVE_INFINITY : count,
    retryAfterSeconds: spec.retryAfterSeconds ?? 1,
    delayMs: spec.delayMs ?? 30000,
  };
}

export function describeFault(fault: ActiveFault): FaultDescription {
  return {
    kind: fault.kind,
    match: fault.match.source,
    remaining: Number.isFinite(fault.remaining) ? fault.remaining : 'until cleared',
    retryAfterSeconds: fault.retryAfterSeconds,
    delayMs: fault.delayMs,
  };
}

const maxlagSeconds = 5;
const maxlagText = `Waiting for 10.64.0.1: ${maxlagSeconds} seconds lagged.`;

/**
 * The body api.php sends for an exceeded maxlag, in the shape the request asked for: the
 * `errors` array of errorformat=plaintext/wikitext/html, or the legacy `error` object.
 */
function maxlagBody(url: URL): object {
  const errorFormat = url.searchParams.get('errorformat') ?? 'bc';
  const data = { host: '10.64.0.1', lag: maxlagSeconds, type: 'db' };
  const docref = 'See https://meta.wikimedia.org/w/api.php for API usage.';
  if (errorFormat === 'bc') return { error: { code: 'maxlag', info: maxlagText, ...data, docref }, servedby: 'local-front' };
  const textKey = errorFormat === 'html' ? 'html' : 'text';
  return { errors: [{ code: 'maxlag', [textKey]: maxlagText, data, module: 'main' }], docref, servedby: 'local-front' };
}

/** Answers a request with a made-up response for the faults that need no upstream answer. */
export function respondWithFault(
  fault: ActiveFault,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const url = new URL(request.url ?? '/', 'http://front.invalid');
  switch (fault.kind) {
    case '429':
      response.writeHead(429, {
        'content-type': 'text/html; charset=utf-8',
        'retry-after': String(fault.retryAfterSeconds),
      });
      response.end('<!DOCTYPE html><title>Too many requests</title><p>Too many requests (fixture fault).</p>');
      return;
    case '500':
      response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><title>Internal error</title><p>Internal error (fixture fault).</p>');
      return;
    case 'maxlag':
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(fault.retryAfterSeconds),
        'x-database-lag': String(maxlagSeconds),
        'mediawiki-api-error': 'maxlag',
      });
      response.end(JSON.stringify(maxlagBody(url)));
      return;
    case 'malformed':
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end('{"batchcomplete":true,"query":{"pages":[{"ns":0,"title":"Main Page",,}]}}');
      return;
    default:
      throw new Error(`fault ${fault.kind} is not a made-up response`);
  }
}
