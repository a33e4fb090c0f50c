import { z } from 'zod';
import type { PageFacts } from '../ownership/page-facts';
import { basePageSchema, linkSchema, uniqueBy, type Link } from './query-answer';

/** The most titles of one list a page's facts keep: the anonymous list maximum. */
const maxListLength = 500;

const revisionSchema = z.object({
  revid: z.number().int(),
  user: z.string().optional(),
  timestamp: z.string(),
});

/** A page as a page-facts query answers it (formatversion=2), for one page or for a batch. */
export const factsPageSchema = basePageSchema.extend({
  lastrevid: z.number().int().optional(),
  pagelanguage: z.string().optional(),
  pageprops: z.record(z.string(), z.unknown()).optional(),
  categories: z.array(linkSchema).optional(),
  templates: z.array(linkSchema).optional(),
  links: z.array(linkSchema).optional(),
  revisions: z.array(revisionSchema).optional(),
});
export type FactsPage = z.infer<typeof factsPageSchema>;

const join = (a?: Link[], b?: Link[]): Link[] | undefined => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);

/** Continuation rounds repeat each page with the next slice of its lists: join them. */
export function mergePages<P extends FactsPage>(pages: readonly P[]): P[] {
  const byKey = new Map<string, P>();
  for (const page of pages) {
    const key = page.pageid !== undefined ? `id:${page.pageid}` : `title:${page.title ?? ''}`;
    const known = byKey.get(key);
    if (known === undefined) {
      byKey.set(key, { ...page });
      continue;
    }
    byKey.set(key, {
      ...page,
      ...known,
      categories: join(known.categories, page.categories),
      templates: join(known.templates, page.templates),
      links: join(known.links, page.links),
      revisions: known.revisions ?? page.revisions,
    });
  }
  return [...byKey.values()];
}

export function titlesOf(links: Link[] | undefined): string[] {
  return uniqueBy(links ?? [], (link) => link.title)
    .slice(0, maxListLength)
    .map((link) => link.title);
}

export function lastEditOf(page: FactsPage): PageFacts['lastEdit'] {
  // With ?oldid= the answer carries that revision, which is the last edit only if it is current.
  const revision = page.revisions?.[0];
  if (revision?.user === undefined || revision.user === '' || revision.revid !== page.lastrevid) return undefined;
  return { timestamp: revision.timestamp, user: revision.user };
}
