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
} from './query-answer';
import { listedAccountSchema, listedAccounts } from './staff-wikitext';
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
  /** The staff the page's own wikitext lists (staff-wikitext.ts), in the page's order. */
  members: z.array(listedAccountSchema),
  /** False when the page's text did not arrive within the round cap. */
  membersComplete: z.boolean(),
});
export type TeamPage = z.infer<typeof teamPageSchema>;

/**
 * Texts of 50 pages fit one answer unless they pass the API's result size (8 MB on Wikimedia
 * wikis); then the rest arrive in further rounds, and five is far past any batch of team pages.
 */
const maxRounds = 5;

const teamAnswerSchema = z.object({
  query: titleMappingsSchema
    .extend({
      pages: z
        .array(
          basePageSchema.extend({
            templates: z.array(linkSchema).optional(),
            revisions: z.array(z.object({ slots: z.object({ main: z.object({ content: z.string().optional() }) }) })).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
type TeamAnswer = z.infer<typeof teamAnswerSchema>;

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
      prop: ['info', 'templates', 'revisions'],
      tltemplates: historicalTemplate,
      tllimit: 'max',
      rvprop: 'content',
      rvslots: 'main',
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
    const text = copies.flatMap((page) => page.revisions ?? []).find((revision) => revision.slots.main.content !== undefined);
    return {
      requestedTitle,
      title: resolved.title,
      exists,
      movedTo: resolved.redirectedFrom === null ? null : resolved.title,
      isHistorical: copies.some((page) => (page.templates ?? []).some(isHistoricalTemplate)),
      members: listedAccounts(text?.slots.main.content ?? '', session.host),
      membersComplete: !exists || text !== undefined,
    };
  });
}

/**
 * Team pages of one wiki in batches of 50 titles, one request per batch. The staff are read from each page's wikitext rather than from
 * prop=links, which cannot tell a link the page writes from one a template brings (docs/API.md).
 * Batches run side by side, within the host's three slots.
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
