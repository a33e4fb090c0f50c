/**
 * A scripted stand-in for fetch(), for the transport's queue, sharing, abort and retry logic
 * only: the queries themselves are tested against the real local MediaWiki
 * (tests/integration/wiki-api). Each call waits for the test to answer it, so tests decide
 * exactly what is in flight at any moment.
 */
export interface FakeCall {
  url: URL;
  headers: Headers;
  signal: AbortSignal | null;
  respond(body: unknown, init?: { status?: number; headers?: Record<string, string> }): void;
  respondRaw(body: string, init?: { status?: number; headers?: Record<string, string> }): void;
  dropConnection(): void;
}

export interface FakeFetch {
  fetch: typeof fetch;
  calls: FakeCall[];
  /** Calls whose answer the test has not given yet. */
  pending(): FakeCall[];
  /** Resolves once `count` calls in total have been made. */
  waitForCalls(count: number): Promise<void>;
  /** Calls not answered and not aborted. */
  openCount(): number;
  maxOpen: number;
}

export function createFakeFetch(): FakeFetch {
  const calls: FakeCall[] = [];
  const answered = new Set<FakeCall>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let open = 0;
  const state: FakeFetch = {
    calls,
    maxOpen: 0,
    fetch: (resource, init) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal ?? null;
        let settled = false;
        const settle = (): boolean => {
          if (settled) return false;
          settled = true;
          open -= 1;
          answered.add(call);
          return true;
        };
        const call: FakeCall = {
          url: new URL(String(resource)),
          headers: new Headers(init?.headers),
          signal,
          respondRaw(body, options = {}) {
            if (settle()) resolve(new Response(body, { status: options.status ?? 200, headers: options.headers }));
          },
          respond(body, options = {}) {
            call.respondRaw(JSON.stringify(body), {
              ...options,
              headers: { 'content-type': 'application/json', ...options.headers },
            });
          },
          dropConnection() {
            if (settle()) reject(new TypeError('fetch failed'));
          },
        };
        signal?.addEventListener('abort', () => {
          if (settle()) reject(new DOMException('This operation was aborted', 'AbortError'));
        });
        open += 1;
        state.maxOpen = Math.max(state.maxOpen, open);
        calls.push(call);
        for (const waiter of waiters.filter((candidate) => calls.length >= candidate.count)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }),
    pending: () => calls.filter((call) => !answered.has(call)),
    openCount: () => open,
    waitForCalls: (count) =>
      calls.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
  };
  return state;
}
