import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, metaUrl, test } from '../fixtures';
import { panelViewport, region, waitForSettled } from './ui-helpers';

// Issue 12: one real page of each family the registry covers, from the local wiki's corpus
// (tests/fixtures/wiki), and what a reader sees beside it once every live part has loaded: the
// Foundation team that owns it, the community body or affiliate that runs it and where to ask,
// or, for affiliates and bodies the registry does not describe, that no Foundation team owns it.

/** The panel's English messages: the spec reads the wording the panel shows instead of copying it. */
const messages = JSON.parse(readFileSync('i18n/en.json', 'utf8')) as Record<string, string>;

function message(key: string, ...params: string[]): string {
  const text = messages[key];
  if (text === undefined) throw new Error(`i18n/en.json has no message ${key}`);
  return params.reduce((result, param, index) => result.replaceAll(`$${index + 1}`, param), text);
}

type Expected =
  | { title: string; answer: 'team'; team: string; department: string }
  | { title: string; answer: 'run-by'; kind: 'community' | 'affiliate'; body: string; askAt: string }
  | { title: string; answer: 'no-team' };

const metaCommunity = { body: 'Meta-Wiki community', askAt: 'Wikimedia Forum' };

const pages: Expected[] = [
  { title: 'Office actions', answer: 'team', team: 'Trust and Safety', department: 'Legal' },
  { title: 'Grants:Programs/Wikimedia Community Fund/Rapid Fund', answer: 'team', team: 'Community Resources', department: 'Advancement' },
  { title: 'Wikimedia Foundation/Product and Technology/Product Safety and Integrity', answer: 'team', team: 'Product Safety and Integrity', department: 'Product and Technology' },
  { title: 'Wikimedia Foundation Annual Plan/2025-2026/Product & Technology OKRs', answer: 'team', team: 'Product and Technology', department: 'Product and Technology' },
  { title: 'Meta:Babel', answer: 'run-by', kind: 'community', ...metaCommunity },
  { title: 'Requests for comment', answer: 'run-by', kind: 'community', ...metaCommunity },
  { title: 'Wikimedia Forum', answer: 'run-by', kind: 'community', ...metaCommunity },
  { title: 'Steward requests/Permissions', answer: 'run-by', kind: 'community', body: 'Stewards', askAt: 'Steward requests/Global' },
  { title: 'Requests for new languages', answer: 'run-by', kind: 'community', body: 'Language committee', askAt: 'Talk:Language committee' },
  { title: 'Capacity Exchange', answer: 'run-by', kind: 'affiliate', body: 'Wikimedia Brasil (Capacity Exchange)', askAt: 'Capacity Exchange/FAQ' },
  // The Event: family's only real title, in Meta's own namespace, which the community runs.
  { title: 'Meta:Event Organizers', answer: 'run-by', kind: 'community', ...metaCommunity },
  { title: 'Wikimedia chapters/Reports/Wikimedia Österreich/February 2015', answer: 'run-by', kind: 'affiliate', body: 'Wikimedia chapters', askAt: 'Wikimedia chapters' },
  { title: 'Wikipedia & Education User Group/Announcements/Call for Support', answer: 'no-team' },
  { title: 'Wikimania Committee', answer: 'run-by', kind: 'community', body: 'Wikimania Committee', askAt: 'Wikimania Committee' },
  { title: 'Movement Charter', answer: 'run-by', kind: 'community', body: 'Movement Charter Drafting Committee', askAt: 'Talk:Movement Charter' },
  // Dissolved in April 2023; a stated absorption leads to today's owner, so no hedge.
  { title: 'Movement Strategy and Governance', answer: 'team', team: 'Office of the CEO', department: 'Office of the CEO' },
];

const summaryOf = (page: Expected) => (page.answer === 'team' ? page.team : page.answer === 'run-by' ? `run by ${page.body}` : 'no Foundation team');

test.describe('page families: who owns or runs each', () => {
  for (const page of pages) {
    test(`${page.title}: ${summaryOf(page)}`, async ({ openPanel }) => {
      const panel = await openPanel(metaUrl(page.title));
      await panel.setViewportSize(panelViewport);
      await waitForSettled(panel);
      await expect(panel.getByRole('heading', { level: 1 })).toContainText(page.title);
      const owner = region(panel, message('wayfinder-owner-heading'));
      const runBy = { community: region(panel, message('wayfinder-run-by-community')), affiliate: region(panel, message('wayfinder-run-by-affiliate')) };
      const unknown = region(panel, message('wayfinder-unknown-heading'));

      let shown: Locator;
      if (page.answer === 'team') {
        shown = owner;
        // Exactly the team's name: no "probably" or "possibly", since a stated rule places it.
        await expect(owner.locator('.wf-owner__team')).toHaveText(page.team);
        await expect(owner).toContainText(message('wayfinder-owner-department', page.department));
      } else if (page.answer === 'run-by') {
        shown = runBy[page.kind];
        await expect(shown.locator('.wf-owner__team')).toHaveText(page.body);
        await expect(shown).toContainText(message('wayfinder-run-by-ask-at', page.askAt));
        await expect(shown.getByRole('link', { name: page.askAt, exact: true })).toHaveAttribute('href', metaUrl(page.askAt));
      } else {
        shown = unknown;
        await expect(unknown).toContainText(message('wayfinder-unknown-intro'));
        await unknown.locator('details').evaluate((details) => details.setAttribute('open', ''));
        await expect(unknown.locator('.wf-confidence__reasons')).toContainText(message('wayfinder-reason-no-match'));
      }
      // One answer only: a page with a team is never also said to be run by the community, and so on.
      for (const card of [owner, runBy.community, runBy.affiliate, unknown]) if (card !== shown) await expect(card).toHaveCount(0);
    });
  }
});
