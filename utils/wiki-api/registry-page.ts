import { z } from 'zod';
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
  z.object({ status: z.literal('missing'), title: z.string() }),
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
  }),
});

/** The on-wiki registry page's current text and revision, in one request. */
export async function fetchRegistryPage(session: WikiSession, title: string, signal?: AbortSignal): Promise<RegistryPage> {
  const answer = await session.request(
    {
      action: 'query',
      titles: title,
      redirects: true,
      prop: 'revisions',
      rvprop: ['ids', 'user', 'timestamp', 'content', 'contentmodel'],
      rvslots: 'main',
    },
    registryAnswerSchema,
    signal,
  );
  const resolved = resolveTitle(answer.query, title);
  const page = answer.query.pages.find((candidate) => candidate.title === resolved.title);
  const revision = page?.revisions?.[0];
  if (page === undefined || page.missing || page.invalid || revision === undefined) {
    return { status: 'missing', title: resolved.title };
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
