import { z } from 'zod';
import type { PageFacts } from '../ownership/page-facts';
import { splitTranslationSubpage } from '../page/title';
import { splitTranslationUnit, translationsNamespaceId } from '../page/translate-titles';
import type { WikiPage } from '../page/wiki-page';
import { WikiApiError } from './errors';
import { isHistoricalTemplate } from './historical';
import { factsPageSchema, lastEditOf, mergePages, titlesOf, type FactsPage } from './facts-page';
import { mergeMappings, resolveTitle, titleMappingsSchema, uniqueBy, type TitleMappings } from './query-answer';
import type { ApiParams, WikiSession } from './transport';

/**
 * Lists are fetched 500 at a time (the anonymous maximum); a second round covers a page whose
 * source shares the first. Beyond that the page is an index, and its tail cannot change who
 * owns it.
 */
const maxRounds = 2;
/** Main, project (Meta:) and Grants: hold the team and programme pages rules look for. */
const linkNamespaces = [0, 4, 200];
const maxRecentEditors = 10;
/** As many edits as recent changes are asked for, and the same window: Wikimedia's $wgRCMaxAge. */
const recentEditLimit = 50;
const recentWindowMs = 90 * 24 * 60 * 60 * 1000;
/** Translate's page property on a translation page (since Translate 8042f1d0, September 2023). */
const translationPageProp = 'translate-is-translation';

const recentChangeSchema = z.object({
  title: z.string(),
  user: z.string().optional(),
  timestamp: z.string(),
});

const factsAnswerSchema = z.object({
  curtimestamp: z.string().optional(),
  query: titleMappingsSchema
    .extend({
      pages: z.array(factsPageSchema).optional(),
      badrevids: z.record(z.string(), z.unknown()).optional(),
      recentchanges: z.array(recentChangeSchema).optional(),
    })
    .optional(),
});
type FactsAnswer = z.infer<typeof factsAnswerSchema>;

type Selection = { titles: string[] } | { pageids: number[] } | { revids: number[] };

function selectionFor(page: WikiPage): Selection {
  if (page.title !== null) {
    const source = page.translation?.sourceTitle;
    return { titles: source === undefined ? [page.title] : [page.title, source] };
  }
  if (page.pageId !== null) return { pageids: [page.pageId] };
  if (page.revisionId !== null) return { revids: [page.revisionId] };
  throw new WikiApiError({ reason: 'invalid-answer', what: 'the page has no title, page id or revision id' });
}

/**
 * Where recent editors come from, still in the one request. A single page asked for (by title
 * or id) lists its own last edits with prop=revisions, which MediaWiki reads after following the
 * redirect: a redirect URL gets its target's editors. list=recentchanges cannot do that (rctitle
 * takes one title, matched as given), and prop=revisions lists more than one revision only for
 * a single page, so with a translation's source asked too the source's recent changes are
 * listed: the topic of a translation. Asking after the answer would add a round trip to every
 * redirect; instead, when the answer shows that guess wrong (the source was itself a redirect,
 * or the subpage is no translation), no editors are claimed beyond the last edit.
 */
function recentEditsParams(selection: Selection): ApiParams {
  if ('revids' in selection) return {};
  if ('pageids' in selection || selection.titles.length === 1) return { rvlimit: recentEditLimit, curtimestamp: true };
  return {
    list: 'recentchanges',
    rctitle: selection.titles[1],
    rcprop: ['title', 'user', 'timestamp'],
    rctype: ['edit', 'new'],
    rclimit: recentEditLimit,
  };
}

function factsParams(selection: Selection): ApiParams {
  return {
    action: 'query',
    prop: ['info', 'pageprops', 'categories', 'templates', 'links', 'revisions'],
    ...selection,
    redirects: true,
    ppprop: translationPageProp,
    cllimit: 'max',
    tllimit: 'max',
    pllimit: 'max',
    plnamespace: linkNamespaces,
    rvprop: ['ids', 'timestamp', 'user'],
    ...recentEditsParams(selection),
  };
}

/** More categories, templates or links are wanted; more recent changes are not. */
function wantsMoreLists(continuation: Record<string, unknown>): boolean {
  return ['clcontinue', 'tlcontinue', 'plcontinue'].some((key) => key in continuation);
}

function findPage(
  pages: FactsPage[],
  selection: Selection,
  mappings: TitleMappings,
): { page: FactsPage | undefined; redirectedFrom: string | null } {
  if ('titles' in selection) {
    const resolved = resolveTitle(mappings, selection.titles[0]!);
    return { page: pages.find((page) => page.title === resolved.title), redirectedFrom: resolved.redirectedFrom };
  }
  if ('pageids' in selection) {
    return { page: pages.find((page) => page.pageid === selection.pageids[0]), redirectedFrom: null };
  }
  const revisionId = selection.revids[0];
  const page = pages.find((candidate) => candidate.revisions?.some((revision) => revision.revid === revisionId));
  return { page, redirectedFrom: null };
}

/** MediaWiki's own codes and wording for an id that names nothing. */
function notFound(selection: Selection): never {
  if ('pageids' in selection) {
    const text = `There is no page with ID ${selection.pageids[0]}.`;
    throw new WikiApiError({ reason: 'wiki-error', code: 'nosuchpageid', text });
  }
  if ('revids' in selection) {
    const text = `There is no revision with ID ${selection.revids[0]}.`;
    throw new WikiApiError({ reason: 'wiki-error', code: 'nosuchrevid', text });
  }
  throw new WikiApiError({ reason: 'invalid-answer', what: 'the asked page is not in the answer' });
}

/** The page's own edits within the recent-changes window, when they were asked for (one page: curtimestamp too). */
function recentRevisionsOf(page: FactsPage, now: string | undefined): { title: string; user?: string; timestamp: string }[] {
  if (now === undefined) return [];
  const since = Date.parse(now) - recentWindowMs;
  return (page.revisions ?? [])
    .filter((revision) => Date.parse(revision.timestamp) >= since)
    .map((revision) => ({ title: page.title ?? '', user: revision.user, timestamp: revision.timestamp }));
}

function recentEditorsOf(rounds: readonly FactsAnswer[], found: FactsPage, topicTitle: string): PageFacts['recentEditors'] {
  const changes = [
    ...rounds.flatMap((round) => round.query?.recentchanges ?? []),
    ...recentRevisionsOf(found, rounds[0]?.curtimestamp),
  ].filter((change) => change.title === topicTitle && change.user !== undefined && change.user !== '');
  return uniqueBy(changes, (change) => change.user!)
    .slice(0, maxRecentEditors)
    .map((change) => ({ user: change.user!, timestamp: change.timestamp }));
}

/**
 * The source page when the wiki says this page is a translation of it. A translation unit is
 * one by its namespace. Otherwise Translate's marker decides: its page property, or the page
 * language its PageContentLanguage hook gives a translation page (the target language, worked
 * out live from the source being marked for translation) where the source page has another.
 * The suffix alone decides nothing: `User:X/de` keeps the wiki's language.
 */
function translationSourceOf(found: FactsPage, pages: FactsPage[], mappings: TitleMappings): string | undefined {
  const title = found.title ?? '';
  if (found.ns === translationsNamespaceId) return splitTranslationUnit(title)?.sourceTitle;
  const split = splitTranslationSubpage(title);
  if (split === null) return undefined;
  if (found.pageprops?.[translationPageProp] !== undefined) return split.sourceTitle;
  const source = pages.find((candidate) => candidate.title === resolveTitle(mappings, split.sourceTitle).title);
  const inItsLanguage = found.pagelanguage === split.language && source?.pagelanguage !== split.language;
  return source !== undefined && !source.missing && !source.invalid && inItsLanguage ? source.title : undefined;
}

/**
 * What the wiki knows about a page and its translation source, in one request (two for a page
 * with more than 500 categories, templates or links).
 */
export async function fetchPageFacts(session: WikiSession, page: WikiPage, signal?: AbortSignal): Promise<PageFacts> {
  const selection = selectionFor(page);
  const answer = await session.requestAndContinue(
    factsParams(selection),
    factsAnswerSchema,
    { maxRounds, wants: wantsMoreLists },
    signal,
  );
  const rounds = answer.rounds;
  const mappings = mergeMappings(rounds.map((round) => round.query ?? {}));
  const pages = mergePages(rounds.flatMap((round) => round.query?.pages ?? []));
  const { page: found, redirectedFrom } = findPage(pages, selection, mappings);
  if (found?.title === undefined || found.ns === undefined) notFound(selection);

  const translationSource = translationSourceOf(found, pages, mappings);
  const sourcePage = pages.find((candidate) => candidate.title === translationSource && candidate !== found);
  const topicTitle = translationSource ?? found.title;

  const facts: PageFacts = {
    title: found.title,
    exists: !found.missing && !found.invalid,
    namespace: found.ns,
    isHistorical:
      (found.templates ?? []).some(isHistoricalTemplate) ||
      (sourcePage?.templates ?? []).some(isHistoricalTemplate),
    categories: titlesOf(found.categories),
    templates: titlesOf(found.templates),
    links: titlesOf(found.links),
    recentEditors: recentEditorsOf(rounds, found, topicTitle),
  };
  if (redirectedFrom !== null) facts.redirectedFrom = redirectedFrom;
  if (translationSource !== undefined && translationSource !== found.title) facts.translationSource = translationSource;
  const lastEdit = lastEditOf(found);
  if (lastEdit !== undefined) facts.lastEdit = lastEdit;
  return facts;
}
