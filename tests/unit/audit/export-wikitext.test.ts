import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../utils/audit/audit-row';
import { auditRunSchema, type AuditRun } from '../../../utils/audit/audit-run';
import { exportWikitext } from '../../../utils/audit/export-wikitext';
import { propertyRuns } from '../property-runs';
import { auditRowOf, auditTeam } from './audit-rows';

const meta = 'meta.wikimedia.org';

const run: AuditRun = auditRunSchema.parse({
  id: 'run-1',
  host: meta,
  input: { kind: 'category', host: meta, category: 'Archives', depth: 2 },
  state: 'done',
  startedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:05:00.000Z',
  finishedAt: '2026-12-01T10:05:30.000Z',
  queue: [],
  cursor: null,
  seenCategories: [],
  expected: null,
  rows: 1,
  requests: 2,
  failures: [],
  error: null,
  retryAt: null,
  truncated: false,
});

function row(overrides: Partial<AuditRow> = {}): AuditRow {
  return auditRowOf('Grants:Start', {
    status: 'owned',
    owner: auditTeam('team:community-resources', 'Community Resources'),
    confidence: 'exact',
    certainty: 'stated',
    lineage: ['CE Resources', 'Community Resources'],
    lastEdit: { timestamp: '2026-11-30T09:00:00Z', user: 'Example' },
    sources: ['https://meta.wikimedia.org/wiki/Community_Resources'],
    ...overrides,
  });
}

const header = ['{| class="wikitable sortable"', '! Page', '! Owner', '! Status', '! Certainty', '! Lineage', '! Historical', '! Last edit', '! Sources'];

describe('exportWikitext', () => {
  it('writes a sortable table under a line saying what was audited, when and by whose registry', () => {
    expect(exportWikitext(run, [row()]).split('\n')).toEqual([
      'Audit of Category&#58;Archives and 2 levels of subcategories on meta.wikimedia.org, started 2026-12-01 10:00 UTC, finished 2026-12-01 10:05 UTC: 1 page. ' +
        "The owners are the answers of [https://meta.wikimedia.org/wiki/Wiki_Wayfinder Wiki Wayfinder]'s registry at that time.",
      ...header,
      '|-',
      '| [[:Grants:Start|Grants&#58;Start]]',
      '| Community Resources',
      '| owned',
      '| stated',
      '| CE Resources → Community Resources',
      '| no',
      '| 2026-11-30 (Example)',
      '| [https://meta.wikimedia.org/wiki/Community_Resources]',
      '|}',
      '',
    ]);
  });

  it('lists the titles that could not be read below the table', () => {
    const text = exportWikitext({ ...run, failures: [{ title: 'Category:Lost', reason: 'The wiki <b>did not</b> answer.' }] }, []);
    expect(text).toContain(': 0 pages.');
    expect(text.endsWith('|}\n\nTitles that could not be read:\n* [[:Category:Lost|Category&#58;Lost]]: The wiki &lt;b&gt;did not&lt;/b&gt; answer.\n')).toBe(true);
  });

  it('says when the run is not over', () => {
    expect(exportWikitext({ ...run, state: 'paused', finishedAt: null, truncated: true }, []).split('\n')[0]).toContain('not finished (paused), stopped at the page cap: 0 pages');
  });

  it('links a file or category page with a leading colon, and shows a title MediaWiki would reject as text', () => {
    const text = exportWikitext(run, [row({ title: 'File:Logo.svg' }), row({ title: 'A {{b}}' })]);
    expect(text).toContain('| [[:File:Logo.svg|File&#58;Logo.svg]]\n');
    expect(text).toContain('| A &#123;&#123;b&#125;&#125;\n');
  });

  it('links only Wikimedia sources, with their markup characters percent-encoded', () => {
    const text = exportWikitext(run, [row({ sources: ["https://meta.wikimedia.org/wiki/It's__NOTOC__~~~~{{x}}||", 'javascript:alert(1)'] })]);
    expect(text).toContain("| [https://meta.wikimedia.org/wiki/It%27s%5F_NOTOC%5F_%7E%7E%7E%7E%7B%7Bx%7D%7D%7C%7C] javascript&#58;alert(1)\n");
  });

  // Pieces of markup that could end a cell, start a row, or inject a template, link, tag,
  // signature or magic word, among any other text.
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc
      .array(fc.constantFrom('|', '||', '!', '!!', '{{', '}}', '{|', '|}', '|-', '|+', '[[', ']]', '<', '>', '</nowiki>', "''", "'''", '-', '+', '~~~~', '__NOTOC__', '\n', '\r', '&amp;', ':', 'https://x.example', 'Grants', ' '), { maxLength: 10 })
      .map((parts) => parts.join('')),
  );
  const entity = /&(?:#(\d+)|amp|lt|gt);/g;
  const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
  const decode = (text: string) => text.replace(entity, (whole, code: string | undefined) => (code === undefined ? (named[whole] ?? whole) : String.fromCharCode(Number(code))));
  // What escaped text may contain: no markup character, no line break, no leading sign.
  const inert = /^(?![-+])[^|!{}[\]<>'~_:\r\n]*$/;

  it('never lets a text start a row or a cell, or inject markup', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile, hostile), { minLength: 1, maxLength: 4 }), hostile, (texts, reason) => {
        const rows = texts.map(([title, name, step, user]) =>
          row({ title: title || 'x', owner: { id: 'team:x', name, department: null, status: 'active', certainty: 'stated' }, lineage: [step], lastEdit: { timestamp: '2026-11-30', user }, sources: [`https://x.example/${step}`] }),
        );
        const lines = exportWikitext({ ...run, failures: [{ title: 'Lost', reason }] }, rows).split('\n');
        // Exactly the lines the table has: no text added one.
        expect(lines).toHaveLength(1 + header.length + rows.length * 9 + 1 + 4);
        const table = lines.slice(1 + header.length, 1 + header.length + rows.length * 9);
        for (const [index, written] of rows.entries()) {
          const cells = table.slice(index * 9, index * 9 + 9);
          expect(cells[0]).toBe('|-');
          for (const cell of cells.slice(1)) expect(cell === '|' || cell.startsWith('| ')).toBe(true);
          const [page, owner, , , lineage, , lastEdit, sources] = cells.slice(1).map((cell) => cell.slice(2));
          for (const text of [owner, lineage, lastEdit, sources]) expect(text).toMatch(inert);
          expect(decode(owner ?? '')).toBe(written.owner!.name.replace(/[\r\n]+/g, ' '));
          expect(decode(lineage ?? '')).toBe(written.lineage[0]!.replace(/[\r\n]+/g, ' '));
          expect(decode(lastEdit ?? '')).toBe(`2026-11-30 (${written.lastEdit!.user})`.replace(/[\r\n]+/g, ' '));
          const link = /^\[\[:([^\]|]+)\|(.*)\]\]$/.exec(page ?? '');
          const label = link === null ? page : link[2];
          expect(label).toMatch(inert);
          expect(decode(label ?? '')).toBe(written.title.replace(/[\r\n]+/g, ' '));
        }
        expect(lines.at(-3)).toBe('Titles that could not be read:');
        expect(lines.at(-2)?.slice('* [[:Lost|Lost]]: '.length)).toMatch(inert);
        expect(lines.at(-1)).toBe('');
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
