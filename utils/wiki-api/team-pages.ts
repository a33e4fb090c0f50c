import { z } from 'zod';
import { historicalTemplate, isHistoricalTemplate } from './historical';
import {
  basePageSchema,
  inBatches,
  linkSchema,
  mergeMappings,
  resolveTitle,
  titleMappingsSchema,
  uniqueBy,
  withoutPrefix,
} from './query-answer';
import type { WikiSession } from './transport';

/** A team page's live state on Meta. */
export const teamPageSchema = z.object({
  /** The title as asked for. */
  requestedTitle: z.string(),
  /** Where the page lives now (after normalisation and redirects). */
  title: z.string(),
  exists: z.boolean(),
  /** The page the asked title redirects to, when the team page has moved; null otherwise. */
  movedTo: z.string().nullable(),
  isHistorical: z.boolean(),
  /** User names the page links to (User: root pages), in the API's order. */
  members: z.array(z.string()),
  /** False when the round cap cut the member list short. */
  membersComplete: z.boolean(),
});
export type TeamPage = z.infer<typeof teamPageSchema>;

const userNamespace = 2;
/** 500 User: links per round across a batch of 50 pages; five rounds is far past any team. */
const maxRounds = 5;

const teamAnswerSchema = z.object({
  query: titleMappingsSchema
    .extend({
      pages: z
        .array(
          basePageSchema.extend({
            templates: z.array(linkSchema).optional(),
            links: z.array(linkSchema).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
type TeamAnswer = z.infer<typeof teamAnswerSchema>;

function isMemberLink(link: z.infer<typeof linkSchema>): boolean {
  // User:Name/Subpage is a user's page, not a person listed on the team.
  return link.ns === userNamespace && !withoutPrefix(link.title).includes('/');
}

async function fetchBatch(
  session: WikiSession,
  titles: string[],
  signal: AbortSignal | undefined,
): Promise<TeamPage[]> {
  const answer = await session.requestAndContinue(
    {
      action: 'query',
      titles,
      redirects: true,
      prop: ['info', 'templates', 'links'],
      tltemplates: historicalTemplate,
      tllimit: 'max',
      plnamespace: userNamespace,
      pllimit: 'max',
    },
    teamAnswerSchema,
    { maxRounds },
    signal,
  );
  const rounds: TeamAnswer[] = answer.rounds;
  const mappings = mergeMappings(rounds.map((round) => round.query ?? {}));
  const pages = rounds.flatMap((round) => round.query?.pages ?? []);

  return titles.map((requestedTitle) => {
    const resolved = resolveTitle(mappings, requestedTitle);
    const copies = pages.filter((page) => page.title === resolved.title);
    const exists = copies.length > 0 && copies.every((page) => !page.missing && !page.invalid);
    const links = copies.flatMap((page) => page.links ?? []).filter(isMemberLink);
    return {
      requestedTitle,
      title: resolved.title,
      exists,
      movedTo: resolved.redirectedFrom === null ? null : resolved.title,
      isHistorical: copies.some((page) => (page.templates ?? []).some(isHistoricalTemplate)),
      members: uniqueBy(links, (link) => link.title).map((link) => withoutPrefix(link.title)),
      membersComplete: answer.complete,
    };
  });
}

/**
 * Team pages in batches of 50 titles, one request per batch unless the pages link to more than
 * 500 User: pages together. Batches run side by side, within the host's three slots.
 */
export async function fetchTeamPages(
  session: WikiSession,
  titles: readonly string[],
  signal?: AbortSignal,
): Promise<TeamPage[]> {
  const unique = uniqueBy(titles, (title) => title);
  const batches = await Promise.all(inBatches(unique).map((batch) => fetchBatch(session, batch, signal)));
  return batches.flat();
}
