import { expect, test } from '../fixtures';
import { popupViewport, saveScreenshot } from './ui-helpers';

test.describe('the popup', () => {
  test("names the active tab's owner in one line", async ({ openPopup, openWikiPage }) => {
    const popup = await openPopup();
    const wikiPage = await openWikiPage('Support and Safety');
    await wikiPage.bringToFront();
    // Reloaded in the background, the popup reads the wiki tab as the active one, as a real popup does.
    await popup.reload();
    await expect(popup.locator('.wf-popup__owner')).toHaveText('Owned now by Trust and Safety (Legal)');
    await popup.bringToFront();
  });

  test('lists the quick links from the registry', async ({ openPopup }) => {
    const popup = await openPopup();
    const links = popup.getByRole('region', { name: 'Quick links' }).getByRole('link');
    await expect(links).toHaveCount(6);
    const expected: [string, string][] = [
      ['Grants: Start', 'https://meta.wikimedia.org/wiki/Grants:Start'],
      ['Community Relations Specialists', 'https://meta.wikimedia.org/wiki/Community_Relations_Specialists'],
      ['Tech News', 'https://meta.wikimedia.org/wiki/Tech/News'],
      ['Tech Ambassadors', 'https://meta.wikimedia.org/wiki/Tech/Ambassadors'],
      ['Phabricator', 'https://phabricator.wikimedia.org/'],
    ];
    for (const [name, href] of expected) {
      await expect(links.filter({ hasText: name })).toHaveAttribute('href', href);
    }
    await expect(links.filter({ hasText: 'Trust and Safety' })).toHaveAttribute('href', /Trust_and_Safety$/);
  });

  test('the liaison finder narrows as you type, announces the count, and works by keyboard', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.setViewportSize(popupViewport);
    const finder = popup.getByRole('region', { name: 'Find a liaison' });
    const results = finder.getByRole('list', { name: 'Liaisons' }).getByRole('listitem');
    // Everyone while the box is empty: the twelve specialists of the built-in registry, and more
    // from the on-wiki registry. The registry arrives after the first render, so wait for it.
    const count = finder.locator('.wf-finder__count');
    await expect(count).toHaveText(/^\d+ liaisons$/);
    const listed = Number((await count.textContent())?.split(' ')[0]);
    expect(listed).toBeGreaterThanOrEqual(12);
    await expect(results).toHaveCount(listed);

    const search = finder.getByRole('searchbox', { name: 'Product, team or name' });
    await search.focus();
    await popup.keyboard.type('growth');
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText('Benoît Evellin');
    await expect(finder.locator('.wf-finder__count')).toHaveText('One liaison');

    await search.fill('tech news');
    await expect(results).toHaveCount(3);
    await expect(finder.locator('.wf-finder__count')).toHaveText('3 liaisons');
    await saveScreenshot(popup, 'popup-finder');

    // No username is known for these people: the team page stands in, and Tab reaches it.
    await popup.keyboard.press('Tab');
    await expect(results.first().getByRole('link', { name: 'Team page' })).toBeFocused();

    await search.fill('benoit');
    await expect(results).toHaveCount(1);
    await search.fill('zzz no such liaison');
    await expect(finder.locator('.wf-finder__count')).toHaveText('No liaison matches.');
  });

  test('copies a ping for a liaison whose username is known, and says so', async ({ openPopup }) => {
    const popup = await openPopup();
    // Reading the clipboard back needs a permission extension origins cannot be granted here,
    // so the test records what is written, and lets the real write happen.
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const copied: string[] = [];
      Object.assign(globalThis, { copiedTexts: copied });
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text);
      };
    });
    const finder = popup.getByRole('region', { name: 'Find a liaison' });
    await finder.getByRole('searchbox').fill('incident reporting');
    const erin = finder.getByRole('listitem').filter({ hasText: 'Erin Example' });
    await expect(erin).toHaveCount(1);
    await expect(erin.getByRole('link', { name: 'Talk page Erin Example (WMF)' })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/User_talk:Erin_Example_(WMF)');
    await erin.getByRole('button', { name: 'Copy ping Erin Example (WMF)' }).press('Enter');
    await expect(erin.getByRole('status')).toHaveText('Copied {{ping|Erin Example (WMF)}} to the clipboard.');
    expect(await popup.evaluate(() => (globalThis as unknown as { copiedTexts: string[] }).copiedTexts)).toEqual(['{{ping|Erin Example (WMF)}}']);
  });

  test('has an "Open sidebar" button', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('button', { name: 'Open sidebar' })).toBeEnabled();
  });
});
