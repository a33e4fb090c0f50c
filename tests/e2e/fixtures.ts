import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { startLocalWiki, type LocalWiki } from '../wiki/local-wiki';
import { extensionIdOf, launchWithExtension, metaUrl } from './browser';

interface WorkerFixtures {
  /** The local Meta-like wiki and its HTTPS front, started once per run. */
  wiki: LocalWiki;
  /** Chromium with the built extension, reaching the local wiki as https://meta.wikimedia.org. */
  extensionContext: BrowserContext;
  extensionId: string;
}

interface TestFixtures {
  /** Asks the background to empty its cache, so the next view is a cold one. */
  clearCache: () => Promise<void>;
  /** Opens `sidepanel.html?url=<page URL>`: the panel pinned to that page. */
  openPanel: (pageUrl: string) => Promise<Page>;
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** Opens a page of the local wiki under its real host name. */
  openWikiPage: (title: string) => Promise<Page>;
}

export { metaUrl };

/** Waits until the panel has shown its complete answer (every live part loaded or failed). */
export async function panelSettled(panel: Page): Promise<void> {
  await panel.locator('main[aria-busy="false"]').waitFor();
}

/**
 * Calls to the wikis' Action API in the front's log, leaving out the scheduled refresh: the
 * registry page, and the background work that carries `maxlag` (team pages refreshed ahead of
 * need), which no page view asks for and which may happen to run during one. With `host`, only
 * the calls to that wiki (the front serves every mapped host from the one local wiki).
 */
export function apiCalls(wiki: LocalWiki, host?: string): string[] {
  return wiki.front
    .snapshot()
    .log.filter((entry) => host === undefined || entry.host === host)
    .map((entry) => decodeURIComponent(entry.url.replace(/\+/g, ' ')))
    .filter((url) => url.startsWith('/w/api.php') && !url.includes('Wiki Wayfinder/Registry.json') && !/[?&]maxlag=/.test(url));
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  wiki: [
    // Playwright reads a fixture's dependencies from this destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const wiki = await startLocalWiki();
      await use(wiki);
      await wiki.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  extensionContext: [
    async ({ wiki }, use) => {
      const context = await launchWithExtension({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [async ({ extensionContext }, use) => use(await extensionIdOf(extensionContext)), { scope: 'worker' }],

  clearCache: async ({ extensionContext, extensionId }, use) => {
    await use(async () => {
      const page = await extensionContext.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
        return chrome.runtime.sendMessage({ type: 'cache-clear' });
      });
      await page.close();
    });
  },
  openPanel: async ({ extensionContext, extensionId }, use) => {
    const pages: Page[] = [];
    await use(async (pageUrl) => {
      const page = await extensionContext.newPage();
      pages.push(page);
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?url=${encodeURIComponent(pageUrl)}`);
      return page;
    });
    await Promise.all(pages.map((page) => page.close()));
  },
  openPopup: async ({ extensionContext, extensionId }, use) => {
    const pages: Page[] = [];
    await use(async () => {
      const page = await extensionContext.newPage();
      pages.push(page);
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
    await Promise.all(pages.map((page) => page.close()));
  },
  openOptions: async ({ extensionContext, extensionId }, use) => {
    const pages: Page[] = [];
    await use(async () => {
      const page = await extensionContext.newPage();
      pages.push(page);
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
    await Promise.all(pages.map((page) => page.close()));
  },
  openWikiPage: async ({ extensionContext }, use) => {
    const pages: Page[] = [];
    await use(async (title) => {
      const page = await extensionContext.newPage();
      pages.push(page);
      await page.goto(metaUrl(title));
      return page;
    });
    await Promise.all(pages.map((page) => page.close()));
  },
});

export { expect } from '@playwright/test';
