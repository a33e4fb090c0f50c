import { browser } from 'wxt/browser';
import type { Cache } from '../../utils/cache/wiki-cache';
import type { WikiCacheKinds } from '../../utils/cache/cache-kinds';
import { apiUrlOf } from '../../utils/page/resolve-site';
import { loadRegistry } from '../../utils/report/registry-store';
import { teamPageCacheKey } from '../../utils/report/live-sources';
import { toWikiApiFailure } from '../../utils/wiki-api/errors';
import { fetchTeamPages } from '../../utils/wiki-api/team-pages';
import type { WikiClient } from '../../utils/wiki-api/transport';
import { refreshRegistryPage } from './registry-refresh';

const alarmName = 'wayfinder-scheduled-refresh';
const refreshEveryMinutes = 24 * 60;

/**
 * Keeps the on-wiki registry and every team page it names fresh: once at start, then daily by
 * alarm, as background work (with maxlag, so a lagged wiki can turn it away). A failed fetch
 * keeps what was there; the next alarm tries again. Team pages land in the same cache the
 * panel reads, so a first view of a team costs fewer requests.
 */
export function scheduleRefresh(client: WikiClient, cache: Cache<WikiCacheKinds>): () => Promise<void> {
  const refreshRegistry = () => refreshRegistryPage(client);

  const refreshTeamPages = async () => {
    const { prepared } = await loadRegistry();
    const byHost = new Map<string, string[]>();
    for (const team of prepared.teams.values()) {
      if (team.teamPage) byHost.set(team.teamPage.host, [...(byHost.get(team.teamPage.host) ?? []), team.teamPage.title]);
    }
    for (const [host, titles] of byHost) {
      const pages = await fetchTeamPages(client.session(apiUrlOf(host), 'background'), titles);
      await Promise.all(pages.map((teamPage) => cache.set('teamPage', teamPageCacheKey(host, teamPage.requestedTitle), teamPage)));
    }
  };

  const refresh = async () => {
    for (const step of [refreshRegistry, refreshTeamPages]) {
      try {
        await step();
      } catch (error) {
        // Offline, lagged or refused: what is stored stays; the next alarm tries again.
        console.info(`Wiki Wayfinder: scheduled refresh skipped (${toWikiApiFailure(error).reason})`);
      }
    }
  };

  void browser.alarms.create(alarmName, { periodInMinutes: refreshEveryMinutes });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === alarmName) void refresh();
  });
  return refresh;
}
