import BrowserSession from 'm3api/browser.js';
import { WikiApiError } from './errors';
import type { HostLimiter } from './host-limiter';
import { retryAfterTime } from './retry-after';

/** Everything one shared call needs below m3api: how to fetch, the host's queue, when to stop. */
export interface JobContext {
  fetch: typeof fetch;
  limiter: HostLimiter;
  signal: AbortSignal;
}

/**
 * m3api retries on Retry-After until its time budget is spent; this also caps the count, so a
 * server answering "Retry-After: 0" again and again cannot make us hammer it.
 */
const maxRetryAfterRetries = 3;
/** A dropped connection is retried once; a second drop means the wiki is unreachable. */
const maxNetworkRetries = 1;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Reads the whole body while holding the host's slot, so "in flight" means what the server
 * sees: a slot is free only when the connection is, and the next request may start.
 */
async function fetchWhole(fetchImpl: typeof fetch, resource: URL, init: RequestInit): Promise<Response> {
  const response = await fetchImpl(resource, init);
  const body = await response.text();
  return new Response(body === '' ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * An m3api browser session bound to one shared call. m3api does the protocol (Api-User-Agent,
 * Retry-After, maxlag and read-only retries, continuation, API errors); this class puts each
 * HTTP request it makes through the host's queue with the call's AbortSignal, which m3api
 * has no option for, and retries a dropped connection once.
 */
export class JobSession extends BrowserSession {
  private retryAfterRetries = 0;
  private networkRetries = 0;
  /** Set when the last answer carried Retry-After: m3api's next fetch is then a retry. */
  private pendingRetryUntil: number | null = null;

  constructor(
    apiUrl: string,
    defaultParams: Record<string, string | number>,
    defaultOptions: ConstructorParameters<typeof BrowserSession>[2],
    private readonly job: JobContext,
  ) {
    super(apiUrl, defaultParams, defaultOptions);
  }

  override async fetch(resource: URL, init: RequestInit): Promise<Response> {
    this.countRetryAfterRetry();
    const options: RequestInit = { ...this.getFetchOptions(init), signal: this.job.signal };
    for (;;) {
      try {
        const response = await this.job.limiter.run(
          () => fetchWhole(this.job.fetch, resource, options),
          this.job.signal,
        );
        const retryAfter = response.headers.get('retry-after');
        this.pendingRetryUntil = retryAfter === null ? null : retryAfterTime(retryAfter, Date.now());
        return response;
      } catch (error) {
        if (isAbort(error) || this.job.signal.aborted) throw error;
        if (this.networkRetries >= maxNetworkRetries) throw new WikiApiError({ reason: 'offline' });
        this.networkRetries += 1;
      }
    }
  }

  private countRetryAfterRetry(): void {
    if (this.pendingRetryUntil === null) return;
    const until = this.pendingRetryUntil;
    this.pendingRetryUntil = null;
    this.retryAfterRetries += 1;
    if (this.retryAfterRetries > maxRetryAfterRetries) {
      throw new WikiApiError({ reason: 'rate-limited', until: new Date(until).toISOString() });
    }
  }
}
