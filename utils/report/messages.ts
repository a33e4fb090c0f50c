import { z } from 'zod';
import { pageReportSchema } from './page-report';

/**
 * Messages between the extension's contexts, validated on both ends: a content script runs
 * beside untrusted pages, so the background never trusts a message's shape.
 */

export { panelPortName } from './messages-light';

/** Side panel → background, over the port: report on this page (replacing any earlier one). */
export const watchRequestSchema = z.object({ type: z.literal('watch'), url: z.string().max(4096), attempt: z.number().int().nonnegative() });
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

/** One-shot requests to the background, from any context. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('badge-info'), url: z.string().max(4096) }),
  z.object({ type: z.literal('cache-stats') }),
  z.object({ type: z.literal('cache-clear') }),
  z.object({ type: z.literal('open-sidebar') }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
