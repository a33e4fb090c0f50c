import type { Browser } from 'wxt/browser';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { buildPageReport, type ReportSources } from '../../utils/report/build-report';
import { watchRequestSchema } from '../../utils/report/messages';

/**
 * Serves one side panel over the port it keeps for its whole life. Each `watch` replaces the one
 * before, and `unwatch` ends it: the requests of the page before are aborted, so a page the user
 * left costs nothing more and its late answers are dropped. Disconnecting (panel closed) aborts
 * too.
 */
export function servePanelPort(port: Browser.runtime.Port, sources: ReportSources): void {
  let current: AbortController | null = null;
  openPorts.add(port);

  port.onMessage.addListener((message: unknown) => {
    // Pings only keep the worker awake while a panel is open; anything else must be a request.
    const request = watchRequestSchema.safeParse(message);
    if (!request.success) return;
    current?.abort();
    current = null;
    if (request.data.type === 'unwatch') return;
    const { url, attempt } = request.data;
    const controller = new AbortController();
    current = controller;
    const page = parseWikiPageUrl(url);
    if (!page) return;
    buildPageReport(page, sources, controller.signal, (report) => {
      try {
        port.postMessage({ type: 'report', attempt, report });
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

  port.onDisconnect.addListener(() => {
    openPorts.delete(port);
    current?.abort();
  });
}

const openPorts = new Set<Browser.runtime.Port>();

/** Sends a message to every open panel (and popup) report port; one closing meanwhile is skipped. */
export function postToPanels(message: object): void {
  for (const port of openPorts) {
    try {
      port.postMessage(message);
    } catch {
      // Closed before its disconnect event ran: that event removes it.
    }
  }
}

/**
 * Whether a side panel (or Firefox sidebar, or the popup) is open: each keeps its report port for
 * as long as it is open, whatever page it shows.
 */
export const panelPortsOpen = (): boolean => openPorts.size > 0;
