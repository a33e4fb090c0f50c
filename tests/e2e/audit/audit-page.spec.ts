import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { generatedIdeaCategory, generatedIdeaCount, generatedIdeaTitlePrefix } from '../../wiki/generated-pages';
import { expect, metaUrl, test } from '../fixtures';
import { popupViewport, resetSettings, saveScreenshot, storeSettings } from '../ui/ui-helpers';

// The audit page (audit.html) as a maintainer uses it, in real Chromium against the local wiki:
// the form by keyboard alone, rows streaming in from the background's run, sorting, filtering,
// paging and exporting. The background's side of a run (batches, faults, resuming) is
// tests/e2e/audit/audit-run.spec.ts.

const opened: Page[] = [];

async function openAudit(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  opened.push(page);
  await page.goto(`chrome-extension://${extensionId}/audit.html${query}`);
  await expect(page.locator('main[aria-busy="false"]')).toBeVisible();
  return page;
}

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
}

/** Presses Tab until `target` has the focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, most = 30): Promise<void> {
  for (let presses = 0; presses < most && !(await target.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const runState = (page: Page) => page.locator('.wf-audit-progress__state');
const bodyRows = (page: Page) => page.locator('#wf-audit-table tbody tr');
const firstTitle = (page: Page) => bodyRows(page).first().locator('th');
const ideaTitle = (number: number) => `${generatedIdeaTitlePrefix}${String(number).padStart(2, '0')}`;
/** The category holds the generated ideas and one written by hand (tests/fixtures/wiki/README.md), which sorts after them. */
const handWrittenIdea = 'Grants:IdeaLab/Ideas/Offline reading circles for small-language wikis';
const categoryMembers = generatedIdeaCount + 1;

test.describe('the audit page', () => {
  test.setTimeout(120_000);
  test.afterEach(async ({ openOptions, wiki }) => {
    wiki.front.setLatency(0);
    wiki.front.clearFaults();
    await resetSettings(await openOptions());
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });

  test('fills its form from the link that opened it', async ({ extensionContext, extensionId }) => {
    const page = await openAudit(extensionContext, extensionId, `?host=meta.wikimedia.org&kind=prefix&namespace=200&prefix=${encodeURIComponent('Project/Rapid')}`);
    await expect(page).toHaveTitle('Audit pages');
    await expect(page.getByRole('radio', { name: 'Titles starting with a prefix' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Namespace number' })).toHaveValue('200');
    await expect(page.getByRole('textbox', { name: 'Title prefix' })).toHaveValue('Project/Rapid');

    const team = await openAudit(extensionContext, extensionId, '?kind=team&team=team%3Atrust-and-safety');
    await expect(team.getByRole('radio', { name: "A registry team's pages" })).toBeChecked();
    await expect(team.getByRole('textbox', { name: 'Team' })).toHaveValue('team:trust-and-safety');
    await expect(team.getByRole('textbox', { name: 'Wiki' })).toHaveValue('meta.wikimedia.org');
  });

  test("is opened from the panel's footer, the popup and the directory, set up for what they show", async ({ extensionContext, extensionId, openPanel, openPopup }) => {
    /** Follows a link that opens the audit in a new tab, as a click does. */
    const follow = async (link: Locator): Promise<Page> => {
      const [page] = await Promise.all([extensionContext.waitForEvent('page'), link.click()]);
      opened.push(page);
      await expect(page.locator('main[aria-busy="false"]')).toBeVisible();
      return page;
    };
    const panel = await openPanel(metaUrl('Category:Archives'));
    opened.push(panel);
    const members = await follow(panel.getByRole('link', { name: 'Audit pages like this' }));
    await expect(members.getByRole('radio', { name: 'A category and its subcategories' })).toBeChecked();
    await expect(members.getByRole('textbox', { name: 'Category' })).toHaveValue('Category:Archives');

    const popup = await openPopup();
    opened.push(popup);
    const empty = await follow(popup.getByRole('link', { name: 'Audit many pages' }));
    await expect(empty).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/audit\\.html$`));

    const directory = await extensionContext.newPage();
    opened.push(directory);
    await directory.goto(`chrome-extension://${extensionId}/directory.html#team:trust-and-safety`);
    const card = directory.locator('article.wf-team', { has: directory.getByRole('heading', { name: 'Trust and Safety', exact: true }) });
    const team = await follow(card.getByRole('link', { name: "Audit this team's pages" }));
    await expect(team.getByRole('radio', { name: "A registry team's pages" })).toBeChecked();
    await expect(team.getByRole('textbox', { name: 'Team' })).toHaveValue('team:trust-and-safety');
  });

  test('says what is wrong with the form, at the field, before sending anything', async ({ extensionContext, extensionId }) => {
    const page = await openAudit(extensionContext, extensionId, '?host=example.org');
    await page.getByRole('button', { name: 'Start audit' }).click();
    const host = page.getByRole('textbox', { name: 'Wiki' });
    await expect(host).toBeFocused();
    await expect(host).toHaveAttribute('aria-invalid', 'true');
    await expect(host).toHaveAccessibleDescription(/Not the host name of a Wikimedia wiki/);
    await expect(page.getByRole('textbox', { name: 'Category' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
  });

  test('audits a category, operated by keyboard alone: rows come in, sort, filter, page and export', async ({ extensionContext, extensionId }) => {
    const page = await openAudit(extensionContext, extensionId);
    await expectNoViolations(page);

    // The kind: a category is the first choice, and already chosen.
    const categoryKind = page.getByRole('radio', { name: 'A category and its subcategories' });
    await tabTo(page, categoryKind);
    await expect(categoryKind).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Wiki' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Category' })).toBeFocused();
    await page.keyboard.type(generatedIdeaCategory.replace(/^Category:/, ''));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Subcategory depth' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Start audit' }), 3);
    await page.keyboard.press('Enter');

    await expect(runState(page)).toHaveText('Done.', { timeout: 90_000 });
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.locator('.wf-audit-filters__count')).toHaveText(`${categoryMembers} pages match`);
    await expect(page.locator('.wf-audit-summary__item').first()).toContainText(String(categoryMembers));
    // The chart's numbers are text, and add up to every page read.
    const stateCounts = await page.locator('#wf-audit-chart-states + ul .wf-audit-chart__count').allInnerTexts();
    expect(stateCounts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(categoryMembers);
    await expectNoViolations(page);

    // Sort by page, both ways, from the header button.
    const pageHeader = page.getByRole('columnheader', { name: 'Page', exact: true });
    await tabTo(page, pageHeader.getByRole('button'), 60);
    await page.keyboard.press('Enter');
    await expect(pageHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstTitle(page)).toContainText(ideaTitle(1));
    await page.keyboard.press('Enter');
    await expect(pageHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(firstTitle(page)).toContainText(handWrittenIdea);
    await expect(page.getByRole('columnheader', { name: 'Owner now' })).toHaveAttribute('aria-sort', 'none');

    // Page: 25 rows a page, then the next page.
    const pageSize = page.getByRole('combobox', { name: 'Rows a page' });
    await pageSize.focus();
    await pageSize.selectOption('25');
    await expect(bodyRows(page)).toHaveCount(25);
    await expect(page.locator('.wf-audit-pager__where')).toContainText(`Page 1 of ${Math.ceil(categoryMembers / 25)}`);
    const next = page.getByRole('button', { name: 'Next' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.wf-audit-pager__where')).toContainText('Page 2 of');
    // Descending: the hand-written idea, then the generated ones from the last; the 26th row is the 25th of those.
    await expect(firstTitle(page)).toContainText(ideaTitle(generatedIdeaCount - 24));
    await expect(page.getByRole('button', { name: 'Previous' })).toBeEnabled();

    // Filter by text: back to the first page, with the count announced.
    await page.getByRole('searchbox', { name: 'Filter the pages' }).focus();
    await page.keyboard.type('idea 07');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(page.locator('.wf-audit-filters__count')).toHaveText('One page matches');
    await expect(page.locator('.wf-audit-pager__where')).toContainText('Page 1 of 1');
    const row = bodyRows(page).first();
    await expect(row.getByRole('link', { name: ideaTitle(7), exact: true })).toHaveAttribute('href', /^https:\/\/meta\.wikimedia\.org\/wiki\/Grants:IdeaLab\/Ideas\/Fixture_idea_07$/);
    await expect(row.getByRole('link', { name: 'talk', exact: true })).toHaveAttribute('href', /\/wiki\/Grants_talk:IdeaLab\/Ideas\/Fixture_idea_07$/);
    await expect(row.getByRole('link', { name: /Report outdated/ })).toHaveAttribute('href', /action=edit&section=new/);
    await page.getByRole('searchbox', { name: 'Filter the pages' }).fill('');
    await saveScreenshot(page, 'audit-category');

    // Export: every row, whatever the filter shows.
    const csv = page.getByRole('button', { name: 'CSV' });
    await csv.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^wayfinder-audit-meta\.wikimedia\.org-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const [header, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('page,page URL,status,owner,department,confidence,certainty,lineage,historical,team page,team page state,last edit,last editor,sources,audit,audit started,audit finished,failure');
    expect(lines).toHaveLength(categoryMembers);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as { rows: { title: string }[] };
    expect(exported.rows).toHaveLength(categoryMembers);
    expect(exported.rows.map((row) => row.title)).toContain(handWrittenIdea);

    const [wikitext] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Wikitext' }).click()]);
    expect(wikitext.suggestedFilename()).toMatch(/\.txt$/);
    const table = await readFile((await wikitext.path())!, 'utf8');
    expect(table).toMatch(/^\{\|/m);
    expect(table).toMatch(/^\|\}/m);
    // One row a page, each opened with `|-`, under the header row.
    expect(table.match(/^\|-/gm)?.length).toBeGreaterThanOrEqual(categoryMembers);
  });

  test('audits a pasted list, and shows the lines it left out', async ({ extensionContext, extensionId }) => {
    const page = await openAudit(extensionContext, extensionId);
    const titlesKind = page.getByRole('radio', { name: 'A list of titles or URLs' });
    // Arrow keys move through the kinds, as in any radio group.
    await tabTo(page, page.getByRole('radio', { name: 'A category and its subcategories' }));
    for (let presses = 0; presses < 4; presses += 1) await page.keyboard.press('ArrowDown');
    await expect(titlesKind).toBeChecked();
    await expect(titlesKind).toBeFocused();
    const list = page.getByRole('textbox', { name: 'Titles or URLs' });
    await tabTo(page, list, 3);
    await page.keyboard.type('Support and Safety\nhttps://meta.wikimedia.org/wiki/Grants:Project/Rapid\nhttps://en.wikipedia.org/wiki/Elsewhere\nSpecial:RecentChanges');
    await tabTo(page, page.getByRole('button', { name: 'Start audit' }), 3);
    await page.keyboard.press('Enter');

    const pasted = page.locator('.wf-audit-pasted');
    await expect(pasted).toContainText('2 titles to read.');
    await expect(pasted).toContainText('2 lines were left out:');
    await expect(pasted).toContainText('https://en.wikipedia.org/wiki/Elsewhere: a page of another wiki');
    await expect(pasted).toContainText('Special:RecentChanges: a special page');

    await expect(runState(page)).toHaveText('Done.', { timeout: 60_000 });
    await expect(page.locator('#wf-audit-progress-count')).toContainText('2 of 2 pages read');
    await expect(bodyRows(page)).toHaveCount(2);
    const safety = bodyRows(page).filter({ has: page.getByRole('link', { name: 'Support and Safety', exact: true }) });
    await expect(safety.locator('td').first()).toContainText('Trust and Safety');
    await expectNoViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page);

    // At 320 px the page never scrolls sideways: the table scrolls in its own box.
    await page.setViewportSize(popupViewport);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  });

  test('pauses and resumes; waits when the wiki fails, says why and until when; cancels', async ({ extensionContext, extensionId, wiki }) => {
    // Slow answers keep the run reading long enough to pause it.
    wiki.front.setLatency(1500);
    const page = await openAudit(extensionContext, extensionId, `?kind=category&category=${encodeURIComponent(generatedIdeaCategory)}&depth=0`);
    await page.getByRole('button', { name: 'Start audit' }).click();
    await expect(runState(page)).toHaveText('Reading pages…', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(runState(page)).toHaveText('Paused.');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    await expectNoViolations(page);

    wiki.front.setLatency(0);
    wiki.front.injectFault({ kind: '500', match: /^\/w\/api\.php/, count: 10_000 });
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(runState(page)).toHaveText('Waiting for the wiki.', { timeout: 60_000 });
    await expect(page.locator('.wf-audit-progress')).toContainText('Trying again by itself at');
    await expect(page.locator('.wf-audit-progress .wf-message')).toContainText('Last problem:');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(runState(page)).toHaveText('Cancelled.');
    await expect(page.locator('.wf-audit-controls button')).toHaveCount(0);
  });

  test('in Hebrew: right to left, the bars growing from the right, no axe violations', async ({ extensionContext, extensionId }) => {
    const page = await openAudit(extensionContext, extensionId, `?kind=category&category=${encodeURIComponent(generatedIdeaCategory)}&depth=0`);
    await storeSettings(page, { language: 'he' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ביקורת דפים');
    await page.getByRole('button', { name: 'התחלת הביקורת' }).click();
    await expect(page.locator('.wf-audit-chart__fill').first()).toBeVisible({ timeout: 90_000 });
    await expect(bodyRows(page)).toHaveCount(categoryMembers, { timeout: 90_000 });
    const track = (await page.locator('.wf-audit-chart__track').first().boundingBox())!;
    const fill = (await page.locator('.wf-audit-chart__fill').first().boundingBox())!;
    expect(Math.abs(fill.x + fill.width - (track.x + track.width))).toBeLessThan(1);
    await expectNoViolations(page);
    await saveScreenshot(page, 'audit-rtl-hebrew');
  });
});
