import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, metaUrl, test } from '../fixtures';
import { popupViewport, resetSettings, saveScreenshot, saveViewportScreenshot, storeSettings, waitForSettled } from './ui-helpers';

/** The built-in registry's teams, as the build under test ships them. */
const builtinTeams = (JSON.parse(readFileSync('utils/registry/builtin/registry.json', 'utf8')) as { teams: { id: string; name: string }[] }).teams;
const elementId = (teamId: string) => teamId.replace(/^team:/, 'team-');

const opened: Page[] = [];

/** `viewport` before the page loads: a resize after it reflows the page away from where it scrolled. */
async function openDirectory(context: BrowserContext, extensionId: string, address = '', viewport?: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  opened.push(page);
  if (viewport !== undefined) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId}/directory.html${address}`);
  await expect(page.locator('main[aria-busy="false"]')).toBeVisible();
  await expect(page.locator('article.wf-team').first()).toBeVisible();
  return page;
}

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

/** Relative luminance (0 black – 1 white) of a computed CSS colour. */
async function luminanceOf(page: Page, selector: string, property: 'fill' | 'color' | 'background-color'): Promise<number> {
  const colour = await page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const linear = (value: number) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

async function expectShownAndFocused(page: Page, teamId: string): Promise<void> {
  const card = page.locator(`#${elementId(teamId)}`);
  await expect(card).toBeFocused();
  await expect(card).toHaveClass(/wf-team--highlighted/);
  await expect(card).toBeInViewport();
}

test.describe('the team directory', () => {
  test.afterEach(async ({ openOptions }) => {
    await resetSettings(await openOptions());
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });

  test('shows every team of the registry, by department, with how many there are', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId);
    await expect(page).toHaveTitle('Team directory');
    const cards = page.locator('article.wf-team');
    // Built once the first screen (search and diagram) is drawn, with nothing to ask for them.
    await expect(page.getByRole('region', { name: 'Teams by department' })).toHaveAttribute('aria-busy', 'false');
    await expect(cards).toHaveCount(builtinTeams.length);
    for (const team of builtinTeams) {
      await expect(page.locator(`#${elementId(team.id)}`).getByRole('heading', { level: 3 })).toHaveText(team.name);
    }
    await expect(page.getByRole('search').getByRole('status')).toHaveText(`${builtinTeams.length} teams`);
    // Each team once in the diagram too, as a link to its card.
    await expect(page.locator('a.wf-graph__node')).toHaveCount(builtinTeams.length);
    await expect(page.getByRole('link', { name: 'Support and Safety historical', exact: true })).toHaveAttribute('href', '#team-ce-support-and-safety');
    await expect(page.getByRole('heading', { level: 2, name: 'Department unknown' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Legal' })).toBeVisible();

    // A historical team's card says where its work is now, and how it got there.
    const supportAndSafety = page.locator('#team-ce-support-and-safety');
    await expect(supportAndSafety).toContainText('Historical team');
    await expect(supportAndSafety.locator('.wf-team__now')).toContainText('Trust and Safety, in Legal');
    await expect(supportAndSafety.locator('.wf-team__lineage')).toContainText('Formerly Community Advocacy (renamed)');
    await expect(supportAndSafety.locator('.wf-team__lineage')).toContainText('Moved to another department as Trust and Safety');
    // A split lists where each part went; an unknown step says so.
    await expect(page.locator('#team-ce-programs .wf-team__now')).toContainText('Its work was split:');
    await expect(page.locator('#team-ce-technical-collaboration .wf-team__now')).toContainText('Developer Relations: not known');
    // Programmes the team runs and its sources, with the date each was checked.
    const resources = page.locator('#team-community-resources');
    await expect(resources.locator('.wf-team__programmes')).toContainText('Programmes it runs');
    await expect(resources.locator('.wf-team__programmes')).toContainText('Rapid Fund');
    await expect(resources.locator('.wf-team__sources-section')).toContainText('verified');
    await saveScreenshot(page, 'directory');
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveViewportScreenshot(page, 'directory-first-screen');
  });

  test('search narrows as you type and announces the count', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId);
    const cards = page.locator('article.wf-team');
    const search = page.getByRole('searchbox', { name: 'Search teams' });
    const count = page.getByRole('search').getByRole('status');

    await search.focus();
    await page.keyboard.type('trust');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toHaveAttribute('id', 'team-trust-and-safety');
    await expect(count).toHaveText('One team matches');

    // By a liaison's name, ignoring accents and case.
    await search.fill('LITRENTA');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toHaveAttribute('id', 'team-community-relations-specialists');

    // By department.
    await search.fill('community engagement');
    const inDepartment = await cards.count();
    expect(inDepartment).toBeGreaterThan(5);
    await expect(count).toHaveText(`${inDepartment} teams match`);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(['Community Engagement']);

    await search.fill('zzz no such team');
    await expect(cards).toHaveCount(0);
    await expect(count).toHaveText('No team matches.');

    await search.fill('');
    await expect(cards).toHaveCount(builtinTeams.length);
  });

  test('Tab reaches the diagram, each node shows its focus, and Enter goes to the team', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId);
    const diagram = page.getByRole('group', { name: 'Lineage of every team' });
    await expect(diagram).toHaveAttribute('aria-describedby', 'wf-diagram-description');
    await expect(page.locator('#wf-diagram-description')).toContainText('Each box is a team');
    await expect(page.getByRole('link', { name: /Text version/ })).toHaveAttribute('href', '#wf-directory-teams');

    await page.getByRole('searchbox', { name: 'Search teams' }).focus();
    const nodes = page.locator('a.wf-graph__node');
    for (let presses = 0; presses < 5 && !(await nodes.first().evaluate((node) => node === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(nodes.first()).toBeFocused();
    await page.keyboard.press('Tab');
    const second = nodes.nth(1);
    await expect(second).toBeFocused();
    // The focus ring is drawn: its stroke is a colour, not transparent.
    const ring = await second.locator('.wf-graph__focus').evaluate((rect) => getComputedStyle(rect).stroke);
    expect(ring).not.toMatch(/transparent|none|rgba\(0, 0, 0, 0\)/);

    const target = (await second.getAttribute('href'))!;
    expect(target).toMatch(/^#team-/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expectShownAndFocused(page, target.replace(/^#team-/, 'team:'));

    // A link between cards leads on the same way, even past a search that hid the target.
    await page.getByRole('searchbox', { name: 'Search teams' }).fill('support and safety');
    await page.locator('#team-ce-support-and-safety').getByRole('link', { name: 'Trust and Safety' }).first().click();
    await expect(page.getByRole('searchbox', { name: 'Search teams' })).toHaveValue('');
    await expectShownAndFocused(page, 'team:trust-and-safety');
  });

  for (const address of ['#team:trust-and-safety', '?team=team:trust-and-safety', '?team=team%3Atrust-and-safety']) {
    test(`opens at one team from ${address}`, async ({ extensionContext, extensionId }) => {
      const page = await openDirectory(extensionContext, extensionId, address, popupViewport);
      await expectShownAndFocused(page, 'team:trust-and-safety');
      await expect(page.locator('.wf-team--highlighted')).toHaveCount(1);
    });
  }

  test('has no horizontal page scroll at 320 px: the diagram scrolls in its own box', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId);
    await page.setViewportSize(popupViewport);
    const sizes = await page.evaluate(() => {
      const graph = document.querySelector('.wf-graph')!;
      return { page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, graph: graph.scrollWidth, graphBox: graph.clientWidth };
    });
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    expect(sizes.graph).toBeGreaterThan(sizes.graphBox);
    for (const card of await page.locator('article.wf-team').all()) {
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(popupViewport.width);
    }
    await saveScreenshot(page, 'directory-320');
  });

  test('axe: no violations in light mode, with a search', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId, '#team:trust-and-safety');
    await expectNoViolations(page);
    await page.getByRole('searchbox', { name: 'Search teams' }).fill('zzz no such team');
    await expect(page.getByRole('search').getByRole('status')).toHaveText('No team matches.');
    await expectNoViolations(page);
  });

  test('axe: no violations in dark mode, drawn in dark colours', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId);
    const light = { box: await luminanceOf(page, '.wf-graph__node--active .wf-graph__box', 'fill'), text: await luminanceOf(page, '.wf-graph__text', 'fill') };
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => luminanceOf(page, 'body', 'background-color')).toBeLessThan(0.1);
    const dark = { box: await luminanceOf(page, '.wf-graph__node--active .wf-graph__box', 'fill'), text: await luminanceOf(page, '.wf-graph__text', 'fill') };
    expect(light.box).toBeGreaterThan(0.8);
    expect(light.text).toBeLessThan(0.1);
    expect(dark.box).toBeLessThan(0.1);
    expect(dark.text).toBeGreaterThan(0.5);
    await expectNoViolations(page);
    await saveScreenshot(page, 'directory-dark-mode');
  });

  test('in Hebrew: right to left, the diagram mirrored, no axe violations', async ({ extensionContext, extensionId }) => {
    const page = await openDirectory(extensionContext, extensionId);
    await storeSettings(page, { language: 'he' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('מדריך הצוותים');
    await expect(page.getByRole('search').getByRole('status')).toHaveText(`${builtinTeams.length} צוותים`);
    // Earlier teams stand right of later ones.
    const x = async (teamId: string) => (await page.locator(`a.wf-graph__node[href="#${elementId(teamId)}"]`).boundingBox())!.x;
    expect(await x('team:ce-support-and-safety')).toBeGreaterThan(await x('team:trust-and-safety'));
    // The diagram's box starts at the right edge, at the start of its scroll.
    const graph = await page.locator('.wf-graph').evaluate((element) => ({ scroll: element.scrollLeft, width: element.scrollWidth, box: element.clientWidth }));
    expect(graph.scroll).toBeLessThanOrEqual(0);
    expect(graph.width).toBeGreaterThan(graph.box);
    await expectNoViolations(page);
    await page.setViewportSize(popupViewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await saveScreenshot(page, 'directory-rtl-hebrew');
  });

  test('opens in a new tab from the popup, the options page and the side panel', async ({ extensionContext, openPopup, openOptions, openPanel }) => {
    const follow = async (page: Page, name: string) => {
      const opened = extensionContext.waitForEvent('page');
      await page.getByRole('link', { name }).click();
      const directory = await opened;
      await expect(directory).toHaveURL(/\/directory\.html$/);
      await expect(directory.locator('article.wf-team')).toHaveCount(builtinTeams.length);
      await directory.close();
    };
    await follow(await openPopup(), 'Team directory');
    await follow(await openOptions(), 'Team directory');
    const panel = await openPanel(metaUrl('Support and Safety'));
    await waitForSettled(panel);
    await follow(panel, 'All teams');
  });
});
