import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrontControls } from './front-controls';
import { isFaultKind, type FaultSpec } from './front-faults';

/** Reserved path prefix of the control endpoint; requests under it are never logged or faulted. */
export const controlPrefix = '/__front/';

const maxBodyBytes = 64 * 1024;

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > maxBodyBytes) throw new Error('request body too large');
  }
  const parsed: unknown = body === '' ? {} : JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function optionalNumber(body: Record<string, unknown>, key: string): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new Error(`"${key}" must be a number`);
  return value;
}

function faultSpecFrom(body: Record<string, unknown>): FaultSpec {
  if (!isFaultKind(body.kind)) throw new Error(`"kind" must be one of the fault kinds, not ${JSON.stringify(body.kind)}`);
  if (body.match !== undefined && typeof body.match !== 'string') throw new Error('"match" must be a RegExp source string');
  return {
    kind: body.kind,
    match: body.match,
    count: optionalNumber(body, 'count'),
    retryAfterSeconds: optionalNumber(body, 'retryAfterSeconds'),
    delayMs: optionalNumber(body, 'delayMs'),
  };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(value));
}

/**
 * The front's remote control, for a process that does not hold the FrontControls object:
 *   GET    /__front/state     → FrontSnapshot
 *   POST   /__front/latency   {"ms": 200}
 *   POST   /__front/faults    {"kind": "429", "match": "^/w/api\\.php", "count": 2, "retryAfterSeconds": 1}
 *   DELETE /__front/faults
 *   POST   /__front/reset
 */
export async function handleControlRequest(
  controls: FrontControls,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const route = `${request.method} ${(request.url ?? '').split('?')[0]?.slice(controlPrefix.length)}`;
  try {
    switch (route) {
      case 'GET state':
        sendJson(response, 200, controls.snapshot());
        return;
      case 'POST latency': {
        const ms = optionalNumber(await readJson(request), 'ms');
        if (ms === undefined) throw new Error('"ms" is required');
        controls.setLatency(ms);
        break;
      }
      case 'POST faults':
        controls.injectFault(faultSpecFrom(await readJson(request)));
        break;
      case 'DELETE faults':
        controls.clearFaults();
        break;
      case 'POST reset':
        controls.reset();
        break;
      default:
        sendJson(response, 404, { error: `no control route ${route}` });
        return;
    }
    sendJson(response, 200, { ok: true });
  } catch (error) {
    sendJson(response, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}
