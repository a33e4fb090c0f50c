import type { BrowserContext, Page } from '@playwright/test';
import { metaUrl, panelSettled } from '../fixtures';
import { recordFigures } from './figures';
import { watchExtensionRequests } from './extension-requests';
import { extensionApiRequests } from './panel-reading';
import { expect, test } from './reliability-test';
import { waitForQuiet } from './wiki-quiet';

// Issue 8, point 4: the side panel, opened without ?url= in a tab, follows the active tab of its
// window; whatever the user does, it must end on the active tab's page, never show a late answer
// for a page left behind, and cancel the requests of pages left behind.

const titles = [
  'Support and Safety',
  'Grants:Project/Rapid',
  'Community Relations',
  'Learning and Evaluation',
  'Community Development',
  'Tech/News',
  'Grants:TPS',
  'Community Advocacy',
  'The Wikipedia Library',
  'Technical Collaboration',
];

// 200 in CI; E2E_LONG=1 makes it 1,000.
const steps = process.env.E2E_LONG ? 1000 : 200;

/** The same pseudo-random sequence every run, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function followingPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

const heading = (panel: Page) => panel.getByRole('heading', { level: 1 });
const startingWith = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);

const ownerTeam = (panel: Page) => panel.locator('main .wf-owner__team');

/** What a panel pinned to `url` says the owner is: the answer the following panel must match. */
async function pinnedOwner(context: BrowserContext, extensionId: string, url: string): Promise<string | null> {
  const pinned = await context.newPage();
  await pinned.goto(`chrome-extension://${extensionId}/sidepanel.html?url=${encodeURIComponent(url)}`);
  await panelSettled(pinned);
  const owner = (await ownerTeam(pinned).count()) === 0 ? null : await ownerTeam(pinned).innerText();
  await pinned.close();
  return owner;
}

/** Records every text the panel's heading shows, with the time, from now on. */
async function recordHeadings(panel: Page): Promise<() => Promise<{ at: number; text: string }[]>> {
  await panel.evaluate(() => {
    const seen: { at: number; text: string }[] = [];
    (globalThis as unknown as { __headings: typeof seen }).__headings = seen;
    const record = () => seen.push({ at: Date.now(), text: document.querySelector('h1')?.textContent ?? '' });
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
    record();
  });
  return () => panel.evaluate(() => (globalThis as unknown as { __headings: { at: number; text: string }[] }).__headings);
}

test.describe('races between tabs, windows and answers', () => {
  // One retry: "at most 3 in flight" is counted from Playwright's request events, which arrive
  // late on a loaded two-core machine (a cancelled request's requestfailed most of all), so a
  // request the extension had already given up can still count; twice in three CI runs one of
  // these tests read 4 or 5. The limiter itself never runs more than 3 (unit tests). Counting
  // from the limiter's own figures instead is noted on the reliability issue.
  test.describe.configure({ retries: 1 });
  test.afterEach(({ wiki }) => wiki.front.reset());

  test(`${steps} rapid tab switches and navigations end on the active tab`, async ({ wiki, extensionContext, extensionId, clearCache }, testInfo) => {
    await clearCache();
    const panel = await followingPanel(extensionContext, extensionId);
    const tabs: Page[] = [];
    const tabUrls: string[] = [];
    for (const title of titles.slice(0, 5)) {
      const tab = await extensionContext.newPage();
      await tab.goto(metaUrl(title), { waitUntil: 'commit' });
      tabs.push(tab);
      tabUrls.push(metaUrl(title));
    }
    // Slow answers leave requests in flight when the user moves on, so abandoning them shows.
    wiki.front.reset();
    wiki.front.setLatency(150);
    const requests = watchExtensionRequests(extensionContext, extensionId);

    const random = seededRandom(8);
    let active = 0;
    let switches = 0;
    let navigations = 0;
    const started = Date.now();
    for (let step = 0; step < steps; step++) {
      const tabIndex = Math.floor(random() * tabs.length);
      if (random() < 0.7) {
        await tabs[tabIndex]!.bringToFront();
        active = tabIndex;
        switches += 1;
      } else {
        const url = metaUrl(titles[Math.floor(random() * titles.length)]!);
        await tabs[tabIndex]!.goto(url, { waitUntil: 'commit' });
        tabUrls[tabIndex] = url;
        navigations += 1;
      }
    }
    const burstMs = Date.now() - started;
    wiki.front.setLatency(0);

    const activeTitle = decodeURIComponent(new URL(tabUrls[active]!).pathname.slice('/wiki/'.length)).replace(/_/g, ' ');
    await expect(heading(panel)).toHaveText(startingWith(activeTitle));
    await panelSettled(panel);
    // Late answers for the pages passed through must not replace the last one.
    await panel.waitForTimeout(2000);
    await expect(heading(panel)).toHaveText(startingWith(activeTitle));
    const shownOwner = (await ownerTeam(panel).count()) === 0 ? null : await ownerTeam(panel).innerText();
    await expect.poll(() => wiki.front.snapshot().inFlight).toBe(0);
    const extension = requests.stop();
    expect(extension.maxInFlightPerHost).toBeLessThanOrEqual(3);
    // Pages passed through had requests under way: the extension cancelled them.
    expect(extension.cancelled).toBeGreaterThan(0);
    // Opening a pinned panel activates its tab, so this comes last.
    expect(shownOwner).toBe(await pinnedOwner(extensionContext, extensionId, tabUrls[active]!));
    recordFigures(testInfo, { switches, navigations, burstMs, apiRequests: extension.started, cancelled: extension.cancelled, maxInFlightPerHost: extension.maxInFlightPerHost });
    await Promise.all([panel, ...tabs].map((page) => page.close()));
  });

  test('a page left while its answer is slow: the request is cancelled and nothing late shows', async ({ wiki, extensionContext, extensionId, openWikiPage, clearCache }, testInfo) => {
    const panel = await followingPanel(extensionContext, extensionId);
    const slowTab = await openWikiPage('Learning and Evaluation');
    const fastTab = await openWikiPage('Community Development');
    await waitForQuiet(wiki);
    await clearCache();
    const headings = await recordHeadings(panel);
    wiki.front.reset();
    wiki.front.injectFault({ kind: 'slow', match: /titles=Learning(\+|%20)and(\+|%20)Evaluation/, count: 10, delayMs: 8000 });

    await slowTab.bringToFront();
    await expect(heading(panel)).toContainText('Learning and Evaluation');
    await expect.poll(() => wiki.front.snapshot().log.filter((entry) => entry.fault === 'slow').length).toBeGreaterThan(0);
    const leftAt = Date.now();
    await fastTab.bringToFront();
    await expect(heading(panel)).toContainText('Community Development');
    await panelSettled(panel);
    // The background aborts the slow page's calls: the front sees the connection closed long
    // before its 8 s answer was due.
    await expect.poll(() => wiki.front.snapshot().inFlight, { timeout: 5000 }).toBe(0);
    const cancelledAfterMs = Date.now() - leftAt;
    expect(cancelledAfterMs).toBeLessThan(5000);
    const slow = wiki.front.snapshot().log.filter((entry) => entry.fault === 'slow');
    expect(slow.every((entry) => entry.status === null)).toBe(true);

    await panel.waitForTimeout(8000 - (Date.now() - leftAt) + 1000);
    const shown = await headings();
    const afterSwitch = shown.filter((entry) => entry.at >= leftAt && entry.text !== '');
    expect(afterSwitch.at(-1)?.text).toContain('Community Development');
    expect(afterSwitch.filter((entry, index) => index > 0 && entry.text.includes('Learning and Evaluation'))).toEqual([]);
    recordFigures(testInfo, { slowRequests: slow.length, cancelledAfterMs });
    await panel.close();
  });

  test("a late answer another panel waited for never overwrites the newer page", async ({ wiki, extensionContext, extensionId, openWikiPage, openPanel, clearCache }) => {
    const following = await followingPanel(extensionContext, extensionId);
    const oldTab = await openWikiPage('Grants:TPS');
    const newTab = await openWikiPage('Community Relations');
    await waitForQuiet(wiki);
    await clearCache();
    wiki.front.reset();
    wiki.front.injectFault({ kind: 'slow', match: /titles=Grants%3ATPS/, count: 10, delayMs: 3000 });

    // A second panel pinned to the old page keeps its request alive, so its answer does arrive.
    const pinned = await openPanel(metaUrl('Grants:TPS'));
    await oldTab.bringToFront();
    await expect(heading(following)).toContainText('Grants:TPS');
    const headings = await recordHeadings(following);
    const switchedAt = Date.now();
    await newTab.bringToFront();
    await expect(heading(following)).toContainText('Community Relations');

    await panelSettled(pinned);
    const answeredAt = Date.now();
    expect(answeredAt - switchedAt).toBeGreaterThan(1000);
    await following.waitForTimeout(1000);
    await expect(heading(following)).toContainText('Community Relations');
    await expect(ownerTeam(following)).toHaveText('Community Relations Specialists');
    const shown = (await headings()).filter((entry) => entry.at > switchedAt + 200);
    expect(shown.filter((entry) => entry.text.includes('Grants:TPS'))).toEqual([]);
    await following.close();
  });

  test('a registry answer for settings already replaced is not kept', async ({ wiki, extensionContext, extensionId }) => {
    const folder = `Meta:Wiki Wayfinder/Race/${Date.now().toString(36)}`;
    const registry = (note: string) =>
      JSON.stringify({ version: 1, updated: '2026-11-24', quickLinks: [{ id: 'link:race', label: note, url: 'https://meta.wikimedia.org/wiki/Grants:Start' }] });
    await wiki.editPage(`${folder}/Old.json`, registry('Old'), { user: 'Race Example' });
    await wiki.editPage(`${folder}/New.json`, registry('New'), { user: 'Race Example' });
    wiki.front.injectFault({ kind: 'slow', match: /Race.*Old\.json/, count: 1, delayMs: 3000 });

    const page = await extensionContext.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const store = (title: string) =>
      page.evaluate(async (registryTitle) => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };
        await chrome.storage.sync.set({ settings: { registryHost: 'meta.wikimedia.org', registryTitle, badgeEnabled: true, language: 'auto' } });
      }, title);
    const keptTitle = () =>
      page.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
        const stored = (await chrome.storage.local.get('registry.lastGood'))['registry.lastGood'] as { revision?: { source?: { title?: string } } } | null;
        return stored?.revision?.source?.title ?? null;
      });

    await store(`${folder}/Old.json`);
    await expect.poll(() => wiki.front.snapshot().log.some((entry) => entry.fault === 'slow')).toBe(true);
    await store(`${folder}/New.json`);
    await expect.poll(keptTitle).toBe(`${folder}/New.json`);
    // The old page's answer lands about 3 s after it was asked for, and must not win.
    await page.waitForTimeout(3500);
    expect(await keptTitle()).toBe(`${folder}/New.json`);

    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } };
      await chrome.storage.sync.clear();
    });
    await expect.poll(keptTitle).toBe('Meta:Wiki Wayfinder/Registry.json');
    await page.close();
  });

  test('10 windows with panels open at once each follow their own window', async ({ wiki, extensionContext, extensionId, clearCache }, testInfo) => {
    await clearCache();
    wiki.front.reset();
    const opener = await extensionContext.newPage();
    await opener.goto(`chrome-extension://${extensionId}/options.html`);
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    const requests = watchExtensionRequests(extensionContext, extensionId);
    const started = Date.now();
    const windowIds = await opener.evaluate(
      async ({ urls, panelUrl }) => {
        const { chrome } = globalThis as unknown as {
          chrome: { windows: { create(data: { url: string[]; focused: boolean }): Promise<{ id: number; tabs: { id: number }[] }> }; tabs: { update(id: number, change: { active: boolean }): Promise<unknown> } };
        };
        const ids: number[] = [];
        for (const url of urls) {
          const created = await chrome.windows.create({ url: [url, panelUrl], focused: false });
          // The wiki page is the active tab; the panel, a background tab, follows it.
          await chrome.tabs.update(created.tabs[0]!.id, { active: true });
          ids.push(created.id);
        }
        return ids;
      },
      { urls: titles.map(metaUrl), panelUrl },
    );
    try {
      expect(windowIds).toHaveLength(10);

      await expect.poll(() => extensionContext.pages().filter((page) => page.url() === panelUrl).length).toBe(10);
      const panels = extensionContext.pages().filter((page) => page.url() === panelUrl);
      // Pages in windows opened in the background may take a while to start loading; each panel
      // names its page once the page's address is committed.
      const shown = await Promise.all(
        panels.map(async (panel) => {
          await expect(heading(panel)).not.toHaveText('Wiki Wayfinder', { timeout: 30_000 });
          await panelSettled(panel);
          return (await heading(panel).innerText()).replace(/\s+/g, ' ');
        }),
      );
      const settledAfterMs = Date.now() - started;
      for (const title of titles) expect(shown.filter((text) => text.startsWith(title)), title).toHaveLength(1);
      const extension = requests.stop();
      expect(extension.maxInFlightPerHost).toBeLessThanOrEqual(3);
      expect(extensionApiRequests(wiki)).toHaveLength(extension.started);
      recordFigures(testInfo, { windows: 10, settledAfterMs, apiRequests: extension.started, maxInFlightPerHost: extension.maxInFlightPerHost });
    } finally {
      // Ten windows left open would slow every later test.
      await opener.evaluate(async (ids) => {
        const { chrome } = globalThis as unknown as { chrome: { windows: { remove(id: number): Promise<void> } } };
        await Promise.all(ids.map((id) => chrome.windows.remove(id)));
      }, windowIds);
      await opener.close();
    }
  });
});
