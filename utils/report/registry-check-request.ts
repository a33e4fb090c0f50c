import { browser } from 'wxt/browser';
import type { RegistryCheck } from './messages';

/**
 * Asks the background what the wiki says of a registry page, for the options page. The answer
 * is checked with the schema of utils/report/messages.ts, imported on demand as in
 * cache-requests.ts, so zod stays out of the static bundles that import utils/report/client.ts.
 */
export async function requestRegistryCheck(host: string, title: string): Promise<RegistryCheck> {
  const { registryCheckSchema } = await import('./messages');
  return registryCheckSchema.parse(await browser.runtime.sendMessage({ type: 'registry-check', host, title }));
}
