import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { pushInstantAnswers } from '../../../entrypoints/background/instant-push';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { LoadedRegistry } from '../../../utils/report/registry-store';
import type { PageReport } from '../../../utils/report/page-report';

// The browser's tab events come from WXT's fake browser (no tab exists here); what the
// background posts to its panels is recorded: what is tested is which tab events push an
// answer, and that it is the built-in registry's instant answer for the URL.
const tab = (active: boolean, url?: string) => ({ id: 7, index: 0, active, windowId: 1, highlighted: active, pinned: false, incognito: false, url }) as Browser.tabs.Tab;
const url = (title: string) => `https://meta.wikimedia.org/wiki/${title}`;
const loaded: LoadedRegistry = {
  prepared: prepareRegistry(loadBuiltinRegistry()),
  status: { source: 'built-in', builtinVersion: loadBuiltinRegistry().updated, onWiki: null, problem: null, largeChange: null, deleted: null },
};

function pushing(open: () => boolean) {
  const posted: { type: string; url: string; report: PageReport }[] = [];
  pushInstantAnswers(async () => loaded, open, (message) => posted.push(message as (typeof posted)[number]));
  return posted;
}

describe('pushInstantAnswers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the open panels the owner from the URL alone as an active tab changes page', async () => {
    const posted = pushing(() => true);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(true));
    await vi.waitUntil(() => posted.length > 0);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'instant', url: url('Support_and_Safety'), report: { phase: 'instant', page: { title: 'Support and Safety' } } });
    expect(posted[0]!.report.ownership.teamPage).not.toBeNull();
  });

  it('sends nothing with no panel open, for a background tab, without a URL change, or for a page that is no wiki page', async () => {
    let open = false;
    const posted = pushing(() => open);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(true));
    open = true;
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Support_and_Safety') }, tab(false));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, tab(true));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://example.org/wiki/Support_and_Safety' }, tab(true));
    // The one that does push comes last: once it is there, none of the others can still come.
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: url('Community_Relations') }, tab(true));
    await vi.waitUntil(() => posted.length > 0);
    expect(posted.map((message) => message.url)).toEqual([url('Community_Relations')]);
  });

  it('sends the answer for the page of a tab that becomes active', async () => {
    const posted = pushing(() => true);
    const created = await fakeBrowser.tabs.create({ url: url('Grants:Project/Rapid'), active: false });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: created.id!, windowId: created.windowId! });
    await vi.waitUntil(() => posted.length > 0);
    expect(posted.map((message) => message.report.page.title)).toEqual(['Grants:Project/Rapid']);
  });
});
