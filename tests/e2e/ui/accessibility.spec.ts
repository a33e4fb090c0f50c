import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, resetSettings, saveScreenshot, storeSettings, waitForSettled } from './ui-helpers';

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

// axe-core on every screen in each of its states: no violations allowed.
test.describe('accessibility', () => {
  test.afterEach(async ({ wiki, openOptions }) => {
    wiki.front.reset();
    await resetSettings(await openOptions());
  });

  for (const title of ['Support and Safety', 'Grants:Project/Rapid', 'The Wikipedia Library', 'Steward requests/Global', 'Community Relations', 'Special:RecentChanges']) {
    test(`side panel: ${title}`, async ({ openPanel }) => {
      const panel = await openPanel(metaUrl(title));
      if (!title.startsWith('Special:')) await waitForSettled(panel);
      else await expect(panel.getByRole('main')).toContainText('special page');
      // Open every disclosure, so what it hides is checked too.
      await panel.locator('details').evaluateAll((disclosures) => disclosures.forEach((details) => details.setAttribute('open', '')));
      await expectNoViolations(panel);
    });
  }

  test('side panel: not a Wikimedia page', async ({ openPanel }) => {
    const panel = await openPanel('https://example.org/');
    await expect(panel.getByRole('main')).toContainText('Wikimedia wikis');
    await expectNoViolations(panel);
  });

  test('side panel: refining, then an error with a retry button', async ({ openPanel, wiki }) => {
    wiki.front.setLatency(3000);
    const panel = await openPanel(metaUrl('Grants:APG/Simple'));
    await expect(panel.locator('main[aria-busy="true"]')).toBeVisible();
    await expectNoViolations(panel);
    wiki.front.setLatency(0);
    wiki.front.injectFault({ kind: '500', match: /^\/w\/api\.php/, count: 1000 });
    await panel.getByRole('button', { name: 'Try again' }).or(panel.locator('main[aria-busy="false"]')).first().waitFor();
    await expectNoViolations(panel);
  });

  test('side panel: offline', async ({ openPanel, wiki }) => {
    wiki.front.injectFault({ kind: 'down', match: /^\/w\/api\.php/ });
    const panel = await openPanel(metaUrl('Grants:IEG'));
    await expect(panel.getByRole('main')).toContainText('offline', { timeout: 20_000 });
    await expectNoViolations(panel);
  });

  test('side panel: in Hebrew', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Technical Collaboration'));
    await storeSettings(panel, { language: 'he' });
    await expect(panel.locator('html')).toHaveAttribute('dir', 'rtl');
    await waitForSettled(panel);
    await expectNoViolations(panel);
  });

  test('side panel: dark mode', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.setViewportSize(panelViewport);
    await waitForSettled(panel);
    await expectNoViolations(panel);
    await saveScreenshot(panel, 'panel-dark-mode');
  });

  test('popup, with finder results', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('searchbox').fill('tech news');
    await expect(popup.locator('.wf-finder__count')).toHaveText('3 liaisons');
    await expectNoViolations(popup);
    await popup.getByRole('searchbox').fill('nobody at all');
    await expectNoViolations(popup);
  });

  test('options, with an invalid registry wiki and after clearing the cache', async ({ openOptions }) => {
    const options = await openOptions();
    await expect(options.getByRole('region', { name: 'Cache' }).getByText(/entries|empty|could not/)).toBeVisible();
    await expectNoViolations(options);
    await options.getByRole('textbox', { name: 'Wiki' }).fill('example.org');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByRole('button', { name: 'Clear cache' }).click();
    await expect(options.getByText('Cache cleared.', { exact: false })).toBeVisible();
    await expectNoViolations(options);
  });

  test('options, saying the registry page typed does not exist yet, with a link to create it', async ({ openOptions }) => {
    const options = await openOptions();
    await options.getByRole('textbox', { name: 'Page' }).fill('Meta:Wiki Wayfinder/Not set up.json');
    await expect(options.getByRole('link', { name: 'Create the page' })).toBeVisible();
    await expectNoViolations(options);
  });
});
