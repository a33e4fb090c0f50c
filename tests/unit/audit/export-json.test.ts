import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { AuditInput } from '../../../utils/audit/audit-input';
import { auditRowSchema, type AuditRow } from '../../../utils/audit/audit-row';
import { auditRunSchema, type AuditRun } from '../../../utils/audit/audit-run';
import { describeAuditInput, exportJson } from '../../../utils/audit/export-json';

const meta = 'meta.wikimedia.org';

const run: AuditRun = auditRunSchema.parse({
  id: 'run-1',
  host: meta,
  input: { kind: 'category', host: meta, category: 'Archives', depth: 2 },
  state: 'done',
  startedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:05:00.000Z',
  finishedAt: '2026-12-01T10:05:00.000Z',
  queue: [],
  cursor: null,
  seenCategories: ['Category:Archives'],
  expected: 3,
  rows: 2,
  requests: 4,
  failures: [{ title: 'Grants:Lost', reason: 'The wiki did not answer.' }],
  error: null,
  retryAt: null,
  truncated: false,
});

const rows: AuditRow[] = [
  {
    title: 'Grants:Start',
    redirectedFrom: null,
    exists: true,
    status: 'owned',
    owner: { id: 'team:community-resources', name: 'Community Resources', department: 'Community Programs', status: 'active', certainty: 'stated' },
    runBy: null,
    splitOwners: null,
    confidence: 'exact',
    certainty: 'stated',
    lineage: ['Community Resources'],
    historical: false,
    teamPage: { title: 'Community Resources', state: 'current', movedTo: null },
    lastEdit: { timestamp: '2026-11-30T09:00:00Z', user: 'Example' },
    sources: ['https://meta.wikimedia.org/wiki/Community_Resources'],
  },
  {
    title: 'Old page',
    redirectedFrom: 'Older page',
    exists: false,
    status: 'unknown',
    owner: null,
    runBy: null,
    splitOwners: null,
    confidence: 'unknown',
    certainty: 'unknown',
    lineage: [],
    historical: true,
    teamPage: null,
    lastEdit: null,
    sources: [],
  },
];

describe('exportJson', () => {
  it('states the generator, the run in words and its failures, and the rows as stored', () => {
    const parsed = JSON.parse(exportJson(run, rows));
    expect(parsed.generator).toBe('Wiki Wayfinder');
    expect(parsed.run).toEqual({
      input: run.input,
      description: 'Category:Archives and 2 levels of subcategories',
      host: meta,
      startedAt: '2026-12-01T10:00:00.000Z',
      finishedAt: '2026-12-01T10:05:00.000Z',
      state: 'done',
      expected: 3,
      truncated: false,
      failures: [{ title: 'Grants:Lost', reason: 'The wiki did not answer.' }],
    });
    expect(z.array(auditRowSchema).parse(parsed.rows)).toEqual(rows);
  });

  it('is pretty-printed, one key a line', () => {
    const text = exportJson(run, rows);
    expect(text.split('\n')[1]).toBe('  "generator": "Wiki Wayfinder",');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('describeAuditInput', () => {
  it.each<[AuditInput, string]>([
    [{ kind: 'category', host: meta, category: 'Category:Archives', depth: 0 }, 'Category:Archives and no subcategories'],
    [{ kind: 'category', host: meta, category: ':Category:Archives', depth: 1 }, 'Category:Archives and 1 level of subcategories'],
    [{ kind: 'prefix', host: meta, namespace: 200, prefix: 'Project/Rapid' }, 'pages in namespace 200 whose titles start with "Project/Rapid"'],
    [{ kind: 'prefix', host: meta, namespace: 0, prefix: 'Wikimedia' }, 'pages in the main namespace whose titles start with "Wikimedia"'],
    [{ kind: 'links-to', host: meta, target: 'Grants:Start' }, 'pages that link to Grants:Start'],
    [{ kind: 'transcludes', host: meta, target: 'Template:Historical' }, 'pages that transclude Template:Historical'],
    [{ kind: 'titles', host: meta, titles: ['A'] }, '1 listed title'],
    [{ kind: 'titles', host: meta, titles: ['A', 'B'] }, '2 listed titles'],
    [{ kind: 'team', host: meta, team: 'team:community-resources' }, 'the pages the registry gives to team:community-resources'],
  ])('%o → %s', (input, words) => {
    expect(describeAuditInput(input)).toBe(words);
  });
});
