import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, region, resetSettings, saveScreenshot, storeSettings, waitForSettled } from './ui-helpers';

/**
 * Pages of teams that split or were dissolved answer with where each part went (the lineage
 * graph, utils/ownership/graph), and a team with no successor of its own follows its parent.
 * Expectations come from the built-in registry (utils/registry/builtin/registry.json).
 */

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

/** The row of the successor map whose part reads `part`, e.g. "Programs › GLAM". */
function partRow(panel: Page, part: string) {
  return region(panel, 'Where its parts are now')
    .locator('.wf-successor')
    .filter({ has: panel.locator('.wf-successor__part').getByText(part, { exact: true }) });
}

const communityEngagementParts: [string, string][] = [
  ['Learning and Evaluation', 'probably Movement Insights'],
  ['Programs›Wikipedia Education Program', 'Education'],
  ['Programs›GLAM', 'Content Enablement'],
  ['Programs›The Wikipedia Library', 'probably Content Enablement'],
  ['Resources (grantmaking)', 'Community Resources'],
  ['Resources (grantmaking)›IdeaLab campaigns', 'probably Community Resources'],
  ['Resources (grantmaking)›Conference support', 'probably Community Resources'],
  ['Resources (grantmaking)›Community capacity development', 'Community Development'],
  ['Support and Safety', 'Trust and Safety'],
  ['Community Relations', 'Community Relations Specialists'],
  ['Technical Collaboration›Developer Relations', 'Now: not known'],
];

test.describe('successor maps', () => {
  test.afterEach(async ({ openOptions }) => resetSettings(await openOptions()));

  test('Community Engagement names where each of its teams went, with the department’s dates and leaders', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Community Engagement'));
    await panel.setViewportSize({ width: panelViewport.width, height: 2400 });
    await waitForSettled(panel);
    const map = region(panel, 'Where its parts are now');
    await expect(map).toContainText('Community Engagement, created in February 2015, was dissolved in November 2019; its teams had all moved to other departments by January 2020.');
    await expect(map).toContainText('The work of its 11 former parts is now with 7 known teams.');
    await expect(map).toContainText("Luis Villa (from February 2015), Maggie Dennis (February 2016 – January 2019), Valerie D'Costa (January 2019 – November 2019)");
    await expect(panel.getByRole('region', { name: 'Owner unknown' })).toHaveCount(0);
    const rows = map.locator('.wf-successor');
    await expect(rows).toHaveCount(communityEngagementParts.length);
    for (const [index, [part, now]] of communityEngagementParts.entries()) {
      await expect(rows.nth(index).locator('.wf-successor__part')).toContainText(part.replace(/›/g, ' › '));
      // "probably X": the qualifier first, then the team (after its department, when it has one).
      const [, qualifier, team] = /^(probably |possibly )?(.*)$/.exec(now)!;
      await expect(rows.nth(index).locator('.wf-successor__now')).toContainText(team!);
      if (qualifier) await expect(rows.nth(index).locator('.wf-successor__now .wf-tag').first()).toHaveText(qualifier.trim());
    }
    await expect(partRow(panel, 'Community Relations')).toContainText('(earlier: Technical Collaboration, Community Liaisons)');
    await expect(partRow(panel, 'Support and Safety').getByRole('link', { name: 'ca@wikimedia.org' })).toHaveAttribute('href', 'mailto:ca@wikimedia.org');
    await expect(map.locator('.wf-successor__sources').first()).toContainText(/source/);

    // The small diagram: the department, then one box per team that holds its work now.
    const diagram = map.getByRole('figure');
    await expect(diagram.locator('.wf-diagram__then')).toContainText('Community Engagement');
    const now = diagram.locator('.wf-diagram__now a');
    await expect(now).toHaveCount(7);
    await expect(diagram.locator('.wf-diagram__node--unknown')).toContainText('One part: not known');
    await expect(now.filter({ hasText: 'Trust and Safety' })).toHaveAttribute('href', '/directory.html?team=team%3Atrust-and-safety');
    // Every box is a link the keyboard reaches.
    await diagram.locator('.wf-diagram__then a').focus();
    await panel.keyboard.press('Tab');
    await expect(now.first()).toBeFocused();
    await saveScreenshot(panel, 'panel-successor-map-community-engagement');
  });

  for (const { title, parts } of [
    { title: 'Program Capacity and Learning', parts: [['Learning and Evaluation', 'Movement Insights'], ['Programs › GLAM', 'Content Enablement'], ['Programs › The Wikipedia Library', 'probably Content Enablement']] },
    { title: 'Community Programs team', parts: [['Wikipedia Education Program', 'Education'], ['GLAM', 'Content Enablement'], ['The Wikipedia Library', 'probably Content Enablement']] },
    { title: 'Support, Safety and Programs', parts: [['Support and Safety', 'Trust and Safety'], ['Programs › Wikipedia Education Program', 'Education']] },
    { title: 'Technical Collaboration', parts: [['Community Relations', 'Community Relations Specialists'], ['Developer Relations', 'Now: not known']] },
  ]) {
    test(`${title} lists each part and where it is now`, async ({ openPanel }) => {
      const panel = await openPanel(metaUrl(title));
      await waitForSettled(panel);
      await expect(region(panel, 'Where its parts are now')).toContainText('split');
      const rows = region(panel, 'Where its parts are now').locator('.wf-successor');
      for (const [part, now] of parts) await expect(rows.filter({ has: panel.locator('.wf-successor__part', { hasText: part! }) }).first()).toContainText(now!);
    });
  }

  test('an IdeaLab page leads to Community Resources through Resources, probably, with IdeaLab’s own status unknown', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Grants:IdeaLab'));
    await waitForSettled(panel);
    const owner = region(panel, 'Owned now by');
    await expect(owner.locator('.wf-owner__team')).toContainText('probably Community Resources');
    await expect(owner).toContainText('IdeaLab campaigns was part of Resources (grantmaking), which became Community Resources; this answer follows Resources (grantmaking).');
    await expect(owner).toContainText('The status of IdeaLab campaigns itself is unknown.');
    await expect(owner.getByRole('figure')).toContainText('IdeaLab campaigns');
    await expect(owner.getByRole('figure').locator('.wf-diagram__now')).toContainText('probably Community Resources');
  });

  test('the successor map and its diagram read right to left in Hebrew, at 320 px, in dark mode, with no axe violations', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Community Engagement'));
    await storeSettings(panel, { language: 'he' });
    await panel.setViewportSize({ width: 320, height: 2400 });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await waitForSettled(panel);
    await expect(panel.locator('html')).toHaveAttribute('dir', 'rtl');
    const map = panel.getByRole('region', { name: 'היכן חלקיו כיום' });
    await expect(map).toContainText('Community Engagement');
    // The arrow's line runs along the inline start, which is the right edge in right to left.
    const arrow = await map.locator('.wf-diagram__arrow').boundingBox();
    const then = await map.locator('.wf-diagram__then a').boundingBox();
    expect(arrow!.x + arrow!.width).toBeGreaterThan(then!.x + then!.width / 2);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await panel.locator('details').evaluateAll((disclosures) => disclosures.forEach((details) => details.setAttribute('open', '')));
    await expectNoViolations(panel);
    await saveScreenshot(panel, 'panel-successor-map-rtl-dark');
  });
});
