import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { metaUrl } from '../e2e/browser';
import { panelCases } from '../e2e/shared/panel-cases';
import { startLocalWiki, type LocalWiki } from '../wiki/local-wiki';
import { extensionOrigin, launchFirefox } from './firefox';
import { badgeText, createSession, eventually, extensionConsoleErrors, panelUrl, settled, sidebarState, waitForBadge } from './session';

/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: the sidebar page for the
 * fixture pages the Chromium suite checks, the in-page badge, the popup's liaison finder, right
 * to left, the real sidebar following the active tab, and no error from any extension context in
 * the Browser Console. The paths only Firefox has are firefox-only.test.ts's.
 */

let wiki: LocalWiki;
let browser: Browser;
const { open, closeOpened, pageErrors } = createSession(() => browser);

beforeAll(async () => {
  wiki = await startLocalWiki();
  ({ browser } = await launchFirefox(wiki.frontPort));
});

afterAll(async () => {
  await browser?.close();
  await wiki?.stop();
});

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
  staff: { text: string; flagged: boolean }[];
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
      staff: [...(regions['Contacts']?.querySelectorAll('.wf-staff__member') ?? [])].map((row) => ({
        text: text(row),
        flagged: row.classList.contains('wf-staff__member--flagged'),
      })),
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
        if (item.staff) {
          expect(view.staff).toHaveLength(item.staff.length);
          for (const [index, person] of item.staff.entries()) {
            expect(view.staff[index]?.text).toContain(person.name);
            expect(view.staff[index]?.text).toMatch(person.says);
            expect(view.staff[index]?.flagged, person.name).toBe(person.flagged);
          }
        }
      });
      await closeOpened();
    });
  }
});

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
    const first = await sidebarState(extensionPage);
    expect(first.open).toBe(true);
    expect(first.headings).toHaveLength(1);

    const wikiTab = await open(metaUrl('Learning and Evaluation'));
    await wikiTab.bringToFront();
    await eventually(async () => expect((await sidebarState(extensionPage)).headings).toEqual([expect.stringContaining('Learning and Evaluation')]), 15_000);
    // And it follows when another tab becomes active.
    const other = await open(metaUrl('Support and Safety'));
    await other.bringToFront();
    await eventually(async () => expect((await sidebarState(extensionPage)).headings).toEqual([expect.stringContaining('Support and Safety')]), 15_000);
    await Promise.all([waitForBadge(wikiTab), waitForBadge(other)]);
    await closeOpened();
  });
});

describe('the Browser Console', () => {
  // Last on purpose: it reads what every test above left there.
  test('has no error from any extension context', async () => {
    expect(pageErrors).toEqual([]);
    expect(await extensionConsoleErrors(browser)).toEqual([]);
  });
});
