import type { AuditRow } from './audit-row';
import type { AuditRun } from './audit-run';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { exportWikitext } from './export-wikitext';

export type ExportFormat = 'csv' | 'json' | 'wikitext';

export interface ExportedFile {
  name: string;
  /** The MIME type for the Blob the page downloads. */
  type: string;
  text: string;
}

const formats: Readonly<Record<ExportFormat, { extension: string; type: string; write: (run: AuditRun, rows: AuditRow[]) => string }>> = {
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8', write: exportCsv },
  json: { extension: 'json', type: 'application/json', write: exportJson },
  // Plain text: wikitext has no registered MIME type, and a .txt opens in any editor to copy from.
  wikitext: { extension: 'txt', type: 'text/plain;charset=utf-8', write: exportWikitext },
};

/** The run's start date (UTC), which says which audit a file holds when several are kept. */
function runDate(startedAt: string): string {
  const time = Date.parse(startedAt);
  return Number.isNaN(time) ? 'undated' : new Date(time).toISOString().slice(0, 10);
}

/** Apart, so the file name does not read as a message key of the audit page's group. */
const fileNameStart = 'wayfinder-audit';

/** Named after the tool, the wiki's host and the run's date, then the format's extension; a host is only letters, digits, dots and hyphens. */
export function exportFile(format: ExportFormat, run: AuditRun, rows: AuditRow[]): ExportedFile {
  const { extension, type, write } = formats[format];
  return { name: `${fileNameStart}-${run.host}-${runDate(run.startedAt)}.${extension}`, type, text: write(run, rows) };
}
