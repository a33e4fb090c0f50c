// First: no schema may be built before zod is told not to try eval (see the module).
import '../../utils/browser/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSidebar } from '../../utils/browser/open-sidebar';
import { createWikiCache } from '../../utils/cache/wiki-cache';
import { loadTranslator } from '../../utils/i18n/load-translator';
import { messageLanguages } from '../../utils/i18n/message-files';
import { pickLanguage } from '../../utils/i18n/translator';
import { createLiveSources } from '../../utils/report/live-sources';
import { panelPortName, settingsPortName } from '../../utils/report/messages-light';
import { keepLoadedRegistry } from '../../utils/report/registry-store';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';
import { createWikiClient } from '../../utils/wiki-api/transport';
import { auditPortName } from '../../utils/audit/audit-messages';
import { serveAuditPort } from './audit-port';
import { createAuditRunner } from './audit-runner';
import { pushBadgeSetting } from './badge-setting-push';
import { panelPortsOpen, postToPanels, servePanelPort } from './panel-port';
import { pushInstantAnswers } from './instant-push';
import { prefetchOnNavigation } from './prefetch-on-navigation';
import { checkRegistryPage } from './registry-refresh';
import { serveSettingsPort } from './settings-port';
import { scheduleRefresh } from './scheduled-refresh';
import { answerRequest } from './requests';

/**
 * The one place that talks to the wikis: every panel, the popup and the badge ask here, so
 * there is one request queue (at most three in flight per wiki), one set of shared in-flight
 * requests and one cache for all windows.
 */
export default defineBackground(() => {
  const translator = async () => {
    const { language } = await loadSettings();
    return loadTranslator(pickLanguage(messageLanguages, language === 'auto' ? navigator.languages : [language]));
  };
  const client = createWikiClient({ version: browser.runtime.getManifest().version, uselang: (navigator.language || 'en').toLowerCase() });
  const cache = createWikiCache();
  const registry = keepLoadedRegistry();
  const sources = createLiveSources(client, cache, registry);
  // Created on every start of the background: a run stored as running goes on from its last batch.
  const audits = createAuditRunner({ client, sources, translator });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === panelPortName) servePanelPort(port, sources);
    if (port.name === settingsPortName) serveSettingsPort(port);
    if (port.name === auditPortName) serveAuditPort(port, audits);
  });
  pushInstantAnswers(registry, panelPortsOpen, postToPanels);
  prefetchOnNavigation(sources, panelPortsOpen);
  browser.runtime.onMessage.addListener((message, sender) =>
    answerRequest(message, sender, {
      sources,
      translator,
      cacheStats: () => cache.stats(),
      limiterStats: (host) => client.stats(host),
      clearCache: () => cache.clear(),
      checkRegistry: (host, title) => checkRegistryPage(client, host, title),
    }),
  );

  // Not on every wake of the service worker (that happens all day long): at install or update,
  // at browser start, daily by alarm, and when the registry settings change.
  const refresh = scheduleRefresh(client, cache);
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  watchSettings(() => void refresh());
  pushBadgeSetting();

  // Chrome: the keyboard command is a user gesture, so the panel may open from it.
  // Firefox handles its `_execute_sidebar_action` command itself.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-sidebar') void openSidebar(tab?.windowId);
  });
});
