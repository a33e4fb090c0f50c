import type { BrowserContext, Request } from '@playwright/test';

export interface ExtensionRequestFigures {
  started: number;
  /** Requests the extension gave up itself (the browser reports them as aborted). */
  cancelled: number;
  /** The most requests the extension had open to one host at the same moment. */
  maxInFlightPerHost: number;
}

/**
 * Counts the service worker's own requests as the browser sees them, from start to the end of
 * the body or to cancellation: the extension's side of "at most 3 in flight per wiki", which
 * the front's log cannot give while wiki pages in tabs load at the same time.
 */
export function watchExtensionRequests(context: BrowserContext, extensionId: string): { stop(): ExtensionRequestFigures } {
  const open = new Map<string, number>();
  const counted = new Set<Request>();
  const figures: ExtensionRequestFigures = { started: 0, cancelled: 0, maxInFlightPerHost: 0 };
  const isOurs = (request: Request) => request.serviceWorker()?.url().startsWith(`chrome-extension://${extensionId}/`) ?? false;
  const hostOf = (request: Request) => new URL(request.url()).host;

  const onRequest = (request: Request) => {
    if (!isOurs(request)) return;
    counted.add(request);
    figures.started += 1;
    const now = (open.get(hostOf(request)) ?? 0) + 1;
    open.set(hostOf(request), now);
    figures.maxInFlightPerHost = Math.max(figures.maxInFlightPerHost, now);
  };
  const onEnd = (request: Request) => {
    if (!counted.delete(request)) return;
    open.set(hostOf(request), (open.get(hostOf(request)) ?? 1) - 1);
  };
  const onFailed = (request: Request) => {
    if (counted.has(request) && request.failure()?.errorText === 'net::ERR_ABORTED') figures.cancelled += 1;
    onEnd(request);
  };
  context.on('request', onRequest);
  context.on('requestfinished', onEnd);
  context.on('requestfailed', onFailed);
  return {
    stop() {
      context.off('request', onRequest);
      context.off('requestfinished', onEnd);
      context.off('requestfailed', onFailed);
      return { ...figures };
    },
  };
}
