import { connectToBackground } from './background-port';
import { panelPortName } from './messages-light';
import type { PageReport } from './page-report';

export interface PageReports {
  /**
   * Reports on this page from now on, replacing the page before, whose late reports are never
   * delivered; null: on none (the background stops building for the page before).
   */
  watch(pageUrl: string | null): void;
  /** Asks again for the page watched, for example after an error or once the wiki is back. */
  retry(): void;
  close(): void;
}

/** While a panel is open it pings the background this often, so its worker stays warm. */
const keepWarmMs = 20_000;

/**
 * Reports for the side panel, streamed by the background as they improve: the instant answer
 * from the URL alone first (no network), then refined ones as live data arrives. The background
 * does all resolving, so the panel ships without the registry, the resolver or the validation
 * library. One port serves the panel's whole life: a new page is a new `watch` on it, not a new
 * connection, which took the background 3 to 14 ms to see (docs/PERFORMANCE.md). Each watch
 * has its own attempt number, and a report for any other attempt is dropped. The background
 * also pushes the instant answer for a tab's new URL as soon as it learns of it, which stands
 * in for the page watched until the answer to its watch arrives. The background
 * aborts the requests of the page before on each watch (entrypoints/background/panel-port.ts),
 * and of every page when the port closes. If the background's worker is stopped, the port
 * reconnects (with a bounded backoff) and asks again for the current attempt.
 */
export function openPageReports(onReport: (report: PageReport) => void): PageReports {
  let attempt = 0;
  let watched: string | null = null;
  /** Whether the current attempt has shown a report yet: until then, an instant answer pushed for its URL may stand in. */
  let answered = false;
  const deliver = (report: PageReport) => {
    answered = true;
    onReport(report);
  };
  const request = () => (watched === null ? { type: 'unwatch' } : { type: 'watch', url: watched, attempt });
  const port = connectToBackground(panelPortName, {
    greeting: request,
    onMessage(message) {
      // The sender is this extension's own background, which built the report from validated
      // data; only the envelope is checked here.
      if (typeof message !== 'object' || message === null) return;
      const { type, attempt: forAttempt, url, report } = message as { type?: unknown; attempt?: unknown; url?: unknown; report?: unknown };
      if (typeof report !== 'object' || report === null) return;
      if (type === 'report' && watched !== null && forAttempt === attempt) deliver(report as PageReport);
      // Pushed as a tab's URL changed (entrypoints/background/instant-push.ts): shown for the page
      // watched while nothing has come for it yet. A push for a page not watched is dropped.
      if (type === 'instant' && url === watched && !answered) deliver(report as PageReport);
    },
  });
  const keepWarm = setInterval(() => port.post({ type: 'ping' }), keepWarmMs);
  let closed = false;
  return {
    watch(pageUrl) {
      if (closed) return;
      watched = pageUrl;
      attempt += 1;
      answered = false;
      port.post(request());
    },
    retry() {
      if (closed || watched === null) return;
      attempt += 1;
      port.greetAgain();
    },
    close() {
      closed = true;
      clearInterval(keepWarm);
      port.close();
    },
  };
}
