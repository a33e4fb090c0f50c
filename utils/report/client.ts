import { browser } from 'wxt/browser';
import { parseWikiPageUrl } from '../page/parse-url';
import { loadRegistry } from './registry-store';
import { buildInstantReport } from './instant-report';
import { cacheStatsSchema, panelPortName, reportMessageSchema, type CacheStats } from './messages';
import type { PageReport } from './page-report';

export { loadRegistry };

export interface ReportWatch {
  /** Asks again, for example after an error or once the wiki is back. */
  retry(): void;
  close(): void;
}

/**
 * Reports on one page for the side panel: the instant answer built here from the URL alone
 * (no network, so the owner shows at once), then the refined reports the background streams
 * as live data arrives. Closing the watch disconnects the port, which cancels the background's
 * requests for this page; a report for an older attempt is never delivered.
 */
export function watchPageReports(pageUrl: string, onReport: (report: PageReport) => void): ReportWatch {
  let closed = false;
  let attempt = 0;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let lastUrlRequest: { type: 'watch'; url: string; attempt: number } | null = null;
  let reconnectedForAttempt = -1;

  const deliver = (report: PageReport, forAttempt: number) => {
    if (!closed && forAttempt === attempt) onReport(report);
  };

  const start = () => {
    const thisAttempt = ++attempt;
    const page = parseWikiPageUrl(pageUrl);
    if (!page) return;
    void loadRegistry().then(({ prepared, status }) => deliver(buildInstantReport(page, prepared, status), thisAttempt));
    lastUrlRequest = { type: 'watch', url: pageUrl, attempt: thisAttempt };
    port ??= connect();
    port.postMessage(lastUrlRequest);
  };

  const connect = () => {
    const next = browser.runtime.connect({ name: panelPortName });
    next.onMessage.addListener((message: unknown) => {
      const parsed = reportMessageSchema.safeParse(message);
      if (parsed.success) deliver(parsed.data.report, parsed.data.attempt);
    });
    // The background's service worker may be stopped by the browser: reconnect and ask again,
    // so a panel left open keeps getting answers. Once per attempt, so a background that keeps
    // refusing cannot make the panel spin.
    next.onDisconnect.addListener(() => {
      port = null;
      if (closed || !lastUrlRequest || reconnectedForAttempt === lastUrlRequest.attempt) return;
      reconnectedForAttempt = lastUrlRequest.attempt;
      port = connect();
      port.postMessage(lastUrlRequest);
    });
    return next;
  };

  start();
  return {
    retry: () => {
      if (!closed) start();
    },
    close: () => {
      closed = true;
      port?.disconnect();
      port = null;
    },
  };
}

export async function requestCacheStats(): Promise<CacheStats> {
  return cacheStatsSchema.parse(await browser.runtime.sendMessage({ type: 'cache-stats' }));
}

export async function requestClearCache(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'cache-clear' });
}

export { requestBadgeInfo, openSidebarFromPage } from './badge-client';
