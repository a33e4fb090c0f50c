import type { AuditInput } from './audit-input';
import { categoryTitle } from './audit-plan';
import type { AuditFailure, AuditRow } from './audit-row';
import type { AuditRun, AuditState } from './audit-run';

/** What every export states about its run, whatever the format: the JSON export's `run` block. */
export interface AuditRunFacts {
  input: AuditInput;
  /** The input in words, as a reader of the file needs it: "Category:X and 2 levels of subcategories". */
  description: string;
  host: string;
  startedAt: string;
  finishedAt: string | null;
  state: AuditState;
  expected: number | null;
  /** The page cap stopped the run before the input was read to its end. */
  truncated: boolean;
  failures: AuditFailure[];
}

function levels(depth: number): string {
  if (depth === 0) return 'no subcategories';
  return depth === 1 ? '1 level of subcategories' : `${depth} levels of subcategories`;
}

/**
 * The input in English words. Exports are files to keep and paste on a wiki, read by whoever
 * opens them later, so they do not follow the interface language of the one who made them.
 */
export function describeAuditInput(input: AuditInput): string {
  switch (input.kind) {
    case 'category':
      return `${categoryTitle(input.host, input.category)} and ${levels(input.depth)}`;
    case 'prefix':
      return `pages in ${input.namespace === 0 ? 'the main namespace' : `namespace ${input.namespace}`} whose titles start with "${input.prefix}"`;
    case 'links-to':
      return `pages that link to ${input.target}`;
    case 'transcludes':
      return `pages that transclude ${input.target}`;
    case 'titles':
      return input.titles.length === 1 ? '1 listed title' : `${input.titles.length} listed titles`;
    case 'team':
      return `the pages the registry gives to ${input.team}`;
  }
}

export function auditRunFacts(run: AuditRun): AuditRunFacts {
  const { input, host, startedAt, finishedAt, state, expected, truncated, failures } = run;
  return { input, description: describeAuditInput(input), host, startedAt, finishedAt, state, expected, truncated, failures };
}

/** The run and its rows as JSON, the rows exactly as stored, so `auditRowSchema` reads them back. */
export function exportJson(run: AuditRun, rows: AuditRow[]): string {
  return `${JSON.stringify({ generator: 'Wiki Wayfinder', run: auditRunFacts(run), rows }, null, 2)}\n`;
}
