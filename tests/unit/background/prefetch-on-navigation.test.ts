import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { prefetchOnNavigation } from '../../../entrypoints/background/prefetch-on-navigation';
import type { WikiPage } from '../../../utils/page/wiki-page';
import type { Fetched } from '../../../utils/report/build-report';
import type { PageFacts } from '../../../utils/ownership/page-facts';

// The browser's tab events come from WXT's fake browser (no tab exists here); the page-facts
// source is a recorder: what is tested is which navigations start a request, and which end one.
const tab = (active: boolean) => ({ id: 7, index: 0, active, windowId: 1, highlighted: active, pinned: false, incognito: false }) as Browser.tabs.Tab;
const url = (title: string) => `https://meta.wikimedia.org/wiki/${title}`;

function recorder() {
  const asked: { title: string | null; signal: AbortSignal }[] = [];
  const pageFacts = (page: WikiPage, signal: AbortSignal) => {
    asked.push({ title: page.title, signal });
    return new Promise<Fetched<PageFacts>>(() => undefined);
  };
  return { asked, sources: { pageFacts } };
}

describe('prefetchOnNavigation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts the facts of the page an active tab goes to while a panel is open', async () => {
    const { asked, sources } = recorder();
    prefetchOnNavigation(sources, () => true);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(true));
    expect(asked.map((call) => call.title)).toEqual(['Support and Safety']);
  });

  it('leaves background tabs, closed panels, other changes and special pages to the panel', async () => {
    const { asked, sources } = recorder();
    let open = false;
    prefetchOnNavigation(sources, () => open);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(true));
    open = true;
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(false));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, tab(true));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Special:RecentChanges') }, tab(true));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://example.org/wiki/Support_and_Safety' }, tab(true));
    expect(asked).toEqual([]);
  });

  it('lets the call of a page the tab left go, and of a tab that closed', async () => {
    const { asked, sources } = recorder();
    prefetchOnNavigation(sources, () => true);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(true));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Trust_and_Safety') }, tab(true));
    expect(asked.map((call) => [call.title, call.signal.aborted])).toEqual([
      ['Support and Safety', true],
      ['Trust and Safety', false],
    ]);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(asked[1]?.signal.aborted).toBe(true);
  });
});
