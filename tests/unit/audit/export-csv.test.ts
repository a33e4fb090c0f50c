import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../utils/audit/audit-row';
import { auditRunSchema, type AuditRun } from '../../../utils/audit/audit-run';
import { exportCsv } from '../../../utils/audit/export-csv';
import { propertyRuns } from '../property-runs';
import { auditRowOf, auditTeam } from './audit-rows';

const meta = 'meta.wikimedia.org';

const run: AuditRun = auditRunSchema.parse({
  id: 'run-1',
  host: meta,
  input: { kind: 'prefix', host: meta, namespace: 200, prefix: 'Project/Rapid' },
  state: 'done',
  startedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:05:00.000Z',
  finishedAt: '2026-12-01T10:05:00.000Z',
  queue: [],
  cursor: null,
  seenCategories: [],
  expected: null,
  rows: 1,
  requests: 2,
  failures: [{ title: 'Grants:Lost', reason: 'The wiki did not answer.' }],
  error: null,
  retryAt: null,
  truncated: false,
});

function row(overrides: Partial<AuditRow> = {}): AuditRow {
  return auditRowOf('Grants:Project/Rapid', {
    status: 'owned',
    owner: { ...auditTeam('team:community-resources', 'Community Resources'), department: 'Community Programs' },
    confidence: 'rule',
    certainty: 'indirect',
    lineage: ['Community Resources', 'Grantmaking'],
    teamPage: { title: 'Community Resources', state: 'moved', movedTo: 'Grantmaking' },
    lastEdit: { timestamp: '2026-11-30T09:00:00Z', user: 'Example' },
    sources: ['https://meta.wikimedia.org/wiki/Community_Resources', 'https://diff.wikimedia.org/x'],
    ...overrides,
  });
}

function parse(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ',', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('exportCsv', () => {
  it('writes one record a page with the columns a maintainer sorts by, and the run on every row', () => {
    const text = exportCsv(run, [row()]);
    expect(text.startsWith('\uFEFFpage,page URL,status,owner,department,confidence,certainty,lineage,historical,team page,team page state,last edit,last editor,sources,audit,audit started,audit finished,failure\r\n')).toBe(true);
    expect(parse(text)[0]).toEqual({
      page: 'Grants:Project/Rapid',
      'page URL': 'https://meta.wikimedia.org/wiki/Grants:Project/Rapid',
      status: 'owned',
      owner: 'Community Resources',
      department: 'Community Programs',
      confidence: 'rule',
      certainty: 'indirect',
      lineage: 'Community Resources → Grantmaking',
      historical: 'no',
      'team page': 'Community Resources → Grantmaking',
      'team page state': 'moved',
      'last edit': '2026-11-30T09:00:00Z',
      'last editor': 'Example',
      sources: 'https://meta.wikimedia.org/wiki/Community_Resources https://diff.wikimedia.org/x',
      audit: 'pages in namespace 200 whose titles start with "Project/Rapid" on meta.wikimedia.org',
      'audit started': '2026-12-01T10:00:00.000Z',
      'audit finished': '2026-12-01T10:05:00.000Z',
      failure: '',
    });
  });

  it('lists the failed titles as rows of their own, with their reason', () => {
    const records = parse(exportCsv(run, [row()]));
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({ page: 'Grants:Lost', status: 'failed', owner: '', failure: 'The wiki did not answer.', 'audit started': '2026-12-01T10:00:00.000Z' });
  });

  it('says when the run is not over, or was stopped by the page cap', () => {
    const records = parse(exportCsv({ ...run, state: 'paused', finishedAt: null, truncated: true }, [row()]));
    expect(records[0]?.['audit finished']).toBe('not finished (paused)');
    expect(records[0]?.audit).toMatch(/, stopped at the page cap$/);
  });

  it('names the body that runs a community page as its owner, and no one for a split page', () => {
    const records = parse(exportCsv({ ...run, failures: [] }, [row({ status: 'community', owner: null, runBy: 'Wikimedia Deutschland' }), row({ status: 'split', owner: null, splitOwners: 3 })]));
    expect(records.map((record) => [record.status, record.owner, record.department])).toEqual([
      ['community', 'Wikimedia Deutschland', ''],
      ['split', '', ''],
    ]);
  });

  it.each(['=HYPERLINK("https://evil.example")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=1+1\nsecond line'])(
    'puts an apostrophe before a cell a spreadsheet would run as a formula: %j',
    (text) => {
      const records = parse(exportCsv({ ...run, failures: [] }, [row({ owner: null, status: 'community', runBy: text, lastEdit: { timestamp: 'x', user: text } })]));
      expect(records[0]?.owner).toBe(`'${text}`);
      expect(records[0]?.['last editor']).toBe(`'${text}`);
    },
  );

  // Commas, quotes, line breaks and right-to-left text, alone and mixed with anything.
  const awkward = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc
      .array(fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ' ', 'Grants', 'ويكيميديا', 'ויקימדיה', '\u200F', '\u202E', '=', '-', '@', "'", ';', '\t'), { maxLength: 12 })
      .map((parts) => parts.join('')),
  );
  const formula = /^[=+\-@\t\r]/;

  it('reads back exactly what it wrote, whatever the text', () => {
    fc.assert(
      fc.property(awkward, awkward, awkward, awkward, (title, name, step, reason) => {
        const written = row({ title: title || 'x', owner: { id: 'team:x', name, department: step, status: 'active', certainty: 'stated' }, lineage: [name, step] });
        const [record, failed] = parse(exportCsv({ ...run, failures: [{ title: title || 'x', reason }] }, [written]));
        const shown = (text: string) => (formula.test(text) ? `'${text}` : text);
        expect(record?.page).toBe(shown(title || 'x'));
        expect(record?.owner).toBe(shown(name));
        expect(record?.department).toBe(shown(step));
        expect(record?.lineage).toBe(shown(`${name} → ${step}`));
        expect(failed?.failure).toBe(shown(reason));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
