import type { BrowserContext, Page } from '@playwright/test';
import { defaultSettings } from '../../../utils/settings/settings';
import type { LocalWiki } from '../../wiki/local-wiki';
import { expect } from '../fixtures';

/** The page's current revision, asked of php -S directly so the front's request log stays clean. */
export async function currentRevision(wiki: LocalWiki, title: string): Promise<{ revisionId: number; user: string }> {
  const query = new URLSearchParams({ action: 'query', prop: 'revisions', titles: title, rvprop: 'ids|user', format: 'json', formatversion: '2' });
  const answer = (await (await fetch(`${wiki.phpUrl}/w/api.php?${query}`)).json()) as {
    query: { pages: { revisions?: { revid: number; user: string }[] }[] };
  };
  const revision = answer.query.pages[0]?.revisions?.[0];
  if (!revision) throw new Error(`${title} has no revision`);
  return { revisionId: revision.revid, user: revision.user };
}

/** Saves a registry page in the real options page, as a user would; the background then refreshes. */
export async function pointRegistryAt(context: BrowserContext, extensionId: string, title: string): Promise<void> {
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // Typing before the page has shown the stored settings would be overwritten by them.
    const stored = await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } };
      return ((await chrome.storage.sync.get('settings')).settings as { registryTitle?: string } | undefined)?.registryTitle;
    });
    await expect(options.getByRole('textbox', { name: 'Page' })).toHaveValue(stored ?? defaultSettings.registryTitle);
    await options.getByRole('textbox', { name: 'Wiki' }).fill('meta.wikimedia.org');
    await options.getByRole('textbox', { name: 'Page' }).fill(title);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByText('Saved.')).toBeVisible();
  } finally {
    await options.close();
  }
}

export interface StoredRegistryState {
  lastGoodRevision: number | null;
  problemRevision: number | null;
  largeChangeRevision: number | null;
}

/** Which revisions the background has stored, read from an extension page's storage. */
export async function storedRegistryState(extensionPage: Page): Promise<StoredRegistryState> {
  return extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } } };
    const stored = await chrome.storage.local.get(['registry.lastGood', 'registry.problem', 'registry.largeChange']);
    const lastGood = stored['registry.lastGood'] as { revision?: { revisionId?: number } } | null | undefined;
    const problem = stored['registry.problem'] as { revisionId?: number } | null | undefined;
    const largeChange = stored['registry.largeChange'] as { revisionId?: number } | null | undefined;
    return {
      lastGoodRevision: lastGood?.revision?.revisionId ?? null,
      problemRevision: problem?.revisionId ?? null,
      largeChangeRevision: largeChange?.revisionId ?? null,
    };
  });
}

/** Waits until the background has judged `revisionId`: kept it as the last good copy, or refused it. */
export async function waitForJudgement(extensionPage: Page, revisionId: number, timeout = 60_000): Promise<'accepted' | 'refused'> {
  let verdict: 'accepted' | 'refused' | null = null;
  await expect
    .poll(
      async () => {
        const state = await storedRegistryState(extensionPage);
        verdict = state.lastGoodRevision === revisionId ? 'accepted' : state.problemRevision === revisionId ? 'refused' : null;
        return verdict;
      },
      { timeout, message: `the background never judged revision ${revisionId}` },
    )
    .not.toBeNull();
  return verdict!;
}

/**
 * Back to the state a fresh install reaches: the stored registry dropped and the settings
 * cleared, so the background fetches the default page again and keeps it, with nothing flagged.
 */
export async function restoreDefaultRegistry(context: BrowserContext, extensionId: string, wiki: LocalWiki): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const { revisionId } = await currentRevision(wiki, 'Meta:Wiki Wayfinder/Registry.json');
    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { remove(keys: string[]): Promise<void> }; sync: { clear(): Promise<void> } } };
      };
      await chrome.storage.local.remove(['registry.lastGood', 'registry.problem', 'registry.largeChange', 'registry.gone']);
      await chrome.storage.sync.clear();
    });
    await expect
      .poll(() => storedRegistryState(page), { timeout: 30_000 })
      .toEqual({ lastGoodRevision: revisionId, problemRevision: null, largeChangeRevision: null });
  } finally {
    await page.close();
  }
}
