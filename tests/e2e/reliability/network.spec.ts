import { metaUrl, panelSettled } from '../fixtures';
import { recordFigures } from './figures';
import { expect, test } from './reliability-test';

// Issue 8, point 6: no telemetry, and no request to anything but the Wikimedia wikis. Every
// request of the browser context, the service worker's included, is seen by the health check;
// this test makes an ordinary session touch every part of the extension while it watches.
test('an ordinary session talks to the Wikimedia wikis only', async ({ health, openWikiPage, openPanel, openPopup, openOptions, clearCache }, testInfo) => {
  await clearCache();
  const wikiPage = await openWikiPage('Support and Safety');
  await expect(wikiPage.locator('wiki-wayfinder-badge')).toHaveCount(1, { timeout: 15_000 });
  for (const title of ['Support and Safety', 'Grants:Project/Rapid', 'Learning and Evaluation', 'Tech/News']) await panelSettled(await openPanel(metaUrl(title)));
  await panelSettled(await openPanel('https://www.mediawiki.org/wiki/Product_Ambassadors'));
  const popup = await openPopup();
  await popup.getByRole('searchbox').fill('tech news');
  const options = await openOptions();
  await expect(options.getByRole('region', { name: 'Cache' }).getByRole('table')).toBeVisible();

  const { requestsByHost, foreignRequests } = await health.report();
  expect(foreignRequests).toEqual([]);
  expect(Object.keys(requestsByHost).length).toBeGreaterThan(0);
  recordFigures(testInfo, { requestsByHost });
});
