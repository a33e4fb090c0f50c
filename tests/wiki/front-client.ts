import { controlPrefix } from './front-control-endpoint';
import type { FrontSnapshot } from './front-controls';
import type { FaultSpec } from './front-faults';

/** FrontControls for another process, over the front's /__front/ endpoint (a RegExp `match` travels as its source, without flags). */
export interface RemoteFrontControls {
  setLatency(ms: number): Promise<void>;
  injectFault(spec: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  reset(): Promise<void>;
  requestCount(path: string): Promise<number>;
  snapshot(): Promise<FrontSnapshot>;
}

/**
 * Steers a front started elsewhere (for example by `tests/wiki/cli.ts start`). Give it the
 * front's plain-HTTP URL (`frontHttpUrl`), which global fetch can reach without trusting the
 * self-signed certificate.
 */
export function connectToFront(frontHttpUrl: string): RemoteFrontControls {
  async function call(method: string, route: string, body?: unknown): Promise<unknown> {
    const response = await fetch(new URL(`${controlPrefix}${route}`, frontHttpUrl), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok) throw new Error(`front control ${method} ${route}: ${JSON.stringify(answer)}`);
    return answer;
  }
  const snapshot = async () => (await call('GET', 'state')) as FrontSnapshot;
  return {
    async setLatency(ms) {
      await call('POST', 'latency', { ms });
    },
    async injectFault(spec) {
      await call('POST', 'faults', { ...spec, match: spec.match instanceof RegExp ? spec.match.source : spec.match });
    },
    async clearFaults() {
      await call('DELETE', 'faults');
    },
    async reset() {
      await call('POST', 'reset');
    },
    async requestCount(path) {
      return (await snapshot()).counts[path] ?? 0;
    },
    snapshot,
  };
}
