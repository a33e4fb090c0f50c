import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../utils/audit/audit-row';
import { auditTableView, filterAuditRows, nextAuditSort, shortLineage, sortAuditRows } from '../../../utils/view/audit-table';
import { auditRowOf, auditTeam } from '../audit/audit-rows';

const team = auditTeam;
const row = auditRowOf;

const safety = team('team:trust-and-safety', 'Trust and Safety');
const resources = team('team:community-resources', 'Community Resources');
const rows: AuditRow[] = [
  row('Grants:Start', { status: 'owned', owner: resources, teamPage: { title: 'Community Resources', state: 'current', movedTo: null }, lastEdit: { timestamp: '2026-01-02T00:00:00Z', user: 'A' } }),
  row('Support and Safety', { status: 'owned', owner: safety, lineage: ['Support and Safety', 'Trust and Safety'], historical: true, teamPage: { title: 'Old', state: 'missing', movedTo: null } }),
  row('Übersicht', { status: 'community', runBy: 'Wikimedia Deutschland', lastEdit: { timestamp: '2025-05-01T00:00:00Z', user: 'B' } }),
  row('Page 10'),
  row('Page 9', { status: 'split', splitOwners: 2 }),
];
const titles = (list: readonly AuditRow[]) => list.map((item) => item.title);

describe('sorting the audit table', () => {
  it('sorts by title in the interface language, digits as numbers, either way round', () => {
    expect(titles(sortAuditRows(rows, { key: 'page', direction: 'ascending' }, 'en'))).toEqual(['Grants:Start', 'Page 9', 'Page 10', 'Support and Safety', 'Übersicht']);
    expect(titles(sortAuditRows(rows, { key: 'page', direction: 'descending' }, 'en'))).toEqual(['Übersicht', 'Support and Safety', 'Page 10', 'Page 9', 'Grants:Start']);
  });

  it('puts pages with no known owner last in both directions, in the order they came', () => {
    const ascending = titles(sortAuditRows(rows, { key: 'owner', direction: 'ascending' }, 'en'));
    expect(ascending).toEqual(['Grants:Start', 'Support and Safety', 'Übersicht', 'Page 10', 'Page 9']);
    const descending = titles(sortAuditRows(rows, { key: 'owner', direction: 'descending' }, 'en'));
    expect(descending).toEqual(['Übersicht', 'Support and Safety', 'Grants:Start', 'Page 10', 'Page 9']);
  });

  it('sorts team page problems first, and by last edit with never-edited pages first', () => {
    expect(titles(sortAuditRows(rows, { key: 'team-page', direction: 'ascending' }, 'en')).slice(0, 2)).toEqual(['Support and Safety', 'Grants:Start']);
    expect(titles(sortAuditRows(rows, { key: 'last-edit', direction: 'descending' }, 'en')).slice(0, 2)).toEqual(['Grants:Start', 'Übersicht']);
    expect(titles(sortAuditRows(rows, { key: 'historical', direction: 'descending' }, 'en'))[0]).toBe('Support and Safety');
  });

  it('leaves the rows as they came without a sort, and never sorts in place', () => {
    const copy = [...rows];
    expect(sortAuditRows(rows, null, 'en')).toEqual(rows);
    sortAuditRows(rows, { key: 'page', direction: 'descending' }, 'en');
    expect(rows).toEqual(copy);
  });

  it('cycles a header from ascending to descending, and starts a new column ascending', () => {
    expect(nextAuditSort(null, 'page')).toEqual({ key: 'page', direction: 'ascending' });
    expect(nextAuditSort({ key: 'page', direction: 'ascending' }, 'page')).toEqual({ key: 'page', direction: 'descending' });
    expect(nextAuditSort({ key: 'page', direction: 'descending' }, 'page')).toEqual({ key: 'page', direction: 'ascending' });
    expect(nextAuditSort({ key: 'page', direction: 'descending' }, 'owner')).toEqual({ key: 'owner', direction: 'ascending' });
  });
});

describe('filtering the audit table', () => {
  it('matches every word in the title, owner, lineage or team page, ignoring case and accents', () => {
    expect(titles(filterAuditRows(rows, { text: 'trust', status: 'all' }))).toEqual(['Support and Safety']);
    expect(titles(filterAuditRows(rows, { text: 'SUPPORT safety', status: 'all' }))).toEqual(['Support and Safety']);
    expect(titles(filterAuditRows(rows, { text: 'ubersicht', status: 'all' }))).toEqual(['Übersicht']);
    expect(titles(filterAuditRows(rows, { text: 'deutschland', status: 'all' }))).toEqual(['Übersicht']);
    expect(titles(filterAuditRows(rows, { text: 'community resources', status: 'all' }))).toEqual(['Grants:Start']);
    expect(filterAuditRows(rows, { text: '  ', status: 'all' })).toHaveLength(rows.length);
  });

  it('keeps to one status', () => {
    expect(titles(filterAuditRows(rows, { text: '', status: 'owned' }))).toEqual(['Grants:Start', 'Support and Safety']);
    expect(titles(filterAuditRows(rows, { text: 'page', status: 'split' }))).toEqual(['Page 9']);
    expect(filterAuditRows(rows, { text: '', status: 'not-applicable' })).toEqual([]);
  });
});

describe('paging the audit table', () => {
  const many = Array.from({ length: 10_000 }, (_, index) => row(`Page ${index + 1}`));
  const query = { sort: null, filter: { text: '', status: 'all' as const }, page: 0, pageSize: 100 };

  it('shows one page of rows, and where it is among them', () => {
    const view = auditTableView(many, { ...query, page: 2 }, 'en');
    expect(view).toMatchObject({ matching: 10_000, page: 2, pageCount: 100, first: 200 });
    expect(titles(view.rows)).toEqual(Array.from({ length: 100 }, (_, index) => `Page ${index + 201}`));
  });

  it('clamps a page past the end, or before the start, and counts one page for no rows', () => {
    expect(auditTableView(many, { ...query, page: 500 }, 'en')).toMatchObject({ page: 99, first: 9900 });
    expect(auditTableView(many, { ...query, page: -3 }, 'en')).toMatchObject({ page: 0, first: 0 });
    expect(auditTableView([], query, 'en')).toMatchObject({ rows: [], matching: 0, page: 0, pageCount: 1, first: 0 });
  });

  it('filters and sorts before paging, for 10,000 rows well within a frame budget', () => {
    const started = performance.now();
    const view = auditTableView(many, { sort: { key: 'page', direction: 'descending' }, filter: { text: 'page 99', status: 'all' }, page: 0, pageSize: 25 }, 'en');
    expect(performance.now() - started).toBeLessThan(1000);
    const matching = many.filter((item) => item.title.includes('99')).length;
    expect(view.matching).toBe(matching);
    expect(view.rows[0]!.title).toBe('Page 9999');
    expect(view.pageCount).toBe(Math.ceil(matching / 25));
  });
});

describe('the lineage in short', () => {
  it('keeps up to three names, else the first and last with how many are left out', () => {
    expect(shortLineage([])).toEqual({ names: [], skipped: 0 });
    expect(shortLineage(['A', 'B', 'C'])).toEqual({ names: ['A', 'B', 'C'], skipped: 0 });
    expect(shortLineage(['A', 'B', 'C', 'D', 'E'])).toEqual({ names: ['A', 'E'], skipped: 3 });
  });
});
