import type { AuditRow, TeamPageState } from '../audit/audit-row';
import { rowOwner } from '../audit/audit-summary';
import type { OwnershipStatus } from '../ownership/ownership';

/** The table's sortable columns. */
export const auditSortKeys = ['page', 'owner', 'historical', 'team-page', 'last-edit'] as const;
export type AuditSortKey = (typeof auditSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export interface AuditSort {
  key: AuditSortKey;
  direction: SortDirection;
}

export interface AuditFilter {
  /** Words every shown row holds somewhere: its title, owner or lineage. */
  text: string;
  status: OwnershipStatus | 'all';
}

export const auditPageSizes: readonly number[] = [25, 50, 100];
export const defaultAuditPageSize = 100;

export interface AuditTableQuery {
  sort: AuditSort | null;
  filter: AuditFilter;
  /** From 0; a page past the last shows the last. */
  page: number;
  pageSize: number;
}

export interface AuditTableView {
  /** The rows of the page shown. */
  rows: AuditRow[];
  /** Rows the filter lets through, over every page. */
  matching: number;
  /** The page shown, from 0, after clamping. */
  page: number;
  /** At least 1, so "page 1 of 1" holds for an empty table. */
  pageCount: number;
  /** The 0-based position of the first row shown among the matching. */
  first: number;
}

// In the order a maintainer reads them: a team page to fix first, the unknown last.
const teamPageOrder: Readonly<Record<TeamPageState | 'none', number>> = { missing: 0, historical: 1, moved: 2, unchecked: 3, current: 4, none: 5 };

/** The collator follows the interface language, so names sort as its readers expect. */
function comparators(language: string): Record<AuditSortKey, (a: AuditRow, b: AuditRow) => number> {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  // An unknown owner sorts after every name, whichever way round: it is never what one looks for.
  const ownerName = (row: AuditRow) => rowOwner(row).name;
  return {
    page: (a, b) => collator.compare(a.title, b.title),
    owner: (a, b) => {
      const [x, y] = [ownerName(a), ownerName(b)];
      if (x === null || y === null) return 0;
      return collator.compare(x, y);
    },
    historical: (a, b) => Number(a.historical) - Number(b.historical),
    'team-page': (a, b) => teamPageOrder[a.teamPage?.state ?? 'none'] - teamPageOrder[b.teamPage?.state ?? 'none'],
    // ISO timestamps sort as text; a page never edited (missing) sorts first.
    'last-edit': (a, b) => (a.lastEdit?.timestamp ?? '').localeCompare(b.lastEdit?.timestamp ?? ''),
  };
}

/** Rows whose owner is unknown go last in either direction, for the owner column. */
function unknownLast(key: AuditSortKey, a: AuditRow, b: AuditRow): number {
  if (key !== 'owner') return 0;
  return Number(rowOwner(a).name === null) - Number(rowOwner(b).name === null);
}

/** A stable sort (ties keep the order the rows came in, then by title), never in place. */
export function sortAuditRows(rows: readonly AuditRow[], sort: AuditSort | null, language: string): AuditRow[] {
  if (sort === null) return [...rows];
  const compare = comparators(language);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => unknownLast(sort.key, a.row, b.row) || sign * compare[sort.key](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

// Rows never change once received, so each row's folded text is worked out once, not on every keystroke.
const searchable = new WeakMap<AuditRow, string>();

/** What the text filter searches in a row. */
function rowText(row: AuditRow): string {
  let text = searchable.get(row);
  if (text === undefined) {
    text = folded([row.title, row.redirectedFrom ?? '', rowOwner(row).name ?? '', ...row.lineage, row.teamPage?.title ?? ''].join('\n'));
    searchable.set(row, text);
  }
  return text;
}

/** Each word of the filter must be in the row; case and accents do not count. */
export function filterAuditRows(rows: readonly AuditRow[], filter: AuditFilter): AuditRow[] {
  const words = folded(filter.text).split(/\s+/).filter((word) => word !== '');
  return rows.filter((row) => {
    if (filter.status !== 'all' && row.status !== filter.status) return false;
    if (words.length === 0) return true;
    const text = rowText(row);
    return words.every((word) => text.includes(word));
  });
}

/** Filtered, then sorted, then one page of it: what the table shows. */
export function auditTableView(rows: readonly AuditRow[], query: AuditTableQuery, language: string): AuditTableView {
  const matching = sortAuditRows(filterAuditRows(rows, query.filter), query.sort, language);
  const pageSize = Math.max(1, Math.floor(query.pageSize));
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(0, Math.floor(query.page)), pageCount - 1);
  const first = page * pageSize;
  return { rows: matching.slice(first, first + pageSize), matching: matching.length, page, pageCount, first };
}

/** A header's next sort: ascending first, then descending, then back to ascending. */
export function nextAuditSort(current: AuditSort | null, key: AuditSortKey): AuditSort {
  if (current?.key === key && current.direction === 'ascending') return { key, direction: 'descending' };
  return { key, direction: 'ascending' };
}

/** The lineage in short: every name when there are few, else the first, how many between, and the last. */
export function shortLineage(lineage: readonly string[]): { names: string[]; skipped: number } {
  if (lineage.length <= 3) return { names: [...lineage], skipped: 0 };
  return { names: [lineage[0]!, lineage.at(-1)!], skipped: lineage.length - 2 };
}
