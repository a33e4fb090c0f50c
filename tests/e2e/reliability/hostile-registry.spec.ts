import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { LocalWiki } from '../../wiki/local-wiki';
import { loadHostileCases, type HostileCase } from '../../fixtures/hostile-registry/load-cases';
import { metaUrl, panelSettled } from '../fixtures';
import { expectInertPage } from './inert-page';
import { currentRevision, pointRegistryAt, restoreDefaultRegistry, storedRegistryState, waitForJudgement } from './registry-control';
import { expect, test } from './reliability-test';

// Issue 8, point 1: every page of tests/fixtures/hostile-registry is saved on the local wiki,
// the options page is pointed at it, the background fetches and judges it, and the side panel
// for Support and Safety (a Trust and Safety page) must show the verdict safely.
const cases = loadHostileCases();
// A fresh folder of titles per run, so every case is a new settings value and a new page.
const folder = `Meta:Wiki Wayfinder/Hostile/${Date.now().toString(36)}`;
const titleOf = (hostile: HostileCase) => `${folder}/${hostile.id}${hostile.contentModel === 'json' ? '.json' : ''}`;
// The fixture wiki's own on-wiki registry: it adds the liaison Erin Example to Trust and Safety,
// which shows in the panel exactly while this copy is in use.
const baselineText = readFileSync('tests/fixtures/wiki/pages/meta-wiki-wayfinder-registry.json', 'utf8');
const baselineEditor = 'Baseline Example';
const baselineTitle = `${folder}/Baseline.json`;

interface CaseFixtures {
  wiki: LocalWiki;
  extensionContext: BrowserContext;
  extensionId: string;
  openPanel: (pageUrl: string) => Promise<Page>;
}

test.describe.serial('hostile on-wiki registry pages, end to end', () => {
  let baselineRevision = 0;

  test.beforeAll(async ({ wiki, extensionContext, extensionId }) => {
    await wiki.editPage(baselineTitle, baselineText, { user: baselineEditor });
    baselineRevision = (await currentRevision(wiki, baselineTitle)).revisionId;
    await pointRegistryAt(extensionContext, extensionId, baselineTitle);
    const page = await extensionContext.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    expect(await waitForJudgement(page, baselineRevision)).toBe('accepted');
    await page.close();
  });

  test.afterAll(async ({ wiki, extensionContext, extensionId }) => {
    await restoreDefaultRegistry(extensionContext, extensionId, wiki);
  });

  const judge = async ({ wiki, extensionContext, extensionId, openPanel }: CaseFixtures, hostile: HostileCase) => {
    const title = titleOf(hostile);
    await wiki.editPage(title, hostile.text, { user: hostile.editor, summary: hostile.description });
    const { revisionId } = await currentRevision(wiki, title);
    await pointRegistryAt(extensionContext, extensionId, title);

    const panel = await openPanel(metaUrl('Support and Safety'));
    expect(await waitForJudgement(panel, revisionId)).toBe(hostile.expect.outcome);
    // The panel reads the registry per report: a new view shows the verdict.
    await panel.reload();
    await panelSettled(panel);
    const sources = panel.locator('footer');
    const liaisons = panel.getByRole('region', { name: 'Community Relations liaisons' });

    if (hostile.expect.outcome === 'refused') {
      await expect(sources).toContainText('The on-wiki registry is not in use:');
      const reasons = sources.locator('li').filter({ hasText: new RegExp(hostile.expect.reason) });
      await expect(reasons.first()).toBeVisible();
      if (hostile.expect.literal !== undefined) expect(await reasons.first().textContent()).toContain(hostile.expect.literal);
      // The last good copy stays: its revision is named and its liaison still listed.
      await expect(sources).toContainText(`On-wiki registry, revision ${baselineRevision} by ${baselineEditor}`);
      await expect(liaisons).toContainText('Erin Example');
    } else {
      await expect(sources).toContainText(`On-wiki registry, revision ${revisionId} by ${hostile.editor}`);
      await expect(sources).not.toContainText('not in use');
      const flag = sources.getByText(`Revision ${revisionId} by ${hostile.editor} changed`);
      await expect(flag).toHaveCount(hostile.expect.largeChange ? 1 : 0);
      for (const text of hostile.expect.shows) await expect(panel.locator('main')).toContainText(text);
    }
    await expectInertPage(panel, extensionId);

    // The team directory shows every text of the registry in use at once: it stays inert too.
    const directory = await extensionContext.newPage();
    await directory.goto(`chrome-extension://${extensionId}/directory.html`);
    await expect(directory.locator('main[aria-busy="false"]')).toBeVisible();
    await expectInertPage(directory, extensionId);
    await directory.close();
  };

  for (const hostile of cases.filter((candidate) => candidate.expect.outcome === 'refused')) {
    test(`${hostile.id}: ${hostile.description}`, ({ wiki, extensionContext, extensionId, openPanel }) => judge({ wiki, extensionContext, extensionId, openPanel }, hostile));
  }

  test('pointing back at the copy in use clears the last refusal', async ({ extensionContext, extensionId, openPanel }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    expect((await storedRegistryState(panel)).problemRevision).not.toBeNull();
    await pointRegistryAt(extensionContext, extensionId, baselineTitle);
    await expect.poll(() => storedRegistryState(panel)).toEqual({ lastGoodRevision: baselineRevision, problemRevision: null, largeChangeRevision: null });
    await panel.reload();
    await panelSettled(panel);
    await expect(panel.locator('footer')).toContainText(`On-wiki registry, revision ${baselineRevision} by ${baselineEditor}`);
    await expect(panel.locator('footer')).not.toContainText('not in use');
  });

  for (const hostile of cases.filter((candidate) => candidate.expect.outcome === 'accepted')) {
    test(`${hostile.id}: ${hostile.description}`, ({ wiki, extensionContext, extensionId, openPanel }) => judge({ wiki, extensionContext, extensionId, openPanel }, hostile));
  }
});
