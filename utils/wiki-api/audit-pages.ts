import { z } from 'zod';
import type { AuditSource, Continuation } from '../audit/audit-input';
import type { PageFacts } from '../ownership/page-facts';
import type { AuditFilters } from './audit-filters';
import { WikiApiError } from './errors';
import { factsPageSchema, lastEditOf, mergePages, titlesOf } from './facts-page';
import { isHistoricalTemplate } from './historical';
import { inBatches, mergeMappings, resolveTitle, titleMappingsSchema, type TitleMappings } from './query-answer';
import type { ApiParams, WikiSession } from './transport';

export type { AuditFilters } from './audit-filters';

/** One step of an audit: the pages of one generator batch, and where the generator goes on. */
export interface AuditBatch {
  pages: PageFacts[];
  /** The continuation for the next batch of this source; null when the source is read to its end. */
  next: Continuation | null;
  /** Subcategories met in this batch (category sources), as full titles, with the pages each holds (files included). */
  subcategories: { title: string; pages: number }[];
  /** Requests this batch took, continuation rounds and filter chunks included. */
  requests: number;
}

/**
 * 50 pages a request: the anonymous limit for titles and page ids, and so for the props asked
 * of a generator's pages (a generator may list 500, but its props would then continue).
 */
const batchSize = 50;
/**
 * Filtered lists rarely continue; a batch that still continues after this many rounds is
 * answered wrongly, and is refused rather than read for ever.
 */
const maxRounds = 10;
const categoryNamespace = 14;

const categoryInfoSchema = z.object({ pages: z.number().int().nonnegative(), files: z.number().int().nonnegative(), subcats: z.number().int().nonnegative() });
type CategoryInfo = z.infer<typeof categoryInfoSchema>;
/** A category without a page of its own has no categoryinfo: it counts as empty. */
const categoryPages = (info: CategoryInfo | undefined) => (info === undefined ? 0 : info.pages + info.files);

const batchAnswerSchema = z.object({
  continue: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  query: titleMappingsSchema.extend({ pages: z.array(factsPageSchema.extend({ categoryinfo: categoryInfoSchema.optional() })).optional() }).optional(),
});
type BatchAnswer = z.infer<typeof batchAnswerSchema>;
type BatchPage = NonNullable<NonNullable<BatchAnswer['query']>['pages']>[number];
type NamedPage = BatchPage & { title: string; ns: number };

/** The generator (and its parameter prefix) that lists a source's pages; titles need none. */
function generatorParams(source: AuditSource): { prefix: string; params: ApiParams } | null {
  switch (source.kind) {
    case 'category':
      // Subcategories are listed to be followed, not audited; below depth 0 they are not wanted.
      return { prefix: 'gcm', params: { generator: 'categorymembers', gcmtitle: source.title, gcmtype: source.depth > 0 ? ['page', 'subcat', 'file'] : ['page', 'file'], gcmlimit: batchSize } };
    case 'prefix':
      // A redirect under the prefix answers for its target, which is audited where it lives.
      return { prefix: 'gap', params: { generator: 'allpages', gapprefix: source.prefix, gapnamespace: source.namespace, gapfilterredir: 'nonredirects', gaplimit: batchSize } };
    case 'links-to':
      return { prefix: 'gbl', params: { generator: 'backlinks', gbltitle: source.title, gblfilterredir: 'nonredirects', gbllimit: batchSize } };
    case 'transcludes':
      return { prefix: 'gei', params: { generator: 'embeddedin', geititle: source.title, geifilterredir: 'nonredirects', geilimit: batchSize } };
    case 'titles':
      return null;
  }
}

/** The i-th slice of 50 of each filter list; a list already used up is left out (an empty filter would ask for every entry). */
function filterParams(filters: AuditFilters, chunk: number): { props: string[]; params: ApiParams } {
  const slice = (list: string[]) => inBatches(list, batchSize)[chunk] ?? [];
  const categories = slice(filters.categories);
  const templates = slice(filters.templates);
  const links = slice(filters.links);
  return {
    props: [categories.length > 0 ? 'categories' : null, templates.length > 0 ? 'templates' : null, links.length > 0 ? 'links' : null].filter((prop): prop is string => prop !== null),
    params: {
      ...(categories.length > 0 ? { clcategories: categories, cllimit: 'max' } : {}),
      ...(templates.length > 0 ? { tltemplates: templates, tllimit: 'max' } : {}),
      ...(links.length > 0 ? { pltitles: links, pllimit: 'max' } : {}),
    },
  };
}

const chunkCount = (filters: AuditFilters) => Math.max(1, ...[filters.categories, filters.templates, filters.links].map((list) => Math.ceil(list.length / batchSize)));

/** m3api starts continuation from `continue` itself; the rest of a cursor is the generator's place. */
function cursorParams(cursor: Continuation | null): ApiParams {
  if (cursor === null) return {};
  return Object.fromEntries(Object.entries(cursor).filter(([name]) => name !== 'continue'));
}

async function readRounds(session: WikiSession, params: ApiParams, generatorPrefix: string | null, signal: AbortSignal): Promise<BatchAnswer[]> {
  // Props continue within the batch; once only the generator's keys are left, the batch is whole.
  const propsContinue = (continuation: Record<string, unknown>) =>
    Object.keys(continuation).some((key) => key !== 'continue' && (generatorPrefix === null || !key.startsWith(generatorPrefix)));
  const answer = await session.requestAndContinue(params, batchAnswerSchema, { maxRounds, wants: propsContinue }, signal);
  if (!answer.complete) throw new WikiApiError({ reason: 'invalid-answer', what: `a batch's lists did not end within ${maxRounds} rounds` });
  return answer.rounds;
}

/** Pages the generator led to through a redirect: the answer's redirects, target → source. */
function redirectSources(mappings: TitleMappings): Map<string, string> {
  return new Map((mappings.redirects ?? []).map((mapping) => [mapping.to, mapping.from]));
}

function factsOf(page: NamedPage, redirectedFrom: string | undefined): PageFacts {
  const facts: PageFacts = {
    title: page.title,
    exists: !page.missing && !page.invalid,
    namespace: page.ns,
    isHistorical: (page.templates ?? []).some(isHistoricalTemplate),
    categories: titlesOf(page.categories),
    templates: titlesOf(page.templates),
    links: titlesOf(page.links),
    // One revision a page: only the last editor is known, so staff inference rests on them alone.
    recentEditors: [],
  };
  if (redirectedFrom !== undefined) facts.redirectedFrom = redirectedFrom;
  const lastEdit = lastEditOf(page);
  if (lastEdit !== undefined) facts.lastEdit = lastEdit;
  return facts;
}

/** The lists beyond the first 50 of each filter, asked of the batch's pages by id. */
async function readFilterChunks(session: WikiSession, pages: BatchPage[], filters: AuditFilters, signal: AbortSignal): Promise<{ pages: BatchPage[]; requests: number }> {
  const pageids = pages.flatMap((page) => (page.pageid === undefined ? [] : [page.pageid]));
  const extra: BatchPage[] = [];
  let requests = 0;
  for (let chunk = 1; chunk < chunkCount(filters) && pageids.length > 0; chunk += 1) {
    const { props, params } = filterParams(filters, chunk);
    const rounds = await readRounds(session, { action: 'query', pageids, prop: props, ...params }, null, signal);
    requests += rounds.length;
    extra.push(...rounds.flatMap((round) => round.query?.pages ?? []));
  }
  return { pages: extra, requests };
}

/**
 * Reads the next batch of an audit source with what the resolver needs of each page, in one
 * request where the filters fit one (50 entries each): the generator or titles, then info,
 * the filtered categories, templates and links, and the last revision.
 */
export async function fetchAuditBatch(session: WikiSession, source: AuditSource, cursor: Continuation | null, filters: AuditFilters, signal: AbortSignal): Promise<AuditBatch> {
  const generator = generatorParams(source);
  const { props, params } = filterParams(filters, 0);
  const rounds = await readRounds(
    session,
    {
      action: 'query',
      ...(generator === null ? { titles: source.kind === 'titles' ? source.titles : [] } : generator.params),
      // allpages refuses `redirects` (its own filter leaves them out); elsewhere they lead to their targets.
      ...(source.kind === 'prefix' ? {} : { redirects: true }),
      ...cursorParams(cursor),
      // categoryinfo sizes the subcategories met, for the progress bar, in the same request.
      prop: ['info', 'revisions', ...(source.kind === 'category' ? ['categoryinfo'] : []), ...props],
      rvprop: ['ids', 'timestamp', 'user'],
      ...params,
    },
    generator?.prefix ?? null,
    signal,
  );
  const listed = mergePages(rounds.flatMap((round) => round.query?.pages ?? []));
  const chunks = await readFilterChunks(session, listed.filter((page) => page.ns !== categoryNamespace), filters, signal);
  const pages = mergePages([...listed, ...chunks.pages]);
  const mappings = mergeMappings(rounds.map((round) => round.query ?? {}));
  const redirects = redirectSources(mappings);
  const next = generator === null ? null : (rounds.at(-1)?.continue ?? null);

  const named = pages.filter((page): page is NamedPage => page.title !== undefined && page.ns !== undefined);
  const subcategories = source.kind === 'category' ? named.filter((page) => page.ns === categoryNamespace).map((page) => ({ title: page.title, pages: categoryPages(page.categoryinfo) })) : [];
  const audited = named.filter((page) => source.kind !== 'category' || page.ns !== categoryNamespace);
  const found = source.kind === 'titles' ? inAskedOrder(source.titles, audited, mappings) : audited.map((page) => ({ page, redirectedFrom: redirects.get(page.title) }));
  return {
    pages: found.map(({ page, redirectedFrom }) => factsOf(page, redirectedFrom)),
    next,
    subcategories,
    requests: rounds.length + chunks.requests,
  };
}

/** A pasted list keeps its order in the table; each page once, with the redirect it was reached by. */
function inAskedOrder(asked: readonly string[], pages: NamedPage[], mappings: TitleMappings): { page: NamedPage; redirectedFrom: string | undefined }[] {
  const byTitle = new Map(pages.map((page) => [page.title, page]));
  const seen = new Set<string>();
  return asked.flatMap((requested) => {
    const resolved = resolveTitle(mappings, requested);
    const page = byTitle.get(resolved.title);
    if (page === undefined || seen.has(page.title)) return [];
    seen.add(page.title);
    return [{ page, redirectedFrom: resolved.redirectedFrom ?? undefined }];
  });
}

const categorySizeAnswerSchema = z.object({
  query: titleMappingsSchema.extend({ pages: z.array(z.object({ title: z.string().optional(), categoryinfo: categoryInfoSchema.optional() })).optional() }).optional(),
});

/** How many pages (files included, as the audit reads them) a category holds: the progress bar's first total. */
export async function fetchCategorySize(session: WikiSession, title: string, signal?: AbortSignal): Promise<number> {
  const answer = await session.request({ action: 'query', prop: 'categoryinfo', titles: title }, categorySizeAnswerSchema, signal);
  const resolved = resolveTitle(answer.query ?? {}, title).title;
  return categoryPages(answer.query?.pages?.find((page) => page.title === resolved)?.categoryinfo);
}
