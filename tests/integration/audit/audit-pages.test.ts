import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditInput } from '../../../utils/audit/audit-input';
import { planSources } from '../../../utils/audit/audit-plan';
import type { AuditRow } from '../../../utils/audit/audit-row';
import type { AuditRun } from '../../../utils/audit/audit-run';
import { auditStep, type AuditMemory, type AuditStepDeps } from '../../../utils/audit/audit-step';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { auditFilters } from '../../../utils/wiki-api/audit-filters';
import { fetchAuditBatch, fetchCategorySize } from '../../../utils/wiki-api/audit-pages';
import { fetchTeamPages } from '../../../utils/wiki-api/team-pages';
import type { WikiSession } from '../../../utils/wiki-api/transport';
import { auditFixtureCategory, auditFixturePrefix, auditFixtureTotal } from '../../wiki/generated-pages';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { apiRequests, localWikiClient } from '../wiki-api/local-client';

// The audit's queries and step against the real local MediaWiki and its generated 1,000-page
// category tree (tests/wiki/generated-pages.ts), counted at the HTTPS front. The background's
// runner (storage, alarms, the port) is exercised in tests/e2e/audit/.

const host = 'meta.wikimedia.org';
const prepared = prepareRegistry(loadBuiltinRegistry());
const warnings: Error[] = [];
let wiki: LocalWiki;
let session: WikiSession;

beforeAll(async () => {
  wiki = await startLocalWiki();
  const { client, apiUrl } = localWikiClient(wiki, warnings);
  session = client.session(apiUrl, 'background');
}, 120_000);

afterAll(async () => {
  await wiki?.stop();
});

beforeEach(() => {
  wiki.front.reset();
});

function depsFor(): AuditStepDeps {
  return {
    prepared,
    names: null,
    filters: auditFilters(prepared, host),
    now: () => new Date('2026-12-03T12:00:00Z'),
    fetchBatch: (source, cursor, filters, signal) => fetchAuditBatch(session, source, cursor, filters, signal),
    teamPages: async (_host, titles, signal) => ({ pages: await fetchTeamPages(session, titles, signal), requests: Math.ceil(titles.length / 50) }),
  };
}

/** Runs an audit to its end as the background does, one step after another. */
async function audit(input: AuditInput): Promise<{ run: AuditRun; rows: AuditRow[] }> {
  const queue = planSources(input, prepared);
  const root = queue[0];
  let run: AuditRun = {
    id: 'test', host, input, state: 'running', startedAt: '2026-12-03T12:00:00Z', updatedAt: '2026-12-03T12:00:00Z', finishedAt: null,
    queue, cursor: null, seenCategories: root?.kind === 'category' ? [root.title] : [], expected: null, rows: 0, requests: 0,
    failures: [], error: null, retryAt: null, truncated: false,
  };
  if (root?.kind === 'category') run = { ...run, expected: await fetchCategorySize(session, root.title), requests: 1 };
  const titles = new Set<string>();
  const memory: AuditMemory = { titles, teamPages: new Map() };
  const rows: AuditRow[] = [];
  const deps = depsFor();
  while (run.state === 'running') {
    const step = await auditStep(run, deps, memory, new AbortController().signal);
    run = step.run;
    rows.push(...step.added);
    for (const row of step.added) titles.add(row.title);
  }
  return { run, rows };
}

describe('a category audit of the generated tree', () => {
  it('lists every page of every level once, through the loop, within 25 requests per 1,000 pages', async () => {
    const { run, rows } = await audit({ kind: 'category', host, category: auditFixtureCategory, depth: 5 });
    const requests = apiRequests(wiki);
    expect(run.state).toBe('done');
    expect(rows).toHaveLength(auditFixtureTotal);
    expect(new Set(rows.map((row) => row.title)).size).toBe(auditFixtureTotal);
    expect(run.rows).toBe(auditFixtureTotal);
    expect(run.requests).toBe(requests.length);
    expect(requests.length).toBeLessThanOrEqual((25 * auditFixtureTotal) / 1000);
    // The progress bar's total: the root's size, then each subcategory's as it was met.
    expect(run.expected).toBeGreaterThanOrEqual(auditFixtureTotal);
    expect(run.seenCategories).toHaveLength(4);
    // Every audit request asks at most 50 pages and waits out a lagged wiki.
    for (const url of requests.filter((request) => request.searchParams.get('generator') !== null)) {
      expect(url.searchParams.get('maxlag')).toBe('5');
      expect(Number(url.searchParams.get('gcmlimit'))).toBeLessThanOrEqual(50);
    }
    expect(warnings).toEqual([]);
  }, 120_000);

  it('answers each kind of page as the panel would', async () => {
    const { rows } = await audit({ kind: 'category', host, category: auditFixtureCategory, depth: 5 });
    const row = (title: string) => rows.find((candidate) => candidate.title === title);
    // Under a dissolved team's prefix: today's owner through the lineage, and its team page as the wiki has it.
    expect(row('Grants:IEG/Audit fixture 0001')).toMatchObject({
      exists: true,
      status: 'owned',
      confidence: 'rule',
      owner: { id: 'team:community-resources' },
      lineage: ['Resources (grantmaking)', 'Community Resources'],
      teamPage: { title: 'Grants:Start', state: 'current' },
    });
    expect(row('Learning and Evaluation/Audit fixture 0001')?.lineage).toEqual(['Learning and Evaluation', 'Global Data & Insights', 'Movement Insights']);
    // Page 11 carries the banner; page 7 names no rule but links to a team page.
    expect(row(`${auditFixturePrefix}Note 0011`)?.historical).toBe(true);
    expect(row(`${auditFixturePrefix}Note 0001`)?.historical).toBe(false);
    expect(row(`${auditFixturePrefix}Note 0007`)).toMatchObject({ owner: { id: 'team:connection' }, confidence: 'inferred' });
    expect(row(`${auditFixturePrefix}Note 0001`)).toMatchObject({ status: 'unknown', owner: null });
    // A redirect in the root is its target's one row, and says how it was reached.
    expect(row('Community Liaisons/Audit fixture 0100')?.redirectedFrom).toBe(`${auditFixturePrefix}Note 0548`);
    expect(row(`${auditFixturePrefix}Note 0548`)).toBeUndefined();
    expect(row('Community Liaisons/Audit fixture 0001')?.lastEdit).toMatchObject({ user: 'Example Archivist' });
  }, 120_000);

  it('stops at the depth asked for', async () => {
    const { rows, run } = await audit({ kind: 'category', host, category: auditFixtureCategory, depth: 0 });
    expect(run.seenCategories).toEqual([auditFixtureCategory]);
    expect(rows.some((row) => row.title.startsWith('Grants:IEG/Audit fixture'))).toBe(false);
    expect(rows.filter((row) => row.title.startsWith(auditFixturePrefix))).toHaveLength(544);
  }, 60_000);
});

describe('other audit inputs', () => {
  it('reads a prefix in a namespace, leaving redirects out', async () => {
    const { rows } = await audit({ kind: 'prefix', host, namespace: 200, prefix: 'IEG/Audit fixture' });
    expect(rows).toHaveLength(299);
    expect(apiRequests(wiki).length).toBeLessThanOrEqual(7);
  }, 60_000);

  it('keeps a pasted list in its order, with missing pages and redirects', async () => {
    const { rows } = await audit({ kind: 'titles', host, titles: ['Trust and Safety', 'No such page at all', 'Community Engagement'] });
    expect(rows.map((row) => [row.title, row.exists, row.redirectedFrom])).toEqual([
      ['Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety', true, 'Trust and Safety'],
      ['No such page at all', false, null],
      ['Community Engagement', true, null],
    ]);
    // A dissolved department's page: split, with no one owner and so no team page to check.
    expect(rows[2]).toMatchObject({ historical: true, status: 'split', owner: null, teamPage: null });
    expect(rows[2]?.splitOwners).toBeGreaterThan(1);
  }, 60_000);

  it('finds the pages linking to a page', async () => {
    const { rows } = await audit({ kind: 'links-to', host, target: 'Connection Team' });
    expect(rows.filter((row) => row.title.startsWith(auditFixturePrefix)).length).toBeGreaterThanOrEqual(Math.floor(544 / 7));
    expect(rows.every((row) => row.exists)).toBe(true);
  }, 60_000);
});

describe('fetchAuditBatch', () => {
  it('asks filters longer than 50 in further requests of the same pages, and joins the answers', async () => {
    const links = [...Array.from({ length: 110 }, (_, index) => `Unrelated page ${index}`), 'Connection Team'];
    const filters = { categories: [], templates: ['Template:Historical'], links };
    const batch = await fetchAuditBatch(session, { kind: 'prefix', namespace: 0, prefix: `${auditFixturePrefix}Note 00` }, null, filters, new AbortController().signal);
    expect(batch.requests).toBe(3);
    expect(apiRequests(wiki)).toHaveLength(3);
    expect(batch.pages).toHaveLength(50);
    const seventh = batch.pages.find((page) => page.title === `${auditFixturePrefix}Note 0007`);
    expect(seventh?.links).toEqual(['Connection Team']);
    expect(batch.pages.find((page) => page.title === `${auditFixturePrefix}Note 0011`)?.isHistorical).toBe(true);
    expect(batch.next).not.toBeNull();
  }, 60_000);
});
