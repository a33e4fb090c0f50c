import { useMemo, useState } from 'preact/hooks';
import type { AuditRow } from '../../utils/audit/audit-row';
import { auditTableView, defaultAuditPageSize, nextAuditSort, type AuditFilter, type AuditSort, type AuditSortKey } from '../../utils/view/audit-table';
import { useTranslator } from '../common/translator-context';
import { AuditPager } from './AuditPager';
import { AuditTableFilters } from './AuditTableFilters';
import { AuditTableRow } from './AuditTableRow';

interface AuditTableProps {
  host: string;
  rows: readonly AuditRow[];
  todayIso: string;
}

const columns: readonly { key: string; sort: AuditSortKey | null }[] = [
  { key: 'page', sort: 'page' },
  { key: 'owner', sort: 'owner' },
  { key: 'lineage', sort: null },
  { key: 'historical', sort: 'historical' },
  { key: 'team-page', sort: 'team-page' },
  { key: 'last-edit', sort: 'last-edit' },
  { key: 'report', sort: null },
];

const tableId = 'wf-audit-table';

/**
 * The audited pages, filtered, sorted and one page of them at a time: 10,000 rows stay smooth
 * because only a page of them is ever in the DOM, and the filtering and sorting (pure,
 * utils/view/audit-table.ts) run again only when the rows or the query change.
 */
export function AuditTable({ host, rows, todayIso }: AuditTableProps) {
  const { t, language } = useTranslator();
  const [sort, setSort] = useState<AuditSort | null>(null);
  const [filter, setFilter] = useState<AuditFilter>({ text: '', status: 'all' });
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(defaultAuditPageSize);
  const view = useMemo(() => auditTableView(rows, { sort, filter, page, pageSize }, language), [rows, sort, filter, page, pageSize, language]);

  // A new filter, sort or page size starts again from the first page; new rows keep the page.
  const onFilter = (next: AuditFilter) => {
    setFilter(next);
    setPage(0);
  };
  const onSort = (key: AuditSortKey) => {
    setSort(nextAuditSort(sort, key));
    setPage(0);
  };
  const onPageSize = (size: number) => {
    setPageSize(size);
    setPage(0);
  };

  return (
    <div class="wf-audit-table-view">
      <AuditTableFilters filter={filter} onFilter={onFilter} controls={tableId} matching={view.matching} />
      <div class="wf-audit-table__scroll">
        <table id={tableId} class="wf-audit-table" aria-labelledby="wf-audit-table-heading" aria-describedby="wf-audit-pager-where">
          <thead>
            <tr>
              {columns.map((column) => {
                const label = t(`wayfinder-audit-column-${column.key}`);
                if (column.sort === null) {
                  return (
                    <th key={column.key} scope="col">
                      {label}
                    </th>
                  );
                }
                const key = column.sort;
                const sorted = sort?.key === key ? sort.direction : undefined;
                return (
                  <th key={column.key} scope="col" aria-sort={sorted ?? 'none'}>
                    <button type="button" class="wf-audit-table__sort" onClick={() => onSort(key)}>
                      {label}
                      <span class={`wf-audit-table__arrow wf-audit-table__arrow--${sorted ?? 'none'}`} aria-hidden="true" />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <AuditTableRow key={row.title} host={host} row={row} todayIso={todayIso} />
            ))}
          </tbody>
        </table>
      </div>
      <AuditPager page={view.page} pageCount={view.pageCount} first={view.first} shown={view.rows.length} matching={view.matching} pageSize={pageSize} onPage={setPage} onPageSize={onPageSize} />
    </div>
  );
}
