import type { BrowserContext } from '@playwright/test';
import { metaUrl } from '../e2e/fixtures';
import type { FrontLogEntry } from '../wiki/front-controls';
import type { LocalWiki } from '../wiki/local-wiki';
import { frontQuiet } from './front-quiet';
import { clearExtensionCache, leavePage, openFollowingPanel, viewPage } from './panel-driver';

export interface ColdViewRow {
  title: string;
  /** Action API requests the view made, cache emptied just before. */
  requests: number;
  /** The longest chain of requests each sent only after another had answered. */
  sequentialRoundTrips: number;
}

/**
 * Pages whose team the URL names (a rule), with a team page that lists staff: the view the
 * parallel requests are for. Their first request can go with the team page's; the staff's
 * activity needs the team page's answer. No redirect (a redirect rewrites the tab's URL once
 * loaded, and the panel then views the target too).
 */
export const coldViewTitles = ['Support and Safety', 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety', 'Community Relations Specialists'] as const;

const apiPath = '/w/api.php';

/** Depth of the longest chain of requests in which each one started after the one before had ended. */
export function sequentialDepth(requests: readonly Pick<FrontLogEntry, 'time' | 'durationMs'>[]): number {
  const spans = requests
    .map((request) => ({ start: Date.parse(request.time), end: Date.parse(request.time) + (request.durationMs ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  spans.forEach((span, index) => {
    const before = spans.slice(0, index).flatMap((earlier, at) => (earlier.end <= span.start ? [depth[at]!] : []));
    depth.push(1 + Math.max(0, ...before));
  });
  return Math.max(0, ...depth);
}

/**
 * Each title viewed once with the extension's cache emptied just before and 100 ms added to
 * every request, so that a request that waits for another shows as a round trip of its own.
 */
export async function measureColdViews(options: { context: BrowserContext; extensionId: string; wiki: LocalWiki }): Promise<ColdViewRow[]> {
  const { context, extensionId, wiki } = options;
  const following = await openFollowingPanel(context, extensionId);
  const rows: ColdViewRow[] = [];
  try {
    // The first view starts the worker and its install refresh: not part of any sample.
    await viewPage(following, metaUrl('Main Page'));
    await frontQuiet(wiki);
    for (const title of coldViewTitles) {
      await leavePage(following);
      await clearExtensionCache(following.panel);
      await frontQuiet(wiki, 300);
      wiki.front.reset();
      wiki.front.setLatency(100);
      await viewPage(following, metaUrl(title));
      await frontQuiet(wiki, 300);
      const requests = wiki.front.snapshot().log.filter((entry) => entry.url.startsWith(apiPath));
      rows.push({ title, requests: requests.length, sequentialRoundTrips: sequentialDepth(requests) });
    }
  } finally {
    wiki.front.setLatency(0);
    await Promise.all([following.panel.close(), following.tab.close()]);
  }
  return rows;
}
