import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../utils/audit/audit-row';
import { reportOutdatedUrl } from '../../../utils/audit/report-outdated';
import { auditRowOf, auditTeam } from './audit-rows';

function row(overrides: Partial<AuditRow> = {}): AuditRow {
  return auditRowOf('Grants:Start', {
    status: 'owned',
    owner: auditTeam('team:community-resources', 'Community Resources'),
    confidence: 'exact',
    certainty: 'stated',
    sources: ['https://meta.wikimedia.org/wiki/Community_Resources'],
    ...overrides,
  });
}

const meta = 'meta.wikimedia.org';

function params(url: string | null): Record<string, string> {
  const parsed = new URL(url!);
  expect(parsed.origin + parsed.pathname).toBe('https://meta.wikimedia.org/w/index.php');
  return Object.fromEntries(parsed.searchParams);
}

describe('reportOutdatedUrl', () => {
  it("opens a new section on the page's talk page, its subject naming today's owner and the sources", () => {
    expect(params(reportOutdatedUrl(meta, row(), '2026-12-03T11:00:00.000Z'))).toEqual({
      title: 'Grants talk:Start',
      action: 'edit',
      section: 'new',
      preloadtitle: "Out of date? Wiki Wayfinder's registry gives this page's owner as Community Resources (2026-12-03); sources: https://meta.wikimedia.org/wiki/Community_Resources",
      // DiscussionTools' new topic tool takes the subject only with this (T269310).
      dtpreload: '1',
    });
  });

  it.each([
    ['Start', 'Talk:Start'],
    ['Meta:Wiki Wayfinder', 'Meta talk:Wiki Wayfinder'],
    ['User talk:Example', 'User talk:Example'],
  ])('reports %s on %s', (title, talk) => {
    expect(params(reportOutdatedUrl(meta, row({ title }), '2026-12-03')).title).toBe(talk);
  });

  it.each([
    [row({ status: 'split', owner: null, splitOwners: 3, sources: [] }), 'split between 3 teams (2026-12-03)'],
    [row({ status: 'community', owner: null, runBy: 'Wikimedia Deutschland', sources: [] }), 'run by Wikimedia Deutschland (2026-12-03)'],
    [row({ status: 'unknown', owner: null, sources: [] }), 'unknown (2026-12-03)'],
  ])('says who answers for the page when no one team does', (written, ending) => {
    expect(params(reportOutdatedUrl(meta, written, '2026-12-03')).preloadtitle).toBe(`Out of date? Wiki Wayfinder's registry gives this page's owner as ${ending}`);
  });

  it('keeps the subject within the summary limit, naming the sources that fit whole and counting the rest', () => {
    const sources = Array.from({ length: 20 }, (_, index) => `https://meta.wikimedia.org/wiki/Source_${index}_${'x'.repeat(30)}`);
    const subject = params(reportOutdatedUrl(meta, row({ sources }), '2026-12-03')).preloadtitle!;
    expect(subject.length).toBeLessThanOrEqual(500);
    const named = sources.filter((url) => subject.includes(`${url} `) || subject.includes(`${url} (`));
    expect(named.length).toBeGreaterThan(0);
    expect(subject.endsWith(` (+${sources.length - named.length} more)`)).toBe(true);
    expect(sources.slice(0, named.length)).toEqual(named);
  });

  it('gives no link for a page without a talk page or a host that is no wiki', () => {
    expect(reportOutdatedUrl(meta, row({ title: 'Special:Version' }), '2026-12-03')).toBeNull();
    expect(reportOutdatedUrl('example.org', row(), '2026-12-03')).toBeNull();
  });
});
