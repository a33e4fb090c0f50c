// Papa Parse (papaparse 5.7.1, published 2026-11-11, the seventh release of 2026; MIT,
// no dependencies, about 7 KB gzip) writes RFC 4180 and is the CSV library most used in
// JavaScript; its parser reads the file back in the tests. Only the audit page imports this.
import Papa from 'papaparse';
import { pageUrl } from '../page/title';
import type { AuditRow } from './audit-row';
import type { AuditRun } from './audit-run';
import { rowOwner } from './audit-summary';
import { auditRunFacts } from './export-json';

/**
 * The row columns, then the run's own facts on every row: a spreadsheet sorts and filters rows
 * apart, and a row copied elsewhere still says which audit it came from. Failed titles are rows
 * too, with the status `failed` and their reason, so the file stays one rectangle as RFC 4180
 * asks and every tool reads it with its header.
 */
const csvColumns = [
  'page',
  'page URL',
  'status',
  'owner',
  'department',
  'confidence',
  'certainty',
  'lineage',
  'historical',
  'team page',
  'team page state',
  'last edit',
  'last editor',
  'sources',
  'audit',
  'audit started',
  'audit finished',
  'failure',
] as const;

type CsvRecord = Record<(typeof csvColumns)[number], string>;

// OWASP's CSV injection advice: a cell a spreadsheet would read as a formula gets a leading
// apostrophe. Papa's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, which misses any cell
// with a line break after its first character; only the first character matters.
const formulaStart = /^[=+\-@\t\r]/;

function teamPageCell(teamPage: AuditRow['teamPage']): string {
  if (teamPage === null) return '';
  return teamPage.movedTo === null ? teamPage.title : `${teamPage.title} → ${teamPage.movedTo}`;
}

export function exportCsv(run: AuditRun, rows: AuditRow[]): string {
  const facts = auditRunFacts(run);
  const runCells = {
    audit: `${facts.description} on ${facts.host}${facts.truncated ? ', stopped at the page cap' : ''}`,
    'audit started': facts.startedAt,
    'audit finished': facts.finishedAt ?? `not finished (${facts.state})`,
  };
  const empty = Object.fromEntries(csvColumns.map((column) => [column, ''])) as CsvRecord;
  const records: CsvRecord[] = [
    ...rows.map((row) => ({
      ...empty,
      page: row.title,
      'page URL': pageUrl({ host: run.host }, row.title),
      status: row.status,
      owner: rowOwner(row).name ?? '',
      department: row.owner?.department ?? '',
      confidence: row.confidence,
      certainty: row.certainty,
      lineage: row.lineage.join(' → '),
      historical: row.historical ? 'yes' : 'no',
      'team page': teamPageCell(row.teamPage),
      'team page state': row.teamPage?.state ?? '',
      'last edit': row.lastEdit?.timestamp ?? '',
      'last editor': row.lastEdit?.user ?? '',
      sources: row.sources.join(' '),
      ...runCells,
    })),
    ...facts.failures.map((failure) => ({
      ...empty,
      page: failure.title,
      'page URL': pageUrl({ host: run.host }, failure.title),
      status: 'failed',
      ...runCells,
      failure: failure.reason,
    })),
  ];
  // The byte order mark makes Excel read UTF-8 (names in Arabic, Hebrew, Cyrillic …); Papa's parser skips it.
  return `\uFEFF${Papa.unparse({ fields: [...csvColumns], data: records }, { escapeFormulae: formulaStart, newline: '\r\n' })}`;
}
