import { resolveOwnership } from '../ownership/resolve';
import type { PageFacts } from '../ownership/page-facts';
import { parseWikiPageUrl } from '../page/parse-url';
import type { NamespaceTable } from '../page/site-namespaces';
import { pageUrl } from '../page/title';
import type { PreparedRegistry } from '../registry/prepare';
import type { AuditBatch, AuditFilters } from '../wiki-api/audit-pages';
import type { TeamPage } from '../wiki-api/team-pages';
import { maxAuditPages, type AuditSource, type Continuation } from './audit-input';
import type { AuditRow } from './audit-row';
import type { AuditRun } from './audit-run';
import { auditRow } from './audit-rows';
import { teamPageKey } from './team-page-key';

/** What one step reads from, all through the background's shared queue and cache. */
export interface AuditStepDeps {
  fetchBatch(source: AuditSource, cursor: Continuation | null, filters: AuditFilters, signal: AbortSignal): Promise<AuditBatch>;
  /** Team pages of one wiki, as the panel reads them (cached); one request for up to 50. */
  teamPages(host: string, titles: string[], signal: AbortSignal): Promise<{ pages: TeamPage[]; requests: number }>;
  prepared: PreparedRegistry;
  filters: AuditFilters;
  names: NamespaceTable | null;
  now(): Date;
}

/** What a run has learnt that is not worth storing: rebuilt from its rows on a resume. */
export interface AuditMemory {
  /** Titles with a stored row: a page in two subcategories gets one row. The runner adds to it as it stores rows. */
  titles: ReadonlySet<string>;
  /** Team pages read so far, by teamPageKey. */
  teamPages: Map<string, TeamPage>;
}

export interface AuditStepResult {
  run: AuditRun;
  added: AuditRow[];
}

/** The page as the panel would read it from its URL, so the audit answers as the panel does. */
const pageOf = (host: string, title: string) => parseWikiPageUrl(pageUrl({ host }, title));

/** Subcategories still above the depth limit and not yet seen go to the end of the queue. */
function newSubcategories(run: AuditRun, source: AuditSource, batch: AuditBatch): AuditBatch['subcategories'] {
  if (source.kind !== 'category' || source.depth === 0) return [];
  const seen = new Set(run.seenCategories);
  return batch.subcategories.filter((category, index) => !seen.has(category.title) && batch.subcategories.findIndex((other) => other.title === category.title) === index);
}

/**
 * The first owner whose team page is not known yet brings every team page of its wiki, in one
 * request (the registry names fewer than 50 a wiki): a run then reads team pages once a wiki,
 * not once a batch that meets a new owner.
 */
async function readTeamPages(owners: readonly { host: string; title: string }[], memory: AuditMemory, deps: AuditStepDeps, signal: AbortSignal): Promise<number> {
  const byHost = new Map<string, string[]>();
  for (const page of owners) {
    if (memory.teamPages.has(teamPageKey(page.host, page.title)) || byHost.has(page.host)) continue;
    const known = [...deps.prepared.teams.values()].flatMap((team) => (team.teamPage?.host === page.host ? [team.teamPage.title] : []));
    byHost.set(page.host, [...new Set([page.title, ...known])].filter((title) => !memory.teamPages.has(teamPageKey(page.host, title))));
  }
  let requests = 0;
  for (const [host, titles] of byHost) {
    const read = await deps.teamPages(host, titles, signal);
    requests += read.requests;
    for (const page of read.pages) memory.teamPages.set(teamPageKey(host, page.requestedTitle), page);
  }
  return requests;
}

function resolveBatch(run: AuditRun, pages: PageFacts[], deps: AuditStepDeps, memory: AuditMemory) {
  const resolved = [];
  const inBatch = new Set<string>();
  for (const facts of pages) {
    if (memory.titles.has(facts.title) || inBatch.has(facts.title)) continue;
    const page = pageOf(run.host, facts.title);
    if (page === null) continue;
    inBatch.add(facts.title);
    resolved.push({ facts, ownership: resolveOwnership(page, facts, deps.prepared, deps.names) });
  }
  return resolved;
}

/**
 * Reads the next batch of a running audit: up to 50 pages of the first source in the queue,
 * resolved as the panel would resolve them, with their owners' team pages. Throws what the wiki
 * threw (WikiApiError): the run is then unchanged, so the same batch can be asked again.
 */
export async function auditStep(run: AuditRun, deps: AuditStepDeps, memory: AuditMemory, signal: AbortSignal): Promise<AuditStepResult> {
  const source = run.queue[0];
  const nowIso = () => deps.now().toISOString();
  if (source === undefined) return { run: { ...run, state: 'done', finishedAt: nowIso(), updatedAt: nowIso(), cursor: null }, added: [] };

  const batch = await deps.fetchBatch(source, run.cursor, deps.filters, signal);
  const subcategories = newSubcategories(run, source, batch);
  const depth = source.kind === 'category' ? source.depth - 1 : 0;
  const resolved = resolveBatch(run, batch.pages, deps, memory);
  const room = maxAuditPages - run.rows;
  const kept = resolved.slice(0, Math.max(0, room));
  const owners = kept.flatMap(({ ownership }) => (ownership.teamPage === null ? [] : [ownership.teamPage]));
  const teamPageRequests = await readTeamPages(owners, memory, deps, signal);
  const added = kept.map(({ facts, ownership }) => auditRow(facts, ownership, memory.teamPages));

  const truncated = resolved.length > kept.length;
  const queue = batch.next === null ? run.queue.slice(1) : run.queue;
  const extra = subcategories.map(({ title }): AuditSource => ({ kind: 'category', title, depth }));
  const finished = truncated || (queue.length === 0 && extra.length === 0);
  const addedExpected = subcategories.reduce((sum, category) => sum + category.pages, 0);
  const next: AuditRun = {
    ...run,
    queue: truncated ? [] : [...queue, ...extra],
    cursor: truncated ? null : batch.next,
    seenCategories: [...run.seenCategories, ...subcategories.map((category) => category.title)],
    expected: run.expected === null ? null : run.expected + addedExpected,
    rows: run.rows + added.length,
    requests: run.requests + batch.requests + teamPageRequests,
    error: null,
    retryAt: null,
    truncated,
    updatedAt: nowIso(),
    state: finished ? 'done' : run.state,
    finishedAt: finished ? nowIso() : null,
  };
  return { run: next, added };
}
