import type { Page } from '@playwright/test';
import type { LocalWiki } from '../wiki/local-wiki';
import { expect, metaUrl, panelSettled, test } from './fixtures';
import { currentRevision, pointRegistryAt, restoreDefaultRegistry, storedRegistryState } from './reliability/registry-control';
import { panelViewport, saveScreenshot, screenshotDir } from './ui/ui-helpers';

// Issue 16, point 3: a registry page that does not exist. Deleted, its last good copy stays in
// use and the panel and the options page say so; never created (the normal case on a wiki that
// has not set one up), the built-in registry is used and the panel says nothing of it; a title
// typed in the options that does not exist is reported there before anything is saved. The
// local wiki's registry page is deleted for the first test only and restored after it.
const registryTitle = 'Meta:Wiki Wayfinder/Registry.json';
const registryRegion = (options: Page) => options.getByRole('region', { name: 'Registry' });
const warnings = (panel: Page) => panel.locator('footer .wf-message');

/** The day of the title's latest deletion as the panel writes it, asked of php -S directly. */
async function deletionDay(wiki: LocalWiki, title: string): Promise<string> {
  const query = new URLSearchParams({ action: 'query', list: 'logevents', leaction: 'delete/delete', letitle: title, lelimit: '1', format: 'json', formatversion: '2' });
  const answer = (await (await fetch(`${wiki.phpUrl}/w/api.php?${query}`)).json()) as { query: { logevents: { timestamp: string }[] } };
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(answer.query.logevents[0]!.timestamp));
}

test.describe.serial('a registry page that does not exist', () => {
  test.afterAll(async ({ wiki, extensionContext, extensionId }) => {
    await restoreDefaultRegistry(extensionContext, extensionId, wiki);
  });

  test('deleted: the last good copy stays in use, and the panel and the options say since when', async ({ wiki, openPanel, openOptions }) => {
    const { revisionId, user } = await currentRevision(wiki, registryTitle);
    const panel = await openPanel(metaUrl('Support and Safety'));
    // The refresh at install has made the fixture's revision the last good copy.
    await expect.poll(() => storedRegistryState(panel), { timeout: 30_000 }).toMatchObject({ lastGoodRevision: revisionId });

    await wiki.deletePage(registryTitle, 'Test: a deleted registry page');
    try {
      const day = await deletionDay(wiki, registryTitle);
      // Opening the options checks the page the settings name, and the background keeps what it found.
      const options = await openOptions();
      const registry = registryRegion(options);
      await expect(registry).toContainText(`This page was deleted on ${day}. The last good copy (revision ${revisionId}) is still used.`);
      await expect(registry.getByRole('link', { name: 'Create the page' })).toHaveCount(0);
      await saveScreenshot(options, 'options-registry-deleted');

      await panel.reload();
      await panelSettled(panel);
      const sources = panel.locator('footer');
      await expect(warnings(panel)).toHaveText([`The registry page was deleted on ${day}. The last good copy (revision ${revisionId}) is still used.`]);
      await expect(sources).toContainText(`On-wiki registry, revision ${revisionId} by ${user}`);
      // A deleted revision is hidden from readers: the line no longer links to it.
      await expect(sources.getByRole('link', { name: /On-wiki registry/ })).toHaveCount(0);
      // The copy's own content is still what answers: its liaison for Trust and Safety.
      await expect(panel.getByRole('region', { name: 'Community Relations liaisons' })).toContainText('Erin Example');
      await panel.setViewportSize(panelViewport);
      await sources.screenshot({ path: `${screenshotDir}/panel-registry-deleted.png` });
    } finally {
      await wiki.undeletePage(registryTitle);
    }

    // Restored under its old revision: the options say it exists, and the panel warns no more.
    await expect(registryRegion(await openOptions())).toContainText(`The page exists: revision ${revisionId},`);
    await panel.reload();
    await panelSettled(panel);
    await expect(warnings(panel)).toHaveCount(0);
    await expect(panel.getByRole('link', { name: `On-wiki registry, revision ${revisionId} by ${user}`, exact: false })).toBeVisible();
  });

  test('a title typed in the options that does not exist is reported before anything is saved', async ({ wiki, openOptions }) => {
    const options = await openOptions();
    const registry = registryRegion(options);
    const page = options.getByRole('textbox', { name: 'Page' });
    await expect(registry).toContainText('The page exists: revision');

    const typed = `Meta:Wiki Wayfinder/Not set up ${Date.now().toString(36)}.json`;
    await page.fill('Meta:Wiki Wayfinder/');
    await page.pressSequentially(typed.slice('Meta:Wiki Wayfinder/'.length), { delay: 30 });
    await expect(registry).toContainText('This page does not exist yet. Until it does, Wiki Wayfinder uses only its built-in registry.');
    const create = registry.getByRole('link', { name: 'Create the page' });
    await expect(create).toHaveAttribute('href', `https://meta.wikimedia.org/w/index.php?${new URLSearchParams({ title: typed, action: 'edit', model: 'json' })}`);
    await saveScreenshot(options, 'options-registry-missing');
    // Asked once typing paused, not once per key.
    const checks = wiki.front.snapshot().log.filter((entry) => decodeURIComponent(entry.url.replace(/\+/g, ' ')).includes('letitle=Meta:Wiki Wayfinder/Not set up'));
    expect(checks).toHaveLength(1);
    // Nothing was saved: the settings still name the default page.
    await options.reload();
    await expect(page).toHaveValue(registryTitle);
  });

  test('never created: the built-in registry is used and the panel says nothing of it', async ({ extensionContext, extensionId, openPanel, openOptions }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    await expect.poll(() => storedRegistryState(panel)).not.toMatchObject({ lastGoodRevision: null });
    const title = `Meta:Wiki Wayfinder/Never created ${Date.now().toString(36)}.json`;
    await pointRegistryAt(extensionContext, extensionId, title);
    // The copy of the page named before is not this page's: it is dropped.
    await expect.poll(() => storedRegistryState(panel)).toEqual({ lastGoodRevision: null, problemRevision: null, largeChangeRevision: null });

    await panel.reload();
    await panelSettled(panel);
    await expect(panel.locator('footer')).toContainText('Built-in registry, updated');
    await expect(warnings(panel)).toHaveCount(0);
    await expect(panel.locator('main')).not.toContainText('Erin Example');

    const registry = registryRegion(await openOptions());
    await expect(registry).toContainText('This page does not exist yet.');
    await expect(registry.getByRole('link', { name: 'Create the page' })).toBeVisible();
  });
});
