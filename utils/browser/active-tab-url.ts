import { browser } from 'wxt/browser';

/**
 * Follows the URL of the active tab in the window the caller lives in, without the `tabs`
 * permission: host permissions reveal `tab.url` for Wikimedia pages only, so any other page
 * reports `null`. Returns a function that stops watching.
 */
export function watchActiveTabUrl(onUrl: (url: string | null) => void): () => void {
  let windowId: number | undefined;
  let lastReported: string | null | undefined;
  const report = (url: string | undefined) => {
    const next = url ?? null;
    if (next === lastReported) return;
    lastReported = next;
    onUrl(next);
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId !== windowId) return;
    browser.tabs.get(info.tabId).then((tab) => report(tab.url), () => report(undefined));
  };
  const onUpdated = (_tabId: number, change: { url?: string; status?: string }, tab: { active: boolean; windowId: number; url?: string }) => {
    if (!tab.active || tab.windowId !== windowId) return;
    if (change.url !== undefined || change.status === 'complete') report(tab.url);
  };

  browser.windows.getCurrent().then(async (current) => {
    windowId = current.id;
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    const [active] = await browser.tabs.query({ active: true, windowId });
    report(active?.url);
  }, () => report(undefined));

  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
