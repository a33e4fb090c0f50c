import { z } from 'zod';
import { isWikimediaWikiHost } from '../settings/wikimedia-wiki-host';
import { registryPageSchema } from '../wiki-api/registry-page';
import { pageReportSchema, registryStatusSchema } from './page-report';

/**
 * Messages between the extension's contexts, validated on both ends: a content script runs
 * beside untrusted pages, so the background never trusts a message's shape.
 */

export { panelPortName } from './messages-light';

/**
 * Side panel → background, over the port it keeps for its whole life: report on this page
 * (replacing any earlier one), or on none any more.
 */
export const watchRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watch'), url: z.string().max(4096), attempt: z.number().int().nonnegative() }),
  z.object({ type: z.literal('unwatch') }),
]);
export type WatchRequest = z.infer<typeof watchRequestSchema>;

/** Background → side panel, over the port. `attempt` ties a report to the request it answers. */
export const reportMessageSchema = z.object({ type: z.literal('report'), attempt: z.number().int().nonnegative(), report: pageReportSchema });
export type ReportMessage = z.infer<typeof reportMessageSchema>;

export const badgeInfoSchema = z.object({ show: z.boolean(), teamName: z.string().nullable(), label: z.string(), url: z.string() });
export type BadgeInfo = z.infer<typeof badgeInfoSchema>;

const kindStatsSchema = z.object({ entries: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() });
export const cacheStatsSchema = z.object({
  kinds: z.record(z.string(), kindStatsSchema),
  totalBytes: z.number().int().nonnegative(),
  maxBytes: z.number().int().nonnegative(),
});
export type CacheStats = z.infer<typeof cacheStatsSchema>;

/** Background → any extension page: one wiki's request queue so far (read-only figures). */
export const limiterStatsSchema = z.object({
  started: z.number().int().nonnegative(),
  active: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative(),
  peakActive: z.number().int().nonnegative(),
});
export type LimiterStats = z.infer<typeof limiterStatsSchema>;

const [foundPage, missingPage, invalidPage] = registryPageSchema.options;

/** Background → options page: what the wiki says of a registry page as typed, without its text. */
export const registryCheckSchema = z.object({
  page: z.discriminatedUnion('status', [
    foundPage.omit({ text: true, contentModel: true }),
    missingPage,
    invalidPage,
    /** The wiki could not be asked (offline, timeout, an error): the options page only says so. */
    z.object({ status: z.literal('failed') }),
  ]),
  /** The registry in use now, when the page checked is the one the settings name (the check stored it). */
  inUse: registryStatusSchema.nullable(),
});
export type RegistryCheck = z.infer<typeof registryCheckSchema>;

/** One-shot requests to the background, from any context. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('badge-info'), url: z.string().max(4096) }),
  z.object({ type: z.literal('cache-stats') }),
  // Only hosts the settings would accept: asking creates that host's (empty) queue.
  z.object({ type: z.literal('limiter-stats'), host: z.string().toLowerCase().refine(isWikimediaWikiHost) }),
  z.object({ type: z.literal('cache-clear') }),
  z.object({ type: z.literal('open-sidebar') }),
  // Only hosts the settings would accept: a content script must not point requests elsewhere.
  z.object({ type: z.literal('registry-check'), host: z.string().toLowerCase().refine(isWikimediaWikiHost), title: z.string().trim().min(1).max(255) }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
