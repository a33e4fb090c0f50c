import { expect, test } from '../fixtures';
import { saveScreenshot } from './ui-helpers';

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
    { title: 'Learning and Evaluation', text: 'Now: possibly Movement Insights' },
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

  for (const title of ['Grants:Start', 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety', 'Tech/News']) {
    test(`stays away from the current page ${title}`, async ({ openWikiPage }) => {
      const reference = await openWikiPage('Community Advocacy');
      await expect(reference.locator('wiki-wayfinder-badge')).toHaveCount(1, { timeout: 15_000 });
      const page = await openWikiPage(title);
      // The historical page answered by now; this one has had as long and must show nothing.
      await page.waitForTimeout(1500);
      await expect(page.locator('wiki-wayfinder-badge')).toHaveCount(0);
    });
  }
});
