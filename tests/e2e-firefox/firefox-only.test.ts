import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSidebarShortcut } from '../../utils/browser/open-sidebar-shortcut';
import { metaUrl } from '../e2e/browser';
import { startVirtualDisplay } from '../e2e/shared/virtual-display';
import { startLocalWiki, type LocalWiki } from '../wiki/local-wiki';
import { extensionOrigin, geckoId, launchFirefox, navigate } from './firefox';
import { createSession, eventually, extensionConsoleErrors, hideSidebar, panelUrl, settled, sidebarState, waitForBadge } from './session';

/**
 * What only Firefox has: the gecko id and its settings, the MV2 background (with
 * webextension-polyfill) answering, `sidebar_action` opened from the popup's button and from the
 * `_execute_sidebar_action` shortcut, the options applied live to open pages, and storage kept
 * across a restart of the extension.
 */

let wiki: LocalWiki;
let browser: Browser;
let installedId: string;
const { open, closeOpened, pageErrors } = createSession(() => browser);

beforeAll(async () => {
  wiki = await startLocalWiki();
  ({ browser, installedId } = await launchFirefox(wiki.frontPort));
});

afterAll(async () => {
  await browser?.close();
  await wiki?.stop();
});

interface ExtensionGlobal {
  browser: {
    runtime: {
      getBrowserInfo(): Promise<{ name: string; version: string }>;
      sendMessage(message: unknown): Promise<unknown>;
      reload(): void;
    };
  };
}

interface ShippedManifest {
  manifest_version: number;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
}

/** The background's cache figures, asked as the options page asks them. */
const cacheStats = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({ type: 'cache-stats' }) as Promise<{ totalBytes: number; kinds: Record<string, { entries: number }> }>);

const badgeToggle = '#wf-badge-enabled';

/**
 * Opens the options page and waits until it has shown the cache figures it asks the background
 * for: closing it with that question unanswered makes Firefox log "Actor 'Conduits' destroyed
 * before query 'RuntimeMessage' was resolved" against the page.
 */
async function openOptions(open: (url: string) => Promise<Page>): Promise<Page> {
  const page = await open(`${extensionOrigin}/options.html`);
  // The cache section says "loading" (a subtle line) until the answer, then what it holds.
  await page.waitForFunction(
    () => {
      const section = document.querySelector('section[aria-labelledby="wf-cache-heading"]');
      return section !== null && section.querySelector('p.wf-subtle') === null && section.querySelector('p') !== null;
    },
    { timeout: 15_000 },
  );
  return page;
}
const isChecked = (page: Page, selector: string) => page.$eval(selector, (input) => (input as HTMLInputElement).checked);

describe('the Firefox package', () => {
  test('installs under its gecko id, with the settings AMO needs, on a Firefox new enough for them', async () => {
    expect(installedId).toBe(geckoId);
    const page = await openOptions(open);
    // The shipped file, as AMO reads it (runtime.getManifest() leaves browser_specific_settings out).
    const { manifest, info } = await page.evaluate(async () => ({
      manifest: (await (await fetch('/manifest.json')).json()) as ShippedManifest,
      info: await (globalThis as unknown as ExtensionGlobal).browser.runtime.getBrowserInfo(),
    }));
    expect(manifest.manifest_version).toBe(2);
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko).toEqual({ id: geckoId, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } });
    expect(info.name).toBe('Firefox');
    expect(Number.parseInt(info.version, 10)).toBeGreaterThanOrEqual(Number.parseInt(gecko?.strict_min_version ?? '', 10));
    await closeOpened();
  });

  test('the MV2 background answers through webextension-polyfill', async () => {
    const page = await openOptions(open);
    // The polyfill lets onMessage listeners answer with a promise; without it this would be undefined.
    const answer = await page.evaluate(
      (url) => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({ type: 'badge-info', url }),
      metaUrl('Support and Safety'),
    );
    expect(answer).toMatchObject({ show: true, teamName: 'Trust and Safety' });
    await closeOpened();
  });
});

describe('the real sidebar', () => {
  test("opens from the popup's button, a real click", async () => {
    const popup = await open(`${extensionOrigin}/popup.html`);
    await hideSidebar(browser);
    expect((await sidebarState(popup)).open).toBe(false);
    const wikiTab = await open(metaUrl('Learning and Evaluation'));
    await popup.bringToFront();
    await popup.click('button::-p-text(Open sidebar)');
    await eventually(async () => expect(await sidebarState(popup)).toMatchObject({ open: true, headings: [expect.any(String)] }));
    expect(await popup.$eval('body', (body) => body.textContent ?? '')).not.toContain('The sidebar could not be opened');
    await wikiTab.bringToFront();
    await eventually(async () => expect((await sidebarState(popup)).headings).toEqual([expect.stringContaining('Learning and Evaluation')]), 15_000);
    await waitForBadge(wikiTab);
    await closeOpened();
  });

  test(`opens from its shortcut (${openSidebarShortcut}, _execute_sidebar_action) typed on a virtual display`, async () => {
    // A Firefox with a window of its own: BiDi's key actions go to the page, not to the
    // browser's shortcuts, so the keys are typed on an X display as from a keyboard.
    const display = await startVirtualDisplay();
    const windowed = await launchFirefox(wiki.frontPort, { display: display.display });
    try {
      const options = await windowed.browser.newPage();
      await navigate(options, `${extensionOrigin}/options.html`);
      await hideSidebar(windowed.browser);
      expect((await sidebarState(options)).open).toBe(false);
      const wikiTab = await windowed.browser.newPage();
      await navigate(wikiTab, metaUrl('Community Advocacy'));
      await wikiTab.bringToFront();
      await display.press(openSidebarShortcut);
      await eventually(async () => expect(await sidebarState(options)).toEqual({ open: true, headings: [expect.stringContaining('Community Advocacy')] }), 15_000);
      await waitForBadge(wikiTab);
      expect(await extensionConsoleErrors(windowed.browser)).toEqual([]);
    } finally {
      await windowed.browser.close();
      await display.stop();
    }
  });
});

describe('the options, applied live', () => {
  test('the language changes the open sidebar page at once, right to left for Hebrew', async () => {
    const panel = await open(panelUrl(metaUrl('Support and Safety')));
    await settled(panel);
    const options = await openOptions(open);
    await options.waitForSelector('#wf-language');
    try {
      await options.select('#wf-language', 'he');
      await panel.waitForSelector('html[dir="rtl"][lang="he"]', { timeout: 10_000 });
      await eventually(async () => expect(await panel.$eval('#wf-owner-heading', (heading) => heading.textContent?.trim())).toBe('הצוות האחראי כיום'));
    } finally {
      await options.select('#wf-language', 'auto');
    }
    await panel.waitForSelector('html[dir="ltr"][lang="en"]', { timeout: 10_000 });
    await closeOpened();
  });

  test('turning the note off takes it off an open wiki tab', async () => {
    const wikiTab = await open(metaUrl('Support and Safety'));
    await waitForBadge(wikiTab);
    const options = await openOptions(open);
    await options.waitForSelector(badgeToggle);
    expect(await isChecked(options, badgeToggle)).toBe(true);
    try {
      await options.click(badgeToggle);
      await wikiTab.waitForFunction(() => document.querySelector('wiki-wayfinder-badge') === null, { timeout: 10_000 });
    } finally {
      if (!(await isChecked(options, badgeToggle))) await options.click(badgeToggle);
    }
    // Turned on again, the note comes back; the tab closes only then, with no question of its
    // content script left unanswered (Firefox would log that against badge.js).
    await waitForBadge(wikiTab);
    await closeOpened();
  });
});

describe('storage across a restart of the extension', () => {
  // In a Firefox of its own: a restart tears down the background and every extension page while
  // messages are under way, and Firefox logs that ("Promise resolved after context unloaded");
  // those lines belong to the restart, not to the extension, and would spoil the console check below.
  test('the settings and the cache are still there after runtime.reload()', async () => {
    const restarting = await launchFirefox(wiki.frontPort);
    const own = createSession(() => restarting.browser);
    try {
      const panel = await own.open(panelUrl(metaUrl('Learning and Evaluation')));
      await settled(panel);
      const options = await openOptions(own.open);
      await options.waitForSelector(badgeToggle);
      await options.click(badgeToggle);
      await eventually(async () => expect(await isChecked(options, badgeToggle)).toBe(false));
      const before = await cacheStats(options);
      expect(before.totalBytes).toBeGreaterThan(0);

      // The whole extension restarts: background, sidebar and every extension tab.
      await options.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.runtime.reload());
      await own.closeOpened().catch(() => undefined);
      let reopened: Page | undefined;
      await eventually(async () => {
        reopened = await own.open(`${extensionOrigin}/options.html`);
        await reopened.waitForSelector(badgeToggle, { timeout: 2_000 });
      }, 20_000);
      const page = reopened!;
      await eventually(async () => expect(await isChecked(page, badgeToggle)).toBe(false));
      // Every cached entry is still there (the restart's registry refresh may rewrite one, never drop any).
      const after = await cacheStats(page);
      for (const [kind, { entries }] of Object.entries(before.kinds)) expect(after.kinds[kind]?.entries, kind).toBeGreaterThanOrEqual(entries);
    } finally {
      await restarting.browser.close();
    }
  });
});

describe('the Browser Console', () => {
  // Last on purpose: it reads what every test above left there.
  test('has no error from any extension context', async () => {
    expect(pageErrors).toEqual([]);
    expect(await extensionConsoleErrors(browser)).toEqual([]);
  });
});
