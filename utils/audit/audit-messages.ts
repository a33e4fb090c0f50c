import { z } from 'zod';
import { auditInputSchema } from './audit-input';
import { auditRowSchema } from './audit-row';
import { auditRunSchema } from './audit-run';

/** The audit page's port to the background (entrypoints/background/audit-port.ts). */
export const auditPortName = 'wayfinder-audit';

/** What the audit page asks. Starting replaces the stored run and its rows. */
export const auditCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), input: auditInputSchema }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('cancel') }),
  /** Reads the failed titles again, as a titles source appended to the run. */
  z.strictObject({ type: z.literal('retry-failed') }),
]);
export type AuditCommand = z.infer<typeof auditCommandSchema>;

/**
 * What the background sends: on connecting, the stored run with all its rows (`snapshot`);
 * then after every batch the run and only the rows that batch added (`progress`).
 */
export const auditUpdateSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('snapshot'), run: auditRunSchema.nullable(), rows: z.array(auditRowSchema) }),
  z.strictObject({ type: z.literal('progress'), run: auditRunSchema, added: z.array(auditRowSchema) }),
  /** A command the background refused, in words (a start while one runs, an input it cannot read). */
  z.strictObject({ type: z.literal('refused'), reason: z.string().max(500) }),
]);
export type AuditUpdate = z.infer<typeof auditUpdateSchema>;
