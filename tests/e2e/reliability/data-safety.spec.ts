import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../../../utils/settings/settings';
import { extensionDir, extensionIdOf } from '../browser';
import { metaUrl, panelSettled } from '../fixtures';
import { watchExtensionHealth } from './extension-health';
import { launchProfile } from './profile-browser';
import { restoreDefaultRegistry } from './registry-control';
import { expect, test } from './reliability-test';
import { waitForQuiet } from './wiki-quiet';

// Issue 8, point 5: what the user set and what the extension learnt survive an upgrade; a
// corrupted entry is ignored and repaired; clearing the cache touches nothing else.

type Area = 'sync' | 'local';

/** Everything in one storage area, read from an extension page. */
function storageArea(page: Page, area: Area): Promise<Record<string, unknown>> {
  return page.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> }> } };
    return chrome.storage[name]!.get(null);
  }, area);
}

function writeStorage(page: Page, area: Area, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    async ({ name, values }) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, { set(items: object): Promise<void> }> } };
      await chrome.storage[name]!.set(values);
    },
    { name: area, values: items },
  );
}

const cacheEntryPrefix = 'wayfinder-cache:entry:';
const cacheKeys = (local: Record<string, unknown>) => Object.keys(local).filter((key) => key.startsWith(cacheEntryPrefix)).sort();

test.describe('data safety', () => {
  test('an upgrade keeps the settings, the cache and the registry copy', async ({ wiki }) => {
    const workDir = await mkdtemp(path.join(tmpdir(), 'wiki-wayfinder-upgrade-'));
    const installed = path.join(workDir, 'extension');
    const profileDir = path.join(workDir, 'profile');
    try {
      await cp(extensionDir, installed, { recursive: true });
      const launch = () => launchProfile({ profileDir, extensionDir: installed, frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash });

      const before = await launch();
      const id = await extensionIdOf(before);
      const options = await before.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await options.getByRole('checkbox', { name: /Show a note by the title/ }).uncheck();
      const panel = await before.newPage();
      await panel.goto(`chrome-extension://${id}/sidepanel.html?url=${encodeURIComponent(metaUrl('Support and Safety'))}`);
      await panelSettled(panel);
      await expect.poll(async () => (await storageArea(options, 'local'))['registry.lastGood']).toBeTruthy();
      const syncBefore = await storageArea(options, 'sync');
      const localBefore = await storageArea(options, 'local');
      expect(syncBefore.settings).toEqual({ ...defaultSettings, badgeEnabled: false });
      expect(cacheKeys(localBefore).length).toBeGreaterThan(0);
      await before.close();

      // The next version, installed over the same folder: the same extension id and profile.
      const manifestPath = path.join(installed, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
      const nextVersion = manifest.version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
      await writeFile(manifestPath, JSON.stringify({ ...manifest, version: nextVersion }));

      const after = await launch();
      const health = await watchExtensionHealth(after, id);
      try {
        expect(await extensionIdOf(after)).toBe(id);
        const page = await after.newPage();
        await page.goto(`chrome-extension://${id}/options.html`);
        expect(await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(nextVersion);
        await expect(page.getByRole('checkbox', { name: /Show a note by the title/ })).not.toBeChecked();
        const localAfter = await storageArea(page, 'local');
        expect((await storageArea(page, 'sync')).settings).toEqual(syncBefore.settings);
        expect(cacheKeys(localAfter)).toEqual(cacheKeys(localBefore));
        expect(localAfter['registry.lastGood']).toEqual(localBefore['registry.lastGood']);
        // The first view after the upgrade is answered from what was kept.
        wiki.front.reset();
        const view = await after.newPage();
        await view.goto(`chrome-extension://${id}/sidepanel.html?url=${encodeURIComponent(metaUrl('Support and Safety'))}`);
        await panelSettled(view);
        await expect(view.locator('main')).toContainText('Trust and Safety');
        // Only the background's scheduled refresh (sent with maxlag) may have asked the wiki for
        // the view; the options page, still open, checks its registry page live, which is its own
        // question and not the view's.
        const viewRequests = wiki.front
          .snapshot()
          .log.filter((entry) => entry.url.startsWith('/w/api.php') && !entry.url.includes('maxlag=') && !decodeURIComponent(entry.url).includes('Wiki+Wayfinder/Registry.json'));
        expect(viewRequests).toEqual([]);
        const report = await health.report();
        expect(report.problems).toEqual([]);
        expect(report.foreignRequests).toEqual([]);
      } finally {
        health.stop();
        await after.close();
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });

  test('corrupted settings, cache and registry entries are ignored and repaired', async ({ wiki, extensionContext, extensionId, openOptions, openPanel, clearCache }) => {
    await clearCache();
    const options = await openOptions();
    await panelSettled(await openPanel(metaUrl('Support and Safety')));
    const entryKey = cacheKeys(await storageArea(options, 'local')).find((key) => key.includes('pageFacts') && key.includes('Support and Safety'));
    expect(entryKey).toBeDefined();

    await writeStorage(options, 'local', {
      [entryKey!]: { format: 1, kind: 'pageFacts', value: '<script>alert(1)</script>' },
      'wayfinder-cache:index': 'not an index',
      'registry.lastGood': { raw: 42, revision: null },
    });
    await writeStorage(options, 'sync', { settings: 'garbage' });

    const panel = await openPanel(metaUrl('Support and Safety'));
    await panelSettled(panel);
    await expect(panel.locator('main')).toContainText('Trust and Safety');
    // The background repairs the settings it reads (the change woke it) and refetches the entry.
    await expect.poll(async () => (await storageArea(options, 'sync')).settings).toEqual(defaultSettings);
    await expect
      .poll(async () => ((await storageArea(options, 'local'))[entryKey!] as { value?: { title?: string } } | undefined)?.value?.title)
      .toBe('Support and Safety');
    await expect.poll(async () => typeof (await storageArea(options, 'local'))['wayfinder-cache:index']).toBe('object');
    await expect
      .poll(async () => typeof ((await storageArea(options, 'local'))['registry.lastGood'] as { revision?: { revisionId?: unknown } } | null)?.revision?.revisionId)
      .toBe('number');

    await restoreDefaultRegistry(extensionContext, extensionId, wiki);
  });

  test('clearing the cache keeps the settings and the registry copy', async ({ extensionContext, extensionId, openOptions, openPanel, clearCache, wiki }) => {
    const options = await openOptions();
    await options.getByRole('checkbox', { name: /Show a note by the title/ }).uncheck();
    await panelSettled(await openPanel(metaUrl('Community Development')));
    // The settings change started a registry refresh; it must be over before comparing.
    await waitForQuiet(wiki);
    const before = { sync: await storageArea(options, 'sync'), local: await storageArea(options, 'local') };
    expect(cacheKeys(before.local).length).toBeGreaterThan(0);

    await clearCache();
    const after = { sync: await storageArea(options, 'sync'), local: await storageArea(options, 'local') };
    expect(after.sync).toEqual(before.sync);
    expect(cacheKeys(after.local)).toEqual([]);
    for (const key of ['registry.lastGood', 'registry.problem', 'registry.largeChange']) expect(after.local[key], key).toEqual(before.local[key]);

    await options.getByRole('checkbox', { name: /Show a note by the title/ }).check();
    await restoreDefaultRegistry(extensionContext, extensionId, wiki);
  });
});
