import { z } from 'zod';
import { ownershipSchema } from '../ownership/ownership';
import { wikiPageSchema } from '../page/wiki-page';
import { wikiApiFailureSchema } from '../wiki-api/errors';
import { liaisonAccountSchema } from './liaison-accounts';

/**
 * What the side panel shows for one page, streamed from the background as data arrives:
 * first the instant answer from the URL, then the answer refined by page facts, then the
 * live state of the team page, its listed staff and the related Grants: pages.
 */

/** How recently a listed contact edited, judged on live data; never assumed. */
export const contactStateSchema = z.enum([
  'active', // edited within the last 90 days
  'inactive', // exists but no edit in 90 days or more
  'blocked', // blocked on the account's own wiki
  'locked', // locked globally (CentralAuth)
  'missing', // no such account
  'unknown', // not checked yet, or the check failed
]);
export type ContactState = z.infer<typeof contactStateSchema>;

export const memberActivitySchema = z.object({
  username: z.string(),
  /** The wiki the team page's link points to: where the user page and talk page are. */
  host: z.string(),
  state: contactStateSchema,
  /** The most recent edit on any wiki checked, and that wiki's host. */
  lastEdit: z.string().nullable(),
  lastEditOn: z.string().nullable(),
  editCount: z.number().int().nonnegative().nullable(),
});
export type MemberActivity = z.infer<typeof memberActivitySchema>;

export const teamPageStatusSchema = z.object({
  host: z.string(),
  title: z.string(),
  exists: z.boolean(),
  /** Where the team page redirects now, when it has moved. */
  movedTo: z.string().nullable(),
  isHistorical: z.boolean(),
  /** The staff the team page's own text lists, with their live activity across the wikis they work on. */
  members: z.array(memberActivitySchema),
  /** What the page says of the answer's liaisons' accounts (liaison-accounts.ts); absent until it is read. */
  liaisonAccounts: z.array(liaisonAccountSchema).optional(),
});
export type TeamPageStatus = z.infer<typeof teamPageStatusSchema>;

export const relatedGrantPageSchema = z.object({
  title: z.string(),
  /** null: linked from the page, existence not checked (it costs a request per page). */
  exists: z.boolean().nullable(),
  /** A programme of the registry this page belongs to, when one matches. */
  programmeId: z.string().nullable(),
  via: z.enum(['link', 'search']),
});
export type RelatedGrantPage = z.infer<typeof relatedGrantPageSchema>;

export const registryStatusSchema = z.object({
  source: z.enum(['built-in', 'on-wiki']),
  /** The built-in registry's `updated` date. */
  builtinVersion: z.string(),
  onWiki: z
    .object({ host: z.string(), title: z.string(), revisionId: z.number().int(), user: z.string().nullable(), timestamp: z.string() })
    .nullable(),
  /** Why the on-wiki registry is not in use (or an older revision of it is), in the user's words. */
  problem: z.object({ reasons: z.array(z.string()), keptRevisionId: z.number().int().nullable() }).nullable(),
  /** A large change in the newest on-wiki revision, shown so users can judge it. */
  largeChange: z
    .object({ revisionId: z.number().int(), user: z.string().nullable(), changedTeams: z.number().int(), changedContacts: z.number().int() })
    .nullable(),
  /**
   * The on-wiki page of the copy in use no longer exists; `at` is when the deletion log says it
   * was deleted, null when the log does not say (moved away, say). The copy stays in use.
   */
  deleted: z.object({ at: z.string().nullable() }).nullable(),
});
export type RegistryStatus = z.infer<typeof registryStatusSchema>;

export const dataPartSchema = z.enum(['page-facts', 'team-page', 'members', 'grants', 'registry']);

export const pageReportSchema = z.object({
  page: wikiPageSchema,
  ownership: ownershipSchema,
  phase: z.enum(['instant', 'refined', 'complete']),
  teamPage: teamPageStatusSchema.nullable(),
  relatedGrantPages: z.array(relatedGrantPageSchema),
  registry: registryStatusSchema,
  /** What could not be loaded this time; cached data for that part stays in the report. */
  failures: z.array(z.object({ part: dataPartSchema, failure: wikiApiFailureSchema })),
  /** When the oldest live data shown was fetched (ISO), or null when none is shown. */
  dataFetchedAt: z.string().nullable(),
  stale: z.boolean(),
});
export type PageReport = z.infer<typeof pageReportSchema>;
