import { describe, expect, it } from 'vitest';
import type { AuditSource, Continuation } from '../../../utils/audit/audit-input';
import type { AuditRun } from '../../../utils/audit/audit-run';
import { auditStep, type AuditMemory, type AuditStepDeps } from '../../../utils/audit/audit-step';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { AuditBatch } from '../../../utils/wiki-api/audit-pages';
import type { TeamPage } from '../../../utils/wiki-api/team-pages';
import { factsFor } from '../ownership/pages';

/**
 * The step's decisions (queueing, depth, deduplication, the page cap, counts) with the wiki
 * replaced by a scripted one: tests/integration/audit/ and tests/e2e/audit/ run the same step
 * against the real local wiki.
 */
const prepared = prepareRegistry(loadBuiltinRegistry());
const now = new Date('2026-12-03T12:00:00Z');

function runOf(queue: AuditSource[], extra: Partial<AuditRun> = {}): AuditRun {
  return {
    id: 'run', host: 'meta.wikimedia.org', input: { kind: 'category', host: 'meta.wikimedia.org', category: 'Category:Root', depth: 1 }, state: 'running',
    startedAt: now.toISOString(), updatedAt: now.toISOString(), finishedAt: null, queue, cursor: null, seenCategories: ['Category:Root'],
    expected: 3, rows: 0, requests: 1, failures: [], error: null, retryAt: null, truncated: false, ...extra,
  };
}

function depsOf(batches: Map<string, AuditBatch>, teamPages: TeamPage[] = []): AuditStepDeps & { asked: string[]; askedTeamPages: string[][] } {
  const asked: string[] = [];
  const askedTeamPages: string[][] = [];
  return {
    asked,
    askedTeamPages,
    prepared,
    names: null,
    filters: { categories: [], templates: [], links: [] },
    now: () => now,
    fetchBatch: async (source: AuditSource, cursor: Continuation | null) => {
      const key = `${JSON.stringify(source)}@${JSON.stringify(cursor)}`;
      asked.push(key);
      const batch = batches.get(key);
      if (batch === undefined) throw new Error(`unscripted batch ${key}`);
      return batch;
    },
    teamPages: async (_host, titles) => {
      askedTeamPages.push(titles);
      return { pages: teamPages.filter((page) => titles.includes(page.requestedTitle)), requests: 1 };
    },
  };
}

const memoryOf = (titles: string[] = []): AuditMemory => ({ titles: new Set(titles), teamPages: new Map() });
const root: AuditSource = { kind: 'category', title: 'Category:Root', depth: 1 };
const key = (source: AuditSource, cursor: Continuation | null = null) => `${JSON.stringify(source)}@${JSON.stringify(cursor)}`;
const batch = (pages: PageFacts[], next: Continuation | null, subcategories: string[] = []): AuditBatch => ({ pages, next, subcategories: subcategories.map((title) => ({ title, pages: 2 })), requests: 1 });

describe('auditStep', () => {
  it('keeps reading a source from its continuation, then queues its subcategories one level shallower', async () => {
    const batches = new Map([
      [key(root), batch([factsFor('Community Engagement', { isHistorical: true })], { gcmcontinue: 'page|2' }, ['Category:Child'])],
      [key(root, { gcmcontinue: 'page|2' }), batch([factsFor('Grants:IEG', { namespace: 200 })], null, ['Category:Child', 'Category:Root'])],
    ]);
    const deps = depsOf(batches);
    const first = await auditStep(runOf([root]), deps, memoryOf(), new AbortController().signal);
    expect(first.run).toMatchObject({ state: 'running', cursor: { gcmcontinue: 'page|2' }, queue: [root, { kind: 'category', title: 'Category:Child', depth: 0 }], rows: 1, expected: 5 });
    expect(first.run.seenCategories).toEqual(['Category:Root', 'Category:Child']);
    expect(first.added[0]).toMatchObject({ title: 'Community Engagement', historical: true, status: 'split' });

    const second = await auditStep(first.run, deps, memoryOf(['Community Engagement']), new AbortController().signal);
    // The loop back to the root and the child met again are not queued twice.
    expect(second.run.queue).toEqual([{ kind: 'category', title: 'Category:Child', depth: 0 }]);
    expect(second.run).toMatchObject({ cursor: null, rows: 2, state: 'running' });
    expect(second.added[0]).toMatchObject({ title: 'Grants:IEG', owner: { id: 'team:community-resources' } });
  });

  it('gives a page met again (in a second category) no second row', async () => {
    const child: AuditSource = { kind: 'category', title: 'Category:Child', depth: 0 };
    const deps = depsOf(new Map([[key(child), batch([factsFor('Grants:IEG', { namespace: 200 }), factsFor('Grants:APG', { namespace: 200 })], null, ['Category:Deeper'])]]));
    const step = await auditStep(runOf([child], { rows: 1 }), deps, memoryOf(['Grants:IEG']), new AbortController().signal);
    expect(step.added.map((row) => row.title)).toEqual(['Grants:APG']);
    // At depth 0 subcategories are not followed, and the queue is done.
    expect(step.run).toMatchObject({ state: 'done', queue: [], rows: 2 });
    expect(step.run.finishedAt).toBe(now.toISOString());
  });

  it("reads each owner's team page once, with the wiki's other team pages, and says what state it is in", async () => {
    const source: AuditSource = { kind: 'titles', titles: ['Grants:IEG', 'Grants:APG'] };
    const teamPage = prepared.teams.get('team:community-resources')!.teamPage!;
    const moved: TeamPage = { requestedTitle: teamPage.title, title: 'Somewhere else', exists: true, movedTo: 'Somewhere else', isHistorical: false, members: [], membersComplete: true };
    const deps = depsOf(new Map([[key(source), batch([factsFor('Grants:IEG', { namespace: 200 }), factsFor('Grants:APG', { namespace: 200 })], null)]]), [moved]);
    const step = await auditStep(runOf([source]), deps, memoryOf(), new AbortController().signal);
    expect(step.added.map((row) => row.teamPage)).toEqual([
      { title: teamPage.title, state: 'moved', movedTo: 'Somewhere else' },
      { title: teamPage.title, state: 'moved', movedTo: 'Somewhere else' },
    ]);
    expect(step.run.requests).toBe(1 + 1 + 1);
    expect(deps.askedTeamPages).toHaveLength(1);
    expect(deps.askedTeamPages[0]).toContain(teamPage.title);
    expect(deps.askedTeamPages[0]).toContain('Community Engagement');
  });

  it('stops at the page cap and says the input was cut short', async () => {
    const source: AuditSource = { kind: 'titles', titles: ['Grants:IEG', 'Grants:APG'] };
    const deps = depsOf(new Map([[key(source), batch([factsFor('Grants:IEG', { namespace: 200 }), factsFor('Grants:APG', { namespace: 200 })], null)]]));
    const step = await auditStep(runOf([source, root], { rows: 9_999 }), deps, memoryOf(), new AbortController().signal);
    expect(step.added).toHaveLength(1);
    expect(step.run).toMatchObject({ state: 'done', truncated: true, queue: [], rows: 10_000 });
  });

  it('leaves the run as it was when the wiki fails, so the same batch is asked again', async () => {
    const run = runOf([root], { cursor: { gcmcontinue: 'x' } });
    await expect(auditStep(run, depsOf(new Map()), memoryOf(), new AbortController().signal)).rejects.toThrow('unscripted');
    expect(run).toMatchObject({ cursor: { gcmcontinue: 'x' }, rows: 0, queue: [root] });
  });
});
