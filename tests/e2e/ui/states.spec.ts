import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, region, saveScreenshot, waitForSettled } from './ui-helpers';

// Every state of the side panel, each with a screenshot. Faults come from the local wiki's front.
test.describe('side panel states', () => {
  test.afterEach(({ wiki }) => wiki.front.reset());

  test('not a Wikimedia page', async ({ openPanel }) => {
    const panel = await openPanel('https://example.org/wiki/Community_Engagement');
    await panel.setViewportSize(panelViewport);
    await expect(panel.getByRole('main')).toContainText('works on Wikimedia wikis');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Wiki Wayfinder');
    await saveScreenshot(panel, 'panel-not-wikimedia');
  });

  test('a special page has no owner', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Special:RecentChanges'));
    await panel.setViewportSize(panelViewport);
    await expect(panel.getByRole('main')).toContainText('is a special page');
    await saveScreenshot(panel, 'panel-special-page');
  });

  test('the instant answer shows before the wiki answers, and room is kept for what follows', async ({ openPanel, wiki }) => {
    wiki.front.setLatency(4000);
    // A page no other test opens, so nothing about it is cached yet.
    const panel = await openPanel(metaUrl('Tech/Ambassadors'));
    await panel.setViewportSize(panelViewport);
    const owner = region(panel, 'Owned now by');
    await expect(owner.locator('.wf-owner__team')).toContainText('Community Relations Specialists', { timeout: 2000 });
    await expect(panel.locator('main[aria-busy="true"]')).toBeVisible();
    await expect(panel.getByRole('banner').getByRole('status')).toContainText('Checking the wiki');
    const before = await owner.boundingBox();
    await saveScreenshot(panel, 'panel-instant');
    wiki.front.setLatency(0);
    await waitForSettled(panel);
    expect((await owner.boundingBox())?.y).toBe(before?.y);
  });

  test('offline: says so, and keeps the answer it can give without the wiki', async ({ openPanel, wiki }) => {
    wiki.front.injectFault({ kind: 'down', match: /^\/w\/api\.php/ });
    const panel = await openPanel(metaUrl('Grants:Programs/Wikimedia Alliances Fund'));
    await panel.setViewportSize(panelViewport);
    await expect(region(panel, 'Owned now by')).toContainText('Community Resources');
    await expect(panel.getByRole('main')).toContainText('You seem to be offline', { timeout: 20_000 });
    await expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
    await saveScreenshot(panel, 'panel-offline');
  });

  test('an error is stated in words, and "Try again" asks again', async ({ openPanel, wiki }) => {
    wiki.front.injectFault({ kind: '500', match: /^\/w\/api\.php/, count: 1000 });
    const panel = await openPanel(metaUrl('Grants:MSIG'));
    await panel.setViewportSize(panelViewport);
    const retry = panel.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeVisible({ timeout: 20_000 });
    await expect(panel.getByRole('main')).toContainText('HTTP status 500');
    await saveScreenshot(panel, 'panel-error');
    wiki.front.clearFaults();
    await retry.click();
    await waitForSettled(panel);
    await expect(panel.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('owner unknown offers general help', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Research:Index'));
    await panel.setViewportSize(panelViewport);
    await waitForSettled(panel);
    const help = region(panel, 'Owner unknown');
    await expect(help.getByRole('link', { name: /Community Relations Specialists/ })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/Community_Relations_Specialists');
    await expect(help.getByRole('link', { name: /Trust and Safety/ })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/Trust_and_Safety');
    await saveScreenshot(panel, 'panel-owner-unknown-research');
  });
});
