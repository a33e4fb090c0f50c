import { z } from 'zod';
import { certaintySchema } from '../registry/schema';
import { confidenceSchema, ownershipStatusSchema, teamSummarySchema } from '../ownership/ownership';

const title = z.string().min(1).max(512);

/** The owner's team page as the wiki has it now. unchecked: it could not be read (yet). */
export const teamPageStateSchema = z.enum(['current', 'moved', 'historical', 'missing', 'unchecked']);
export type TeamPageState = z.infer<typeof teamPageStateSchema>;

/** One audited page: what the side panel would say of it, in a line. */
export const auditRowSchema = z.strictObject({
  /** Title after redirects. */
  title,
  redirectedFrom: title.nullable(),
  exists: z.boolean(),
  status: ownershipStatusSchema,
  owner: teamSummarySchema.nullable(),
  /** The community body or affiliate that runs the page, when the status is community. */
  runBy: z.string().nullable(),
  /** How many teams hold a split or dissolved team's parts today, when the status is split. */
  splitOwners: z.number().int().nonnegative().nullable(),
  confidence: confidenceSchema,
  certainty: certaintySchema,
  /** Team names from the team the page was tied to, to today's owner. */
  lineage: z.array(z.string()).max(50),
  /** The page carries the historical banner. */
  historical: z.boolean(),
  teamPage: z.strictObject({ title, state: teamPageStateSchema, movedTo: title.nullable() }).nullable(),
  lastEdit: z.strictObject({ timestamp: z.string().max(40), user: z.string().max(255) }).nullable(),
  /** Source URLs behind the answer, once each. */
  sources: z.array(z.string().max(2000)).max(50),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

/** A title whose batch failed; the reason in words, as the panel would say it. */
export const auditFailureSchema = z.strictObject({ title, reason: z.string().max(500) });
export type AuditFailure = z.infer<typeof auditFailureSchema>;
