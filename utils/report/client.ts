/**
 * What the extension's pages (side panel, popup, options, team directory) ask of the
 * background, in one import path. Each part lives in a module of its own:
 * - page-report-watch.ts: the reports on one page, streamed over a port;
 * - settings-watch.ts: the settings as the background validated them, over a port;
 * - background-port.ts, reconnect-backoff.ts: how both ports stay connected;
 * - registry-on-demand.ts: the registry, loaded by a dynamic import;
 * - cache-requests.ts: the cache's statistics, and clearing it;
 * - registry-check-request.ts: what the wiki says of a registry page, for the options page;
 * - badge-client.ts: the in-page badge's requests (its content script imports that file itself).
 * Nothing here imports zod statically: the side panel has a size budget.
 */
export { openPageReports, type PageReports } from './page-report-watch';
export { watchSettingsFromBackground } from './settings-watch';
export { followRegistry } from './registry-on-demand';
export { requestCacheStats, requestClearCache } from './cache-requests';
export { requestRegistryCheck } from './registry-check-request';
export { requestBadgeInfo, openSidebarFromPage } from './badge-client';
