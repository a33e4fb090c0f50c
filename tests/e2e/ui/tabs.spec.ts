import { expect, test } from '../fixtures';
import { openWatches, recordPanelWatches, waitUntilEveryWatchEnded } from '../reliability/panel-watches';
import { waitForSettled } from './ui-helpers';

// Without ?url= the panel follows the active tab of its window, as Chrome's global panel does.
test.describe('the panel follows the active tab', () => {
  test('switching tabs updates the panel, and a fast burst ends on the last tab', async ({ extensionContext, extensionId, openWikiPage }) => {
    const panel = await extensionContext.newPage();
    const watches = await recordPanelWatches(panel);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const pages = {
      safety: await openWikiPage('Support and Safety'),
      rapid: await openWikiPage('Grants:Project/Rapid'),
      relations: await openWikiPage('Community Relations'),
    };
    const heading = panel.getByRole('heading', { level: 1 });

    await pages.safety.bringToFront();
    await expect(heading).toContainText('Support and Safety');
    await waitForSettled(panel);
    await expect(panel.locator('.wf-owner__team')).toContainText('Trust and Safety');

    await pages.rapid.bringToFront();
    await expect(heading).toContainText('Grants:Project/Rapid');
    await expect(panel.locator('.wf-owner__team')).toContainText('Community Resources');

    for (const page of [pages.safety, pages.relations, pages.rapid, pages.safety, pages.relations]) await page.bringToFront();
    await expect(heading).toContainText('Community Relations');
    await waitForSettled(panel);
    await expect(panel.locator('.wf-owner__team')).toContainText('Community Relations Specialists');
    // Late answers for the tabs passed through must not replace the last one: once every page
    // the panel asked about has ended (asked after as it moved on, or its last report
    // delivered), nothing more can change what it shows.
    const watched = await waitUntilEveryWatchEnded(watches);
    expect(openWatches(watched).map((watch) => watch.reports.at(-1)?.title)).toEqual(['Community Relations']);
    await expect(heading).toContainText('Community Relations');
    await expect(panel.locator('.wf-owner__team')).toContainText('Community Relations Specialists');
    await panel.close();
  });

  test('a tab that is not a Wikimedia page says so', async ({ extensionContext, extensionId }) => {
    const panel = await extensionContext.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const other = await extensionContext.newPage();
    await other.goto('about:blank');
    await other.bringToFront();
    await expect(panel.getByRole('main')).toContainText('works on Wikimedia wikis');
    await Promise.all([panel.close(), other.close()]);
  });
});
