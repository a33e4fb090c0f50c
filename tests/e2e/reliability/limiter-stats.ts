import type { Page } from '@playwright/test';
import { limiterStatsSchema, type LimiterStats } from '../../../utils/report/messages';

/**
 * The background's own request queue for one wiki (utils/wiki-api/host-limiter.ts), asked for
 * from an extension page with the `limiter-stats` message: requests started, in flight and
 * queued now, and the most that were ever in flight at once since the worker started. Unlike
 * Playwright's request events, these are counted where the limit is enforced, so they are never
 * late.
 */
export async function limiterStats(extensionPage: Page, host = 'meta.wikimedia.org'): Promise<LimiterStats> {
  const answer = await extensionPage.evaluate((wiki) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'limiter-stats', host: wiki });
  }, host);
  return limiterStatsSchema.parse(answer);
}
