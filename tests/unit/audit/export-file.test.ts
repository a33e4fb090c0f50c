import { describe, expect, it } from 'vitest';
import { auditRunSchema, type AuditRun } from '../../../utils/audit/audit-run';
import { exportCsv } from '../../../utils/audit/export-csv';
import { exportFile } from '../../../utils/audit/export-file';
import { exportJson } from '../../../utils/audit/export-json';
import { exportWikitext } from '../../../utils/audit/export-wikitext';

const run: AuditRun = auditRunSchema.parse({
  id: 'run-1',
  host: 'www.mediawiki.org',
  input: { kind: 'links-to', host: 'www.mediawiki.org', target: 'Wikimedia Apps' },
  state: 'done',
  // Late in the evening west of UTC: the file is named by the UTC date, as the exports state times.
  startedAt: '2026-12-01T23:30:00-05:00',
  updatedAt: '2026-12-02T04:40:00.000Z',
  finishedAt: '2026-12-02T04:40:00.000Z',
  queue: [],
  cursor: null,
  seenCategories: [],
  expected: null,
  rows: 0,
  requests: 1,
  failures: [],
  error: null,
  retryAt: null,
  truncated: false,
});

describe('exportFile', () => {
  it.each([
    ['csv', 'wayfinder-audit-www.mediawiki.org-2026-12-02.csv', 'text/csv;charset=utf-8', exportCsv],
    ['json', 'wayfinder-audit-www.mediawiki.org-2026-12-02.json', 'application/json', exportJson],
    ['wikitext', 'wayfinder-audit-www.mediawiki.org-2026-12-02.txt', 'text/plain;charset=utf-8', exportWikitext],
  ] as const)('names a %s file after the wiki and the day the run started', (format, name, type, write) => {
    expect(exportFile(format, run, [])).toEqual({ name, type, text: write(run, []) });
  });

  it('says "undated" rather than inventing a date it cannot read', () => {
    expect(exportFile('json', { ...run, startedAt: 'soon' }, []).name).toBe('wayfinder-audit-www.mediawiki.org-undated.json');
  });
});
