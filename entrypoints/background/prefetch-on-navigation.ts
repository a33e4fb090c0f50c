import { browser } from 'wxt/browser';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { needsSiteNamespaces } from '../../utils/page/reread-page';
import type { ReportSources } from '../../utils/report/build-report';

/**
 * Starts a page's facts as soon as its tab's URL changes, while a side panel is open: the panel
 * learns the URL at the same moment, and by the time its request arrives (a port, the registry,
 * the instant answer) the facts are in flight or done. The panel's request joins the same call
 * (utils/wiki-api/shared-calls.ts) and the same cache entry, so this costs no request of its own.
 * tabs.onUpdated reports URLs only for the Wikimedia hosts the extension may read: no new
 * permission. Background tabs, and pages whose namespace the wiki itself must name first, wait
 * for the panel to ask.
 */
export function prefetchOnNavigation(sources: Pick<ReportSources, 'pageFacts'>, panelsOpen: () => boolean): void {
  const started = new Map<number, AbortController>();
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined || !tab.active) return;
    // The tab left the page before its facts came: this call may go (the panel's keeps it alive).
    started.get(tabId)?.abort();
    started.delete(tabId);
    if (!panelsOpen()) return;
    const page = parseWikiPageUrl(change.url);
    if (page === null || page.isSpecial || needsSiteNamespaces(page)) return;
    const controller = new AbortController();
    started.set(tabId, controller);
    void sources.pageFacts(page, controller.signal).finally(() => {
      if (started.get(tabId) === controller) started.delete(tabId);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    started.get(tabId)?.abort();
    started.delete(tabId);
  });
}
