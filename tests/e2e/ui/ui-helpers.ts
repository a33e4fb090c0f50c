import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Side panels are narrow: every panel test and screenshot uses this size. */
export const panelViewport = { width: 360, height: 900 };

/** The popup is 320 px wide; a tab shows it at that width. */
export const popupViewport = { width: 320, height: 900 };

export const screenshotDir = 'tests/artifacts/screenshots';

/** Saves a full-page screenshot of one state, for the test artifacts and README. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

/** Saves what fits in the viewport, for a README picture of a long page's first screen. */
export async function saveViewportScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png` });
}

/** Waits until the panel has the complete answer (or has given up on the live parts). */
export async function waitForSettled(panel: Page): Promise<void> {
  await expect(panel.locator('main[aria-busy="false"]')).toBeVisible({ timeout: 20_000 });
}

export const region = (panel: Page, name: string): Locator => panel.getByRole('region', { name, exact: true });

/** Writes settings straight into extension storage from any extension page; every open page follows. */
export async function storeSettings(extensionPage: Page, settings: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (value) => {
    const extension = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
    await extension.storage.sync.set({ settings: value });
  }, settings);
}

/** Back to the default settings, so one test's choices never leak into the next. */
export async function resetSettings(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const extension = (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome;
    await extension.storage.sync.clear();
  });
}

/**
 * Test-side instrumentation of the real background, no production change: a listener that
 * only records the URL of each `badge-info` question a tab's content script asks (it answers
 * nothing, so the background's own listener still does). Returns the URLs asked so far.
 */
export async function recordBadgeQuestions(context: BrowserContext): Promise<() => Promise<string[]>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const scope = globalThis as unknown as {
      __badgeQuestions?: string[];
      chrome: { runtime: { onMessage: { addListener(listener: (message: unknown, sender: { tab?: unknown }) => undefined): void } } };
    };
    if (scope.__badgeQuestions) return;
    const asked: string[] = [];
    scope.__badgeQuestions = asked;
    scope.chrome.runtime.onMessage.addListener((message, sender) => {
      const { type, url } = (message ?? {}) as { type?: unknown; url?: unknown };
      if (type === 'badge-info' && sender.tab !== undefined && typeof url === 'string') asked.push(url);
      return undefined;
    });
  });
  return () => worker.evaluate(() => [...((globalThis as unknown as { __badgeQuestions?: string[] }).__badgeQuestions ?? [])]);
}
