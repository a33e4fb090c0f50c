import { z } from 'zod';
import { wikiHostSchema } from '../registry/hosts';
import { auditInputSchema, auditSourceSchema, continuationSchema, maxAuditPages } from './audit-input';
import { auditFailureSchema } from './audit-row';

/**
 * running: reading; paused: stopped by the user, resumable; waiting: stopped by the wiki (gone,
 * or rate limits past the retries), resumed by the user or on its own after `retryAt`; done,
 * cancelled: over, rows kept until the next run.
 */
export const auditStateSchema = z.enum(['running', 'paused', 'waiting', 'done', 'cancelled']);
export type AuditState = z.infer<typeof auditStateSchema>;

/** A run as stored between batches (utils/audit/audit-store.ts); its rows are stored beside it. */
export const auditRunSchema = z.strictObject({
  id: z.string().min(1).max(64),
  host: wikiHostSchema,
  input: auditInputSchema,
  state: auditStateSchema,
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Sources still to read; the first is being read, from `cursor`. */
  queue: z.array(auditSourceSchema).max(maxAuditPages),
  cursor: continuationSchema.nullable(),
  /** Categories already queued, so a loop in the tree is read once. */
  seenCategories: z.array(z.string()).max(maxAuditPages),
  /** Pages the wiki says the input holds, where it says (a category tree's page counts); null when unknown. */
  expected: z.number().int().nonnegative().nullable(),
  rows: z.number().int().nonnegative(),
  requests: z.number().int().nonnegative(),
  failures: z.array(auditFailureSchema).max(maxAuditPages),
  /** The last error that stopped or slowed the run, in words; null when none. */
  error: z.string().max(500).nullable(),
  /** When a waiting run tries again by itself. */
  retryAt: z.string().nullable(),
  /** Set when the page cap stopped the run before the input was read to its end. */
  truncated: z.boolean(),
});
export type AuditRun = z.infer<typeof auditRunSchema>;
