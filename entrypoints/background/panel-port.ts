import type { Browser } from 'wxt/browser';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { buildPageReport, type ReportSources } from '../../utils/report/build-report';
import { watchRequestSchema } from '../../utils/report/messages';

/**
 * Serves one side panel over its port. Each `watch` replaces the one before: its requests are
 * aborted, so a page the user left costs nothing more and its late answers are dropped.
 * Disconnecting (panel closed) aborts too.
 */
export function servePanelPort(port: Browser.runtime.Port, sources: ReportSources): void {
  let current: AbortController | null = null;

  port.onMessage.addListener((message: unknown) => {
    // Pings only keep the worker awake while a panel is open; anything else must be a watch.
    const request = watchRequestSchema.safeParse(message);
    if (!request.success) return;
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const page = parseWikiPageUrl(request.data.url);
    if (!page) return;
    buildPageReport(page, sources, controller.signal, (report) => {
      try {
        port.postMessage({ type: 'report', attempt: request.data.attempt, report });
      } catch {
        // The panel has closed (posting to a closed port throws, even before onDisconnect
        // runs): stop building for it, as the disconnect would have.
        controller.abort();
      }
    }).catch((error: unknown) => {
      // A failure of a part is already in the report; reaching here is a bug worth seeing.
      if (!controller.signal.aborted) console.error('Wiki Wayfinder: building a report failed', error);
    });
  });

  port.onDisconnect.addListener(() => current?.abort());
}
