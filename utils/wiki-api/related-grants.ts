import { z } from 'zod';
import type { WikiPage } from '../page/wiki-page';
import { titleKey } from '../page/title';
import { basePageSchema, mergeMappings, titleMappingsSchema, uniqueBy } from './query-answer';
import type { WikiSession } from './transport';

export const relatedGrantSchema = z.object({
  /** Where the Grants: page lives now. */
  title: z.string(),
  exists: z.boolean(),
  /** The linked title that redirected here, when the link went through a redirect. */
  redirectedFrom: z.string().nullable(),
  /** A link on the topic page, or a search hit for the topic's name. */
  via: z.enum(['link', 'search']),
});
export type RelatedGrant = z.infer<typeof relatedGrantSchema>;

export const relatedGrantsSchema = z.object({
  /** The page whose links and name were used, as asked for. */
  topicTitle: z.string(),
  grants: z.array(relatedGrantSchema),
  /** False when the round cap left some linked Grants: pages unlisted. */
  complete: z.boolean(),
});
export type RelatedGrants = z.infer<typeof relatedGrantsSchema>;

export type GrantsTopic = Pick<WikiPage, 'title' | 'namespace' | 'translation'>;

const grantsNamespace = 200;
const maxSearchHits = 10;
/** 500 linked pages a round; an index of programmes beyond 2,500 is not a related list. */
const maxRounds = 5;

const grantsAnswerSchema = z.object({
  query: titleMappingsSchema
    .extend({
      pages: z.array(basePageSchema.extend({ title: z.string() })).optional(),
      search: z.array(z.object({ title: z.string() })).optional(),
    })
    .optional(),
});

/** The topic's name as a search phrase: no namespace prefix, subpage slashes as spaces. */
function searchText(topicTitle: string, namespaceName: string): string {
  const prefix = namespaceName === '' ? '' : `${namespaceName}:`;
  const name = topicTitle.startsWith(prefix) ? topicTitle.slice(prefix.length) : topicTitle;
  return name.replace(/\//g, ' ');
}

/** More linked Grants: pages are wanted; more search hits are not. */
function wantsMoreLinks(continuation: Record<string, unknown>): boolean {
  return 'gplcontinue' in continuation;
}

/**
 * Grants: pages related to a topic, in one request: the Grants: pages it links to (a links
 * generator with prop=info, so each comes with whether it exists and where it redirects) and
 * a search of the Grants: namespace for its name. Search engines index existing pages and
 * answer with redirect targets, so a hit exists and is where it says. The topic of a
 * translation is its source page. Callers pass the owning team's page where there is one, so
 * that every page of a team shares one cached answer.
 */
export async function fetchRelatedGrants(
  session: WikiSession,
  topic: GrantsTopic,
  signal?: AbortSignal,
): Promise<RelatedGrants> {
  const topicTitle = topic.translation?.sourceTitle ?? topic.title;
  if (topicTitle === null) return { topicTitle: '', grants: [], complete: true };
  const answer = await session.requestAndContinue(
    {
      action: 'query',
      titles: topicTitle,
      generator: 'links',
      gplnamespace: grantsNamespace,
      gpllimit: 'max',
      prop: 'info',
      redirects: true,
      list: 'search',
      srsearch: searchText(topicTitle, topic.namespace?.name ?? ''),
      srnamespace: grantsNamespace,
      srlimit: maxSearchHits,
      srprop: '',
      srinfo: '',
    },
    grantsAnswerSchema,
    { maxRounds, wants: wantsMoreLinks },
    signal,
  );
  const queries = answer.rounds.map((round) => round.query ?? {});
  const mappings = mergeMappings(queries);
  const pages = queries.flatMap((query) => query.pages ?? []);
  const redirectSources = new Map((mappings.redirects ?? []).map((redirect) => [redirect.to, redirect.from]));

  const linked: RelatedGrant[] = pages.map((page) => ({
    title: page.title,
    exists: !page.missing && !page.invalid,
    redirectedFrom: redirectSources.get(page.title) ?? null,
    via: 'link',
  }));
  const found: RelatedGrant[] = queries
    .flatMap((query) => query.search ?? [])
    .filter((hit) => titleKey(hit.title) !== titleKey(topicTitle))
    .map((hit) => ({ title: hit.title, exists: true, redirectedFrom: null, via: 'search' }));

  return {
    topicTitle,
    grants: uniqueBy([...linked, ...found], (grant) => grant.title),
    complete: answer.complete,
  };
}
