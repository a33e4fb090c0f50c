import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, resetSettings, saveScreenshot, storeSettings, waitForSettled } from './ui-helpers';

test.describe('right to left', () => {
  test.afterEach(async ({ openOptions }) => resetSettings(await openOptions()));

  test('in Hebrew the panel is laid out right to left, with names isolated', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    await storeSettings(panel, { language: 'he' });
    await panel.setViewportSize(panelViewport);
    await waitForSettled(panel);
    await expect(panel.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(panel.locator('html')).toHaveAttribute('lang', 'he');

    const owner = panel.getByRole('region', { name: 'הצוות האחראי כיום' });
    await expect(owner.locator('.wf-owner__team bdi')).toHaveText('Trust and Safety');
    // The icon comes first in reading order, so in right-to-left it sits right of the name.
    const icon = await owner.locator('.wf-owner__team svg').boundingBox();
    const name = await owner.locator('.wf-owner__team bdi').boundingBox();
    expect(icon!.x).toBeGreaterThan(name!.x + name!.width - 1);
    // Arrows point along the reading direction.
    await expect(panel.locator('.wf-lineage__step svg').first()).toHaveClass(/wf-icon--flip/);
    // Sections start at the right edge.
    const heading = await owner.getByRole('heading', { level: 2 }).boundingBox();
    expect(heading!.x + heading!.width).toBeGreaterThan(panelViewport.width - 40);
    await saveScreenshot(panel, 'panel-rtl-hebrew');
  });
});
