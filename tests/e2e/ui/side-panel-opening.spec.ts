import type { BrowserContext, Page } from '@playwright/test';
import { openSidebarShortcut } from '../../../utils/browser/open-sidebar-shortcut';
import { extensionIdOf, launchWithExtension, metaUrl, type LaunchOptions } from '../browser';
import { expect, test } from '../fixtures';
import { startVirtualDisplay } from '../shared/virtual-display';

/**
 * Chrome's real side panel, not sidepanel.html in a tab: each way in (the popup's button, the
 * in-page badge, the keyboard command) must open it. An open side panel is a CDP target of type
 * `page` at sidepanel.html (Playwright's context.pages() does not list it); what it shows is read
 * through chrome.extension.getViews() from another page of the extension.
 * Each test has a browser of its own: the side panel, once open, stays open for the window and
 * would follow (and fetch for) every tab the other specs open.
 */

interface Opened {
  context: BrowserContext;
  extensionId: string;
}

async function launch(options: LaunchOptions): Promise<Opened> {
  const context = await launchWithExtension(options);
  return { context, extensionId: await extensionIdOf(context) };
}

/** The side panel pages among the browser's targets, as CDP reports them. */
async function sidePanelTargets(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.filter((target) => target.type === 'page' && target.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`)).map((target) => target.url);
  } finally {
    await cdp.detach();
  }
}

/** The first heading of each open side panel, read from an extension page of the same browser. */
function sidePanelHeadings(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { extension: { getViews(): Window[] } } };
    return chrome.extension
      .getViews()
      .filter((view) => view.location.pathname === '/sidepanel.html')
      .map((view) => view.document.querySelector('h1')?.textContent ?? '');
  });
}

/** Waits until exactly one side panel is open and it names `title`. */
async function expectSidePanelShowing(extensionPage: Page, extensionId: string, title: string): Promise<void> {
  await expect.poll(() => sidePanelTargets(extensionPage, extensionId)).toEqual([`chrome-extension://${extensionId}/sidepanel.html`]);
  await expect.poll(() => sidePanelHeadings(extensionPage), { timeout: 15_000 }).toEqual([expect.stringContaining(title)]);
}

test.describe("Chrome's real side panel", () => {
  test("opens from the popup's button and follows the active tab", async ({ wiki }) => {
    const { context, extensionId } = await launch({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash });
    try {
      const wikiTab = await context.newPage();
      await wikiTab.goto(metaUrl('Learning and Evaluation'));
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      expect(await sidePanelTargets(popup, extensionId)).toEqual([]);
      await popup.getByRole('button', { name: 'Open sidebar' }).click();
      await expect(popup.getByText('The sidebar could not be opened')).toHaveCount(0);
      // Opened from the popup's tab, it shows that tab first, then the wiki tab once it is active.
      await wikiTab.bringToFront();
      await expectSidePanelShowing(popup, extensionId, 'Learning and Evaluation');
    } finally {
      await context.close();
    }
  });

  test('opens from a click on the in-page badge', async ({ wiki }) => {
    const { context, extensionId } = await launch({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash });
    try {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const wikiTab = await context.newPage();
      await wikiTab.goto(metaUrl('Support and Safety'));
      const badge = wikiTab.locator('#firstHeading + wiki-wayfinder-badge').getByRole('button');
      await expect(badge).toHaveText(/^Now: /, { timeout: 15_000 });
      expect(await sidePanelTargets(wikiTab, extensionId)).toEqual([]);
      await badge.click();
      await expectSidePanelShowing(options, extensionId, 'Support and Safety');
    } finally {
      await context.close();
    }
  });

  test(`opens from the keyboard command (${openSidebarShortcut}, typed on a virtual display)`, async ({ wiki }) => {
    const display = await startVirtualDisplay();
    const { context, extensionId } = await launch({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash, headless: false, display: display.display });
    try {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      // Chrome leaves a suggested key unassigned when it clashes with one of its own shortcuts.
      const commands = await options.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } };
        return chrome.commands.getAll();
      });
      expect(commands.find((command) => command.name === 'open-sidebar')?.shortcut).toBe(openSidebarShortcut);
      const wikiTab = await context.newPage();
      await wikiTab.goto(metaUrl('Community Advocacy'));
      await wikiTab.bringToFront();
      expect(await sidePanelTargets(wikiTab, extensionId)).toEqual([]);
      await display.press(openSidebarShortcut);
      await expectSidePanelShowing(options, extensionId, 'Community Advocacy');
    } finally {
      await context.close();
      await display.stop();
    }
  });
});
