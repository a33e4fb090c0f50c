import { z } from 'zod';
import { WikiApiError } from './errors';
import { basePageSchema, resolveTitle, titleMappingsSchema } from './query-answer';
import type { WikiSession } from './transport';

export const registryPageSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    /** Where the page lives now, after redirects. */
    title: z.string(),
    text: z.string(),
    contentModel: z.string(),
    revisionId: z.number().int(),
    /** Null when the revision's author is hidden. */
    user: z.string().nullable(),
    timestamp: z.string(),
  }),
  z.object({
    status: z.literal('missing'),
    title: z.string(),
    /**
     * When the page was last deleted, from the deletion log; null when the log has no deletion
     * of the title (the page never existed, or it went some other way, such as a move). Cached
     * answers from before the log was read have none, and read as null: not known deleted.
     */
    deletedAt: z.string().nullable().default(null),
  }),
  /** A title the wiki cannot hold (MediaWiki refuses it as "bad title"). */
  z.object({ status: z.literal('invalid'), title: z.string() }),
]);
export type RegistryPage = z.infer<typeof registryPageSchema>;

const registryAnswerSchema = z.object({
  query: titleMappingsSchema.extend({
    pages: z.array(
      basePageSchema.extend({
        title: z.string(),
        revisions: z
          .array(
            z.object({
              revid: z.number().int(),
              user: z.string().optional(),
              timestamp: z.string(),
              slots: z.object({ main: z.object({ contentmodel: z.string(), content: z.string() }) }),
            }),
          )
          .optional(),
      }),
    ),
    logevents: z.array(z.object({ timestamp: z.string() })).optional(),
  }),
});

/**
 * The on-wiki registry page's current text and revision, in one request. The same request
 * reads the title's latest deletion, so a deleted page can be told from one that never existed.
 */
export async function fetchRegistryPage(session: WikiSession, title: string, signal?: AbortSignal): Promise<RegistryPage> {
  let answer: z.infer<typeof registryAnswerSchema>;
  try {
    answer = await session.request(
      {
        action: 'query',
        titles: title,
        redirects: true,
        prop: 'revisions',
        rvprop: ['ids', 'user', 'timestamp', 'content', 'contentmodel'],
        rvslots: 'main',
        list: 'logevents',
        leaction: 'delete/delete',
        letitle: title,
        leprop: 'timestamp',
        lelimit: 1,
      },
      registryAnswerSchema,
      signal,
    );
  } catch (error) {
    // Where `titles` marks a bad title as invalid, `letitle` fails the whole request instead.
    if (error instanceof WikiApiError && error.failure.reason === 'wiki-error' && error.failure.code === 'invalidtitle') {
      return { status: 'invalid', title };
    }
    throw error;
  }
  const resolved = resolveTitle(answer.query, title);
  const page = answer.query.pages.find((candidate) => candidate.title === resolved.title);
  if (page?.invalid) return { status: 'invalid', title: resolved.title };
  const revision = page?.revisions?.[0];
  if (page === undefined || page.missing || revision === undefined) {
    return { status: 'missing', title: resolved.title, deletedAt: answer.query.logevents?.[0]?.timestamp ?? null };
  }
  return {
    status: 'found',
    title: page.title,
    text: revision.slots.main.content,
    contentModel: revision.slots.main.contentmodel,
    revisionId: revision.revid,
    user: revision.user ?? null,
    timestamp: revision.timestamp,
  };
}
