import { expect, metaUrl, test } from './fixtures';

// The stable contract: sidepanel.html?url=<percent-encoded page URL> shows that page.
const pinnedPages = [
  { url: metaUrl('Community Engagement'), title: 'Community Engagement', host: 'meta.wikimedia.org' },
  { url: 'https://meta.m.wikimedia.org/wiki/Grants:Project/Rapid', title: 'Grants:Project/Rapid', host: 'meta.wikimedia.org' },
  { url: 'https://meta.wikimedia.org/w/index.php?title=Learning_and_Evaluation&action=history', title: 'Learning and Evaluation', host: 'meta.wikimedia.org' },
  { url: 'https://en.wikipedia.org/wiki/Wikimedia_Foundation', title: 'Wikimedia Foundation', host: 'en.wikipedia.org' },
  { url: 'https://www.mediawiki.org/wiki/Product_Ambassadors', title: 'Product Ambassadors', host: 'www.mediawiki.org' },
  { url: metaUrl('Community Engagement/pt'), title: 'Community Engagement/pt', host: 'meta.wikimedia.org' },
];

test.describe('the built extension loads in Chromium', () => {
  test('its service worker runs', async ({ extensionContext, extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(extensionContext.serviceWorkers().some((worker) => worker.url().endsWith('/background.js'))).toBe(true);
  });

  for (const { url, title, host } of pinnedPages) {
    test(`the side panel names ${title} on ${host}`, async ({ openPanel }) => {
      const panel = await openPanel(url);
      await expect(panel.locator('header')).toContainText(title);
      await expect(panel.locator('header')).toContainText(host);
    });
  }

  test('the side panel says it works on Wikimedia wikis elsewhere', async ({ openPanel }) => {
    const panel = await openPanel('https://example.org/wiki/Community_Engagement');
    await expect(panel.locator('body')).toContainText('Wikimedia wikis');
  });

  test('the popup renders', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('heading', { level: 1 })).toContainText('Wiki Wayfinder');
  });

  test('the options page renders', async ({ openOptions }) => {
    const options = await openOptions();
    await expect(options.getByRole('heading', { level: 1 })).toContainText('Wiki Wayfinder');
  });
});
