import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, region, saveScreenshot, waitForSettled } from './ui-helpers';

// Pages a community body runs (issue 12): the panel names the body and where to ask it, in
// place of a team, and never calls the owner unknown.
test.describe('a page the community runs', () => {
  test('Steward requests/Global: run by the stewards, ask at their request page', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Steward requests/Global'));
    await panel.setViewportSize(panelViewport);
    await waitForSettled(panel);
    await expect(panel.getByRole('heading', { level: 1 })).toContainText('Steward requests/Global');
    const card = region(panel, 'Run by the community');
    await expect(card.locator('.wf-owner__team')).toHaveText('Stewards');
    await expect(card).toContainText('Ask at Steward requests/Global');
    await expect(card.getByRole('link', { name: 'Steward requests/Global' })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/Steward_requests/Global');
    await card.locator('details').evaluate((details) => details.setAttribute('open', ''));
    await expect(card.locator('.wf-confidence__reasons')).toContainText('Run by Stewards, not by a Foundation team.');
    await expect(panel.getByRole('main')).not.toContainText('Owner unknown');
    await expect(region(panel, 'Owned now by')).toHaveCount(0);
    // Community Relations liaisons speak for Foundation teams: none are offered for a community body.
    await expect(region(panel, 'Community Relations liaisons')).toHaveCount(0);
    await saveScreenshot(panel, 'panel-run-by-community');
  });
});
