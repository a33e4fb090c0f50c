import { browser } from 'wxt/browser';
import { loadSettings } from '../../utils/settings/settings-item';
import { storeFetchedRegistry } from '../../utils/report/registry-store';
import { fetchRegistryPage } from '../../utils/wiki-api/registry-page';
import type { WikiClient } from '../../utils/wiki-api/transport';
import { toWikiApiFailure } from '../../utils/wiki-api/errors';

const alarmName = 'wayfinder-registry-refresh';
const refreshEveryMinutes = 24 * 60;

/**
 * Keeps the on-wiki registry fresh: once at start, then daily by alarm, as background work
 * (with maxlag, so a lagged wiki can turn it away). A failed fetch keeps the last good copy.
 */
export function scheduleRegistryRefresh(client: WikiClient): () => Promise<void> {
  const refresh = async () => {
    const settings = await loadSettings();
    const session = client.session(`https://${settings.registryHost}/w/api.php`, 'background');
    try {
      const page = await fetchRegistryPage(session, settings.registryTitle);
      await storeFetchedRegistry(
        page.status === 'found'
          ? {
              raw: page.text,
              revision: {
                revisionId: page.revisionId,
                user: page.user,
                timestamp: page.timestamp,
                source: { host: settings.registryHost, title: page.title },
              },
            }
          : null,
        new Date().toISOString(),
      );
    } catch (error) {
      // Offline or refused: the stored copy stays; the next alarm tries again.
      console.info('Wiki Wayfinder: registry refresh skipped:', toWikiApiFailure(error).reason);
    }
  };
  void browser.alarms.create(alarmName, { periodInMinutes: refreshEveryMinutes });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === alarmName) void refresh();
  });
  return refresh;
}
