import { describe, expect, it } from 'vitest';
import { ownerCardView } from '../../../utils/view/owner-card';
import { pageHeaderView } from '../../../utils/view/page-header';
import { metaPage, report, trustAndSafetyOwnership, unknownOwnership } from './fixtures';

describe('pageHeaderView', () => {
  it.each([
    {
      msg: 'a historical translation reached by a redirect',
      page: metaPage('Support and Safety/pt'),
      report: report({
        ownership: {
          ...trustAndSafetyOwnership,
          topic: { title: 'Support and Safety/pt', host: 'meta.wikimedia.org', translationOf: { title: 'Support and Safety', language: 'pt' }, redirectedFrom: 'SuSa/pt' },
          reasons: [{ code: 'page-historical', params: [] }],
        },
      }),
      expected: { title: 'Support and Safety/pt', untitled: null, translationOf: { title: 'Support and Safety', language: 'pt' }, redirectedFrom: 'SuSa/pt', isHistorical: true },
    },
    {
      msg: 'a page known by id only, before any report',
      page: { ...metaPage('x'), title: null, namespace: null, pageId: 123 },
      report: null,
      expected: { title: null, untitled: { key: 'wayfinder-page-by-id', params: [123] }, translationOf: null, redirectedFrom: null, isHistorical: false },
    },
  ])('$msg', ({ page, report: given, expected }) => {
    expect(pageHeaderView(page, given)).toEqual({ host: 'meta.wikimedia.org', ...expected });
  });
});

describe('ownerCardView', () => {
  it('names the owner, its department and team page', () => {
    expect(ownerCardView(trustAndSafetyOwnership, report().teamPage)).toEqual({
      teamName: 'Trust and Safety',
      // The fixture's lineage has an indirect step, so the headline hedges.
      qualifier: { key: 'wayfinder-owner-qualifier-indirect', params: [] },
      department: 'Legal',
      departmentAsOf: null,
      teamStatus: 'active',
      teamPage: {
        title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety',
        href: 'https://meta.wikimedia.org/wiki/Wikimedia_Foundation/Legal/Community_Resilience_and_Sustainability/Trust_and_Safety',
      },
      teamPageWarnings: [],
    });
  });

  it.each([
    { msg: 'missing', change: { exists: false }, keys: ['wayfinder-team-page-missing'] },
    { msg: 'moved', change: { movedTo: 'Trust and Safety/Team' }, keys: ['wayfinder-team-page-moved'] },
    { msg: 'itself historical', change: { isHistorical: true }, keys: ['wayfinder-team-page-historical'] },
  ])('warns when the team page is $msg', ({ change, keys }) => {
    const view = ownerCardView(trustAndSafetyOwnership, { ...report().teamPage!, ...change });
    expect(view?.teamPageWarnings.map((warning) => warning.text.key)).toEqual(keys);
  });

  it('links the page a moved team page went to', () => {
    const view = ownerCardView(trustAndSafetyOwnership, { ...report().teamPage!, movedTo: 'Trust and Safety/Team' });
    expect(view?.teamPageWarnings[0]?.href).toBe('https://meta.wikimedia.org/wiki/Trust_and_Safety/Team');
  });

  it('has no card when the owner is unknown', () => {
    expect(ownerCardView(unknownOwnership, null)).toBeNull();
  });
});
