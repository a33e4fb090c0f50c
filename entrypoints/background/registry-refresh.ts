import { apiUrlOf } from '../../utils/page/resolve-site';
import { loadRegistry, storeFetchedRegistry } from '../../utils/report/registry-store';
import type { RegistryCheck } from '../../utils/report/messages';
import { loadSettings } from '../../utils/settings/settings-item';
import { toWikiApiFailure } from '../../utils/wiki-api/errors';
import { fetchRegistryPage, type RegistryPage } from '../../utils/wiki-api/registry-page';
import type { WikiClient } from '../../utils/wiki-api/transport';

/**
 * Stores what the wiki said of the registry page the settings named when it was asked for.
 * The settings may have changed while the page was on its way; the refresh they started
 * stores the page they name, and this late answer must not overwrite it. False when it did not.
 */
async function storeIfStillNamed(host: string, title: string, page: RegistryPage): Promise<boolean> {
  const current = await loadSettings();
  if (current.registryHost !== host || current.registryTitle !== title) return false;
  await storeFetchedRegistry(
    page.status === 'found'
      ? { raw: page.text, revision: { revisionId: page.revisionId, user: page.user, timestamp: page.timestamp, source: { host, title: page.title } } }
      : { absent: { host, title: page.title }, deletedAt: page.status === 'missing' ? page.deletedAt : null },
    new Date().toISOString(),
  );
  return true;
}

/** Fetches the registry page the settings name, as background work (maxlag), and stores it. Throws when the fetch fails. */
export async function refreshRegistryPage(client: WikiClient): Promise<void> {
  const { registryHost, registryTitle } = await loadSettings();
  const page = await fetchRegistryPage(client.session(apiUrlOf(registryHost), 'background'), registryTitle);
  await storeIfStillNamed(registryHost, registryTitle, page);
}

/**
 * The options page's check of a registry page as typed, asked for while the user waits. When
 * it is the page the settings name, what the check found is stored too, so the options page
 * and the side panel never tell two stories about it, and the answer says what is in use now.
 */
export async function checkRegistryPage(client: WikiClient, host: string, title: string): Promise<RegistryCheck> {
  let page: RegistryPage;
  try {
    page = await fetchRegistryPage(client.session(apiUrlOf(host)), title);
  } catch (error) {
    console.info(`Wiki Wayfinder: the registry page could not be checked (${toWikiApiFailure(error).reason})`);
    return { page: { status: 'failed' }, inUse: null };
  }
  const stored = await storeIfStillNamed(host, title, page);
  const summary = page.status === 'found' ? { status: page.status, title: page.title, revisionId: page.revisionId, user: page.user, timestamp: page.timestamp } : page;
  return { page: summary, inUse: stored ? (await loadRegistry()).status : null };
}
