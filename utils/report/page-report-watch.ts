import { connectToBackground } from './background-port';
import { panelPortName } from './messages-light';
import type { PageReport } from './page-report';

export interface ReportWatch {
  /** Asks again, for example after an error or once the wiki is back. */
  retry(): void;
  close(): void;
}

/** While a panel is open it pings the background this often, so its worker stays warm. */
const keepWarmMs = 20_000;

/**
 * Reports on one page for the side panel, streamed by the background as they improve: the
 * instant answer from the URL alone first (no network), then refined ones as live data
 * arrives. The background does all resolving, so the panel ships without the registry,
 * the resolver or the validation library. Closing the watch disconnects the port, which
 * cancels the background's requests for this page; a report for an older attempt is never
 * delivered. If the background's worker is stopped, the port reconnects (with a bounded
 * backoff) and asks again for the current attempt.
 */
export function watchPageReports(pageUrl: string, onReport: (report: PageReport) => void): ReportWatch {
  let attempt = 1;
  const port = connectToBackground(panelPortName, {
    greeting: () => ({ type: 'watch', url: pageUrl, attempt }),
    onMessage(message) {
      // The sender is this extension's own background, which built the report from validated
      // data; only the envelope is checked here.
      if (typeof message !== 'object' || message === null) return;
      const { type, attempt: forAttempt, report } = message as { type?: unknown; attempt?: unknown; report?: unknown };
      if (type === 'report' && forAttempt === attempt && typeof report === 'object' && report !== null) onReport(report as PageReport);
    },
  });
  const keepWarm = setInterval(() => port.post({ type: 'ping' }), keepWarmMs);
  let closed = false;
  return {
    retry() {
      if (closed) return;
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
