import { z } from 'zod';
import { wikiHostSchema } from '../registry/hosts';
import { teamIdSchema } from '../registry/schema';

const title = z.string().trim().min(1).max(255);

/** The most pages one audit reads: 10,000 rows fit storage.local (10 MB without `unlimitedStorage`) beside the cache. */
export const maxAuditPages = 10_000;
/** Subcategories are followed at most this deep: Meta's category trees loop and sprawl below it. */
export const maxCategoryDepth = 5;

/**
 * What a maintainer asks to audit, on one wiki. `team` stands for the title prefixes the
 * registry's rules give that team on this wiki; `titles` is a pasted list, already parsed
 * (utils/audit/pasted-titles.ts).
 */
export const auditInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('category'), host: wikiHostSchema, category: title, depth: z.number().int().min(0).max(maxCategoryDepth) }),
  z.strictObject({ kind: z.literal('prefix'), host: wikiHostSchema, namespace: z.number().int().min(0).max(100_000), prefix: title }),
  z.strictObject({ kind: z.literal('links-to'), host: wikiHostSchema, target: title }),
  z.strictObject({ kind: z.literal('transcludes'), host: wikiHostSchema, target: title }),
  z.strictObject({ kind: z.literal('titles'), host: wikiHostSchema, titles: z.array(title).min(1).max(maxAuditPages) }),
  z.strictObject({ kind: z.literal('team'), host: wikiHostSchema, team: teamIdSchema }),
]);
export type AuditInput = z.infer<typeof auditInputSchema>;
export type AuditInputKind = AuditInput['kind'];

/**
 * One list of pages the run reads in turn, each through one API generator (utils/wiki-api/
 * audit-pages.ts). An input becomes one or more sources; a category's subcategories are added
 * as they are found, with their depth below the input's category.
 */
export const auditSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('category'), title, depth: z.number().int().min(0).max(maxCategoryDepth) }),
  z.strictObject({ kind: z.literal('prefix'), namespace: z.number().int().min(0).max(100_000), prefix: title }),
  z.strictObject({ kind: z.literal('links-to'), title }),
  z.strictObject({ kind: z.literal('transcludes'), title }),
  /** At most 50 titles: one request. */
  z.strictObject({ kind: z.literal('titles'), titles: z.array(title).min(1).max(50) }),
]);
export type AuditSource = z.infer<typeof auditSourceSchema>;

/** The API's continuation parameters for the source being read, as it returned them. */
export const continuationSchema = z.record(z.string().max(100), z.union([z.string().max(2000), z.number()]));
export type Continuation = z.infer<typeof continuationSchema>;
