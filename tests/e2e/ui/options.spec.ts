import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, recordBadgeQuestions, resetSettings, saveScreenshot, waitForSettled } from './ui-helpers';

test.describe('the options page', () => {
  test.afterEach(async ({ openOptions }) => resetSettings(await openOptions()));

  test('accepts only Wikimedia wikis for the registry, and says why', async ({ openOptions }) => {
    const options = await openOptions();
    const host = options.getByRole('textbox', { name: 'Wiki' });
    await host.fill('example.org');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(host).toHaveAttribute('aria-invalid', 'true');
    await expect(options.getByText('Enter the host name of a Wikimedia wiki')).toBeVisible();
    await saveScreenshot(options, 'options-invalid-registry');

    await host.fill('www.mediawiki.org');
    await options.getByRole('textbox', { name: 'Page' }).fill('Project:Wiki Wayfinder/Registry.json');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByText('Saved.')).toBeVisible();
    await expect(host).toHaveAttribute('aria-invalid', 'false');
    await options.reload();
    await expect(options.getByRole('textbox', { name: 'Wiki' })).toHaveValue('www.mediawiki.org');
  });

  test('the in-page note follows the setting live, in every open tab', async ({ extensionContext, openOptions, openWikiPage }) => {
    const wikiPage = await openWikiPage('Support and Safety');
    const badge = wikiPage.locator('wiki-wayfinder-badge').getByRole('button');
    await expect(badge).toContainText('Now: probably Trust and Safety', { timeout: 15_000 });

    const options = await openOptions();
    const toggle = options.getByRole('checkbox', { name: /Show a note by the title/ });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(wikiPage.locator('wiki-wayfinder-badge')).toHaveCount(0);
    // A historical page opened while the note is off asks (listening for the setting from then
    // on), is told no, and gets its note when the setting comes back on.
    const questions = await recordBadgeQuestions(extensionContext);
    const openedWhileOff = await openWikiPage('Community Engagement');
    await expect.poll(questions, { timeout: 15_000 }).toContain(openedWhileOff.url());
    await toggle.check();
    await expect(badge).toContainText('Now: probably Trust and Safety', { timeout: 15_000 });
    await expect(openedWhileOff.locator('wiki-wayfinder-badge').getByRole('button')).toContainText('Now: 7 teams', { timeout: 15_000 });
  });

  test('the interface language applies live to the open panel, right to left for Hebrew', async ({ openOptions, openPanel }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    await panel.setViewportSize(panelViewport);
    await waitForSettled(panel);
    await expect(panel.locator('html')).toHaveAttribute('dir', 'ltr');

    const options = await openOptions();
    await options.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
    // The options page's own messages (i18n/options/) load with the main group's translation.
    await expect(options.getByRole('heading', { level: 1, name: 'הגדרות Wiki Wayfinder' })).toBeVisible();
    await expect(options).toHaveTitle('הגדרות Wiki Wayfinder');
    await expect(panel.locator('html')).toHaveAttribute('lang', 'he');
    await expect(panel.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(panel.getByRole('heading', { name: 'הצוות האחראי כיום' })).toBeVisible();

    await options.getByRole('combobox').selectOption('auto');
    await expect(panel.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(panel.getByRole('heading', { name: 'Owned now by' })).toBeVisible();
    await expect(options.getByRole('heading', { level: 1, name: 'Wiki Wayfinder settings' })).toBeVisible();
  });

  test('shows the cache per kind, and clearing it keeps the settings', async ({ openOptions, openPanel }) => {
    await waitForSettled(await openPanel(metaUrl('Community Development')));
    const options = await openOptions();
    const cache = options.getByRole('region', { name: 'Cache' });
    await expect(cache.getByRole('table')).toBeVisible();
    await expect(cache).toContainText(/\d+ entries, .* of at most /);
    await options.getByRole('checkbox', { name: /Show a note by the title/ }).uncheck();
    // The README's picture shows the registry page as checked, not the check under way.
    await expect(options.getByRole('region', { name: 'Registry' })).toContainText('The page exists: revision');
    await saveScreenshot(options, 'options');

    await cache.getByRole('button', { name: 'Clear cache' }).click();
    await expect(cache.getByRole('status')).toHaveText('Cache cleared. Your settings are kept.');
    await options.reload();
    await expect(options.getByRole('checkbox', { name: /Show a note by the title/ })).not.toBeChecked();
  });
});
