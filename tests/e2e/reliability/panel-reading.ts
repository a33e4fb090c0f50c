import type { Page } from '@playwright/test';
import type { FrontLogEntry } from '../../wiki/front-controls';
import type { LocalWiki } from '../../wiki/local-wiki';

/** What the panel tells the user about trouble: its notices, as one line of text. */
export async function noticeText(panel: Page): Promise<string> {
  const notices = panel.locator('main [role="status"]').first();
  return ((await notices.count()) === 0 ? '' : await notices.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * The extension's own Action API requests in the front's log since the last reset, known by
 * their Api-User-Agent: the wiki pages open in tabs make requests of their own.
 */
export function extensionApiRequests(wiki: LocalWiki): FrontLogEntry[] {
  return wiki.front.snapshot().log.filter((entry) => entry.url.startsWith('/w/api.php') && entry.headers['api-user-agent']?.startsWith('WikiWayfinder/'));
}

/** Extension API requests since the last reset, and the most requests the front had open at once. */
export function apiLoad(wiki: LocalWiki): { requests: number; maxInFlight: number } {
  return { requests: extensionApiRequests(wiki).length, maxInFlight: wiki.front.snapshot().maxInFlight };
}
