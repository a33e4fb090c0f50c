import type { BrowserContext } from '@playwright/test';
import type { LocalWiki } from '../wiki/local-wiki';
import { apiRoundTripMs, clearExtensionCache, leavePage, openFollowingPanel, pollUntil, timeToOwner, type FollowingPanel } from './panel-driver';
import type { SessionPage } from './session-pages';
import { median } from './statistics';

export type TitleKind = 'rule' | 'facts';

export interface OwnerLatencyRow {
  /** rule: a title rule names the owner from the URL alone; facts: the owner needs the page's facts from the API. */
  kind: TitleKind;
  cache: 'cold' | 'warm';
  /** Latency the wiki's front adds to every request. */
  addedLatencyMs: number;
  /** The cheapest Action API query's round trip, fetched by the panel at that latency. */
  roundTripMs: number;
  /**
   * Titles that need facts: the round trip of the request the owner waits for (the view's first
   * Action API request, the page-facts query), at the wiki's front, median of the cold views.
   */
  factsRoundTripMs: number | null;
  medianMs: number;
  /** medianMs / roundTripMs. */
  ratio: number;
  /** Issue 15's goal: 15 ms for rule titles, one round trip (of the page-facts query) + 15 ms otherwise. */
  goalMs: number;
  samplesMs: number[];
}

export const addedLatenciesMs = [100, 300] as const;
const instantGoalMs = 15;

/** The round trip of the first Action API request the wiki's front received since `sinceEpochMs`. */
function firstApiRoundTripMs(wiki: LocalWiki, sinceEpochMs: number): number {
  const first = wiki.front.snapshot().log.find((entry) => entry.url.startsWith('/w/api.php') && Date.parse(entry.time) >= sinceEpochMs);
  if (first?.durationMs == null) throw new Error('A cold view of a title that needs facts made no Action API request');
  return first.durationMs;
}

async function settled({ panel }: FollowingPanel): Promise<void> {
  await pollUntil(panel, async () => ((await panel.evaluate(() => document.querySelector('main')?.getAttribute('aria-busy'))) === 'false' ? true : null), 30_000, 'the panel to settle');
}

/**
 * From the panel learning a tab's new URL to the owner on screen, for titles a rule matches and
 * titles that need the page's facts, cold (cache emptied just before) and warm (the same page
 * again after leaving it), with the front adding 100 ms and then 300 ms to every request.
 * Each sample is a different title where the kind has enough of them.
 */
export async function measureOwnerLatency(options: {
  context: BrowserContext;
  extensionId: string;
  wiki: LocalWiki;
  pages: readonly SessionPage[];
  runs: number;
}): Promise<OwnerLatencyRow[]> {
  const { context, extensionId, wiki, pages, runs } = options;
  const following = await openFollowingPanel(context, extensionId);
  // Redirects change the tab's URL a second time once loaded: not one URL change to time.
  const timed = pages.filter((page) => !page.redirect);
  const titles: Record<TitleKind, SessionPage[]> = { rule: timed.filter((page) => page.instant), facts: timed.filter((page) => !page.instant) };
  // The first view starts the background's worker and loads its registry: not part of any sample.
  await timeToOwner(following, titles.rule[0]!.url);
  await settled(following);

  const rows: OwnerLatencyRow[] = [];
  for (const addedLatencyMs of addedLatenciesMs) {
    wiki.front.setLatency(addedLatencyMs);
    const roundTripMs = await apiRoundTripMs(following.panel);
    for (const kind of ['rule', 'facts'] as const) {
      const cold: number[] = [];
      const warm: number[] = [];
      const factsRoundTrips: number[] = [];
      for (let run = 0; run < runs; run++) {
        const page = titles[kind][run % titles[kind].length]!;
        // From a blank tab each time: navigating to the URL already shown is no URL change.
        await leavePage(following);
        await clearExtensionCache(following.panel);
        const startedAt = Date.now();
        cold.push(await timeToOwner(following, page.url));
        await settled(following);
        if (kind === 'facts') factsRoundTrips.push(firstApiRoundTripMs(wiki, startedAt));
        await leavePage(following);
        warm.push(await timeToOwner(following, page.url));
        await settled(following);
      }
      const factsRoundTripMs = kind === 'facts' ? median(factsRoundTrips) : null;
      const goalMs = (factsRoundTripMs ?? 0) + instantGoalMs;
      for (const [cache, samplesMs] of [['cold', cold], ['warm', warm]] as const) {
        const medianMs = median(samplesMs);
        rows.push({ kind, cache, addedLatencyMs, roundTripMs, factsRoundTripMs, medianMs, ratio: medianMs / roundTripMs, goalMs, samplesMs });
      }
    }
  }
  wiki.front.setLatency(0);
  await Promise.all([following.panel.close(), following.tab.close()]);
  return rows;
}
