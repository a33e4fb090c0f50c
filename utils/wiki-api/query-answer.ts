import { z } from 'zod';

export { inBatches } from './batches';

/** The API reports each title it rewrote: spelling (normalized) and redirects it followed. */
const titleMappingSchema = z.object({ from: z.string(), to: z.string() });

export const titleMappingsSchema = z.object({
  normalized: z.array(titleMappingSchema).optional(),
  redirects: z.array(titleMappingSchema).optional(),
});
export type TitleMappings = z.infer<typeof titleMappingsSchema>;

/** A page as every prop=… answer starts it (formatversion=2). */
export const basePageSchema = z.object({
  pageid: z.number().int().optional(),
  ns: z.number().int().optional(),
  title: z.string().optional(),
  missing: z.boolean().optional(),
  invalid: z.boolean().optional(),
});

export const linkSchema = z.object({ ns: z.number().int(), title: z.string() });
export type Link = z.infer<typeof linkSchema>;

export interface ResolvedTitle {
  /** Where the requested title leads: normalised, then through every redirect. */
  title: string;
  /** The last redirect followed to get there, or null when none was. */
  redirectedFrom: string | null;
}

/** Follows the answer's own normalisation and redirects from a title we asked for. */
export function resolveTitle(mappings: TitleMappings, requested: string): ResolvedTitle {
  let title = mappings.normalized?.find((mapping) => mapping.from === requested)?.to ?? requested;
  let redirectedFrom: string | null = null;
  const seen = new Set<string>([title]);
  for (;;) {
    const redirect = mappings.redirects?.find((mapping) => mapping.from === title);
    if (redirect === undefined || seen.has(redirect.to)) return { title, redirectedFrom };
    redirectedFrom = title;
    title = redirect.to;
    seen.add(title);
  }
}

/** The mappings of several continuation rounds as one. */
export function mergeMappings(rounds: readonly TitleMappings[]): TitleMappings {
  return {
    normalized: rounds.flatMap((round) => round.normalized ?? []),
    redirects: rounds.flatMap((round) => round.redirects ?? []),
  };
}

/** The first item of each key, in the order given. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const itemKey = key(item);
    if (seen.has(itemKey)) return false;
    seen.add(itemKey);
    return true;
  });
}

/** The text after the namespace prefix, e.g. the user name of a User: link. */
export function withoutPrefix(title: string): string {
  const colon = title.indexOf(':');
  return colon === -1 ? title : title.slice(colon + 1);
}
