import { browser } from 'wxt/browser';
import type { CacheStats } from './messages';

/**
 * The options page's view of the background's cache. The answer is checked with the schema of
 * utils/report/messages.ts, imported on demand: zod stays out of every static bundle that
 * imports utils/report/client.ts.
 */
export async function requestCacheStats(): Promise<CacheStats> {
  const { cacheStatsSchema } = await import('./messages');
  return cacheStatsSchema.parse(await browser.runtime.sendMessage({ type: 'cache-stats' }));
}

export async function requestClearCache(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'cache-clear' });
}
