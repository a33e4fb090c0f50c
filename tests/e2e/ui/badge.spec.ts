import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { recordBadgeQuestions, saveScreenshot } from './ui-helpers';

/** Asks the background the content script's own question (utils/report/badge-client.ts), from an extension page. */
function badgeInfo(extensionPage: Page, url: string): Promise<{ show?: unknown }> {
  return extensionPage.evaluate((pageUrl) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ show?: unknown }> } } };
    return chrome.runtime.sendMessage({ type: 'badge-info', url: pageUrl });
  }, url);
}

// The note by the title: on pages marked {{historical}} only, naming today's owner as surely as
// the registry knows it, or how many teams a dissolved or split team's work went to.
test.describe('the in-page badge', () => {
  for (const { title, text } of [
    { title: 'Support and Safety', text: 'Now: probably Trust and Safety' },
    { title: 'Technical Collaboration', text: 'Now: 1 team' },
    { title: 'Grants:TPS', text: 'Now: Community Resources' },
    { title: 'Community Engagement', text: 'Now: 7 teams' },
    { title: 'Program Capacity and Learning', text: 'Now: 3 teams' },
    { title: 'Community Programs team', text: 'Now: 2 teams' },
    { title: 'Learning and Evaluation', text: 'Now: probably Movement Insights' },
  ]) {
    test(`shows on the historical page ${title}`, async ({ openWikiPage }) => {
      const page = await openWikiPage(title);
      const badge = page.locator('#firstHeading + wiki-wayfinder-badge').getByRole('button');
      await expect(badge).toHaveText(`${text}›`, { timeout: 15_000 });
      if (title === 'Support and Safety') {
        await page.locator('#firstHeading').scrollIntoViewIfNeeded();
        // That a click opens the real side panel is side-panel-opening.spec.ts's to check.
        await saveScreenshot(page, 'badge-historical-page');
      }
    });
  }

  // The current pages (a historical page the community runs is the badge-info unit test's).
  for (const { title, kind } of [
    { title: 'Grants:Start', kind: 'current' },
    { title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety', kind: 'current' },
    { title: 'Tech/News', kind: 'current' },
  ]) {
    test(`stays away from the ${kind} page ${title}`, async ({ extensionContext, openWikiPage, openOptions }) => {
      // A historical page gets its badge: the content script runs and shows what it is told.
      const reference = await openWikiPage('Community Advocacy');
      await expect(reference.locator('wiki-wayfinder-badge')).toHaveCount(1, { timeout: 15_000 });
      const questions = await recordBadgeQuestions(extensionContext);
      const page = await openWikiPage(title);
      // This page's content script has asked the background whether to show a badge...
      await expect.poll(questions, { timeout: 15_000 }).toContain(page.url());
      // ...and the background's answer to that question is "no": asked again from an extension
      // page, it depends only on the URL, the settings and the page's facts, which are the same.
      // (When told no, the content script does nothing at all, so there is no event of its own.)
      expect(await badgeInfo(await openOptions(), page.url())).toMatchObject({ show: false });
      await expect(page.locator('wiki-wayfinder-badge')).toHaveCount(0);
    });
  }
});
