import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { metaUrl } from '../e2e/browser';
import { panelCases } from '../e2e/shared/panel-cases';
import { startLocalWiki, type LocalWiki } from '../wiki/local-wiki';
import { evaluateInChrome, extensionOrigin, geckoId, launchFirefox, navigate } from './firefox';

/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: the sidebar page for the
 * fixture pages the Chromium suite checks, the in-page badge, the popup's liaison finder, right
 * to left, the real sidebar, and no error from any extension context in the Browser Console.
 */

let wiki: LocalWiki;
let browser: Browser;
const opened: Page[] = [];

beforeAll(async () => {
  wiki = await startLocalWiki();
  ({ browser } = await launchFirefox(wiki.frontPort));
});

afterAll(async () => {
  await browser?.close();
  await wiki?.stop();
});

/** console.error and uncaught errors of the extension pages opened in tabs, seen over BiDi. */
const pageErrors: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  opened.push(page);
  if (url.startsWith(extensionOrigin)) {
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error in ${url}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`uncaught in ${url}: ${String(error)}`));
  }
  await navigate(page, url);
  return page;
}

/** Closes the tabs one test opened, so tabs do not pile up. */
async function closeOpened(): Promise<void> {
  await Promise.all(opened.splice(0).map((page) => page.close()));
}

const panelUrl = (pageUrl: string) => `${extensionOrigin}/sidepanel.html?url=${encodeURIComponent(pageUrl)}`;

/** Retries `check` until it passes: the panel streams its answer, so a read may come early. */
async function eventually(check: () => Promise<void>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function settled(panel: Page): Promise<void> {
  await panel.waitForSelector('main[aria-busy="false"]', { timeout: 20_000 });
}

interface PanelSnapshot {
  heading: string;
  /** Text of each section by its accessible name (the heading it is labelled by). */
  regions: Record<string, string>;
  ownerTeam: string;
  lineage: string;
  successors: { part: string; text: string }[];
  /** href of each link of the Contacts section, by its text. */
  contactLinks: Record<string, string>;
  grantsStartHref: string | null;
}

/** Everything the case table asserts, read in one evaluation. */
function snapshot(panel: Page): Promise<PanelSnapshot> {
  return panel.evaluate(() => {
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const regions: Record<string, Element> = {};
    for (const section of document.querySelectorAll('[aria-labelledby]')) {
      const label = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
      if (label) regions[text(label)] = section;
    }
    const contactLinks: Record<string, string> = {};
    for (const link of regions['Contacts']?.querySelectorAll('a[href]') ?? []) contactLinks[text(link)] = link.getAttribute('href') ?? '';
    const grantsStart = [...(regions['Owner unknown']?.querySelectorAll('a[href]') ?? [])].find((link) => /Grants: Start/.test(text(link)));
    return {
      heading: text(document.querySelector('h1')),
      regions: Object.fromEntries(Object.entries(regions).map(([name, element]) => [name, text(element)])),
      ownerTeam: text(regions['Owned now by']?.querySelector('.wf-owner__team')),
      lineage: text(document.querySelector('.wf-lineage__list')),
      successors: [...(regions['Where its parts are now']?.querySelectorAll('.wf-successor') ?? [])].map((row) => ({
        part: text(row.querySelector('.wf-successor__part')),
        text: text(row),
      })),
      contactLinks,
      grantsStartHref: grantsStart?.getAttribute('href') ?? null,
    };
  });
}

describe('sidebar page answers for fixture pages', () => {
  for (const item of panelCases) {
    test(`${item.title}: ${item.owner ?? 'owner unknown'}`, async () => {
      const panel = await open(panelUrl(metaUrl(item.title)));
      await settled(panel);
      await eventually(async () => {
        const view = await snapshot(panel);
        expect(view.heading).toContain(item.title);
        if (item.parts) {
          for (const [part, now] of item.parts) {
            const row = view.successors.find((successor) => successor.part.includes(part));
            expect(row?.text, part).toContain(now ?? 'Now: not known');
          }
        } else if (item.owner === null) {
          expect(Object.keys(view.regions)).toContain('Owner unknown');
          expect(view.grantsStartHref).toBe('https://meta.wikimedia.org/wiki/Grants:Start');
        } else {
          expect(view.ownerTeam).toContain(item.owner);
          if (item.department) expect(view.regions['Owned now by']).toContain(`Department: ${item.department}`);
        }
        for (const step of item.lineage ?? []) expect(view.lineage).toContain(step);
        for (const contact of item.contacts ?? []) expect(view.contactLinks[contact]).toBe(`mailto:${contact}`);
        for (const grant of item.grants ?? []) expect(view.regions['Related grants']).toContain(grant);
        for (const liaison of item.liaisons ?? []) expect(view.regions['Community Relations liaisons']).toContain(liaison);
      });
      await closeOpened();
    });
  }
});

/** What the badge's button says on a wiki tab ('' while there is none). */
const badgeText = (page: Page) =>
  page.evaluate(() => document.querySelector('#firstHeading + wiki-wayfinder-badge')?.shadowRoot?.querySelector('button')?.textContent ?? '');

/**
 * Waits for the badge of a historical wiki tab. Wiki tabs are closed only after it has shown:
 * closing one while its content script still waits for the background makes Firefox log
 * "Promise resolved after context unloaded" against badge.js.
 */
const waitForBadge = (page: Page) =>
  page.waitForFunction(() => document.querySelector('wiki-wayfinder-badge')?.shadowRoot?.querySelector('button') != null, { timeout: 15_000 });

describe('the in-page badge', () => {
  test('shows on the historical page Support and Safety', async () => {
    const page = await open(metaUrl('Support and Safety'));
    await waitForBadge(page);
    expect(await badgeText(page)).toBe('Now: probably Trust and Safety›');
    await closeOpened();
  });

  test('stays away from the current page Grants:Start', async () => {
    // The background's own answer for that page, asked as the content script asks it; this also
    // caches the page's facts, so the content script's own request is answered at once.
    const extensionPage = await open(`${extensionOrigin}/options.html`);
    const answer = await extensionPage.evaluate((url) => {
      const extension = (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<{ show: boolean }> } } }).browser;
      return extension.runtime.sendMessage({ type: 'badge-info', url });
    }, metaUrl('Grants:Start'));
    expect(answer.show).toBe(false);
    const current = await open(metaUrl('Grants:Start'));
    // A historical page opened after it, not yet cached, shows its badge: by then the current
    // page's content script, answered from the cache, has had its answer and shown nothing.
    const reference = await open(metaUrl('Community Advocacy'));
    await waitForBadge(reference);
    expect(await current.evaluate(() => document.querySelector('wiki-wayfinder-badge') === null)).toBe(true);
    await closeOpened();
  });
});

describe('the popup', () => {
  test('the liaison finder narrows to the Tech News liaisons', async () => {
    const popup = await open(`${extensionOrigin}/popup.html`);
    const search = await popup.waitForSelector('.wf-finder input[type="search"]');
    await popup.waitForFunction(() => document.querySelectorAll('.wf-finder .wf-liaison-list > li').length >= 12);
    await search!.type('tech news');
    await popup.waitForFunction(() => document.querySelector('.wf-finder__count')?.textContent?.trim() === '3 liaisons');
    expect(await popup.evaluate(() => document.querySelectorAll('.wf-finder .wf-liaison-list > li').length)).toBe(3);
    await closeOpened();
  });
});

describe('right to left', () => {
  test('in Hebrew the sidebar page is laid out right to left', async () => {
    const panel = await open(panelUrl(metaUrl('Support and Safety')));
    try {
      // As tests/e2e/ui/ui-helpers.ts storeSettings: straight into extension storage; the page follows.
      await panel.evaluate(async () => {
        const extension = (globalThis as unknown as { browser: { storage: { sync: { set(items: object): Promise<void> } } } }).browser;
        await extension.storage.sync.set({ settings: { language: 'he' } });
      });
      await panel.waitForSelector('html[dir="rtl"][lang="he"]', { timeout: 10_000 });
      await settled(panel);
      await eventually(async () => {
        expect(await panel.evaluate(() => document.querySelector('#wf-owner-heading')?.textContent?.trim())).toBe('הצוות האחראי כיום');
      });
    } finally {
      await panel.evaluate(async () => {
        const extension = (globalThis as unknown as { browser: { storage: { sync: { clear(): Promise<void> } } } }).browser;
        await extension.storage.sync.clear();
      });
      await closeOpened();
    }
  });
});

describe('the real sidebar', () => {
  test("is open after install and follows the active tab's page", async () => {
    const extensionPage = await open(`${extensionOrigin}/options.html`);
    const sidebar = () =>
      extensionPage.evaluate(async () => {
        const extension = (globalThis as unknown as {
          browser: { sidebarAction: { isOpen(details: object): Promise<boolean> }; extension: { getViews(filter: object): Window[] } };
        }).browser;
        const views = extension.extension.getViews({ type: 'sidebar' });
        return {
          open: await extension.sidebarAction.isOpen({}),
          views: views.map((view) => ({ url: view.location.href, heading: view.document.querySelector('h1')?.textContent ?? '' })),
        };
      });
    const first = await sidebar();
    expect(first.open).toBe(true);
    expect(first.views.map((view) => view.url)).toEqual([`${extensionOrigin}/sidepanel.html`]);

    const wikiTab = await open(metaUrl('Learning and Evaluation'));
    await wikiTab.bringToFront();
    await eventually(async () => {
      const now = await sidebar();
      expect(now.views).toHaveLength(1);
      expect(now.views[0]?.heading).toContain('Learning and Evaluation');
    }, 15_000);
    // And it follows when another tab becomes active.
    const other = await open(metaUrl('Support and Safety'));
    await other.bringToFront();
    await eventually(async () => expect((await sidebar()).views[0]?.heading).toContain('Support and Safety'), 15_000);
    await Promise.all([waitForBadge(wikiTab), waitForBadge(other)]);
    await closeOpened();
  });
});

interface ConsoleEntry {
  kind: 'script-error' | 'message';
  level: string;
  message: string;
  source: string;
}

/**
 * Known harmless lines from Firefox itself (tests/e2e-firefox/README.md). The conduit one is
 * logged by Firefox's own ConduitsChild when a closed extension page's listeners are removed
 * after its messaging channel has gone: it comes from closing the tabs, not from extension code.
 */
const harmless = [
  { message: /RSLoader: Failed to retrieve recipes from Remote Settings/ },
  { message: /RenderCompositorSWGL failed mapping default framebuffer/ },
  { message: /^sendRemoveListener on closed conduit /, source: /^resource:\/\/gre\/modules\/ConduitsChild\.sys\.mjs$/ },
];
const isHarmless = (entry: ConsoleEntry) => harmless.some(({ message, source }) => message.test(entry.message) && (!source || source.test(entry.source)));

describe('the Browser Console', () => {
  // Last on purpose: it reads what every test above left there.
  // Services.console holds every uncaught error and reported error of every process, the
  // background page and the real sidebar included; console.error calls of the pages opened in
  // tabs come over BiDi (pageErrors). Content processes keep their console.* calls to themselves,
  // so a console.error of the background page alone would not be seen here.
  test('has no error from any extension context', async () => {
    expect(pageErrors).toEqual([]);
    const entries = await evaluateInChrome<ConsoleEntry[]>(
      browser,
      `(() => {
        const entries = Services.console.getMessageArray().map((message) => {
          if (message instanceof Ci.nsIScriptError) {
            const level = message.flags & Ci.nsIScriptError.warningFlag ? 'warning' : message.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
            return { kind: 'script-error', level, message: message.errorMessage, source: message.sourceName ?? '' };
          }
          return { kind: 'message', level: 'info', message: String(message.message ?? ''), source: '' };
        });
        return JSON.stringify(entries);
      })()`,
    );
    const fromExtension = entries.filter(
      (entry) =>
        (entry.source.includes('moz-extension://') || entry.source.includes(geckoId) || entry.message.includes(geckoId) || entry.message.includes(extensionOrigin)) &&
        !isHarmless(entry),
    );
    const errors = fromExtension.filter((entry) => entry.level === 'error').map((entry) => `${entry.kind}: ${entry.message} (${entry.source})`);
    expect(errors).toEqual([]);
  });
});
