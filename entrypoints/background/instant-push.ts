import { browser } from 'wxt/browser';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { instantReport } from '../../utils/report/build-report';
import type { LoadedRegistry } from '../../utils/report/registry-store';

/**
 * Sends the open panels the instant answer (the owner from the URL alone) for a tab's new page
 * the moment the background learns of it: a tab's URL changes, or another tab becomes active.
 * A panel learns the URL at the same moment, and with this it has the answer at once or within a
 * message, instead of asking and waiting for the background to see its request, read the
 * registry and answer (docs/PERFORMANCE.md). A panel uses it only for the URL it shows, and only
 * until the background's own answer to its request arrives (utils/report/page-report-watch.ts).
 * tabs.onUpdated and tabs.get report URLs only for the Wikimedia hosts the extension may read:
 * no new permission.
 */
export function pushInstantAnswers(registry: () => Promise<LoadedRegistry>, panelsOpen: () => boolean, post: (message: object) => void): void {
  const push = async (url: string | undefined) => {
    if (url === undefined || !panelsOpen()) return;
    const page = parseWikiPageUrl(url);
    if (page === null) return;
    post({ type: 'instant', url, report: instantReport(page, await registry()) });
  };
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.url !== undefined && tab.active) void push(change.url).catch(() => undefined);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    if (!panelsOpen()) return;
    void browser.tabs.get(tabId).then((tab) => push(tab.url)).catch(() => undefined);
  });
}
