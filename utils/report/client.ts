import { browser } from 'wxt/browser';
import type { LoadedRegistry } from './registry-store';
import type { CacheStats } from './messages';
import { panelPortName, settingsPortName } from './messages-light';
import type { PageReport } from './page-report';
import type { Settings } from '../settings/settings';

export interface ReportWatch {
  /** Asks again, for example after an error or once the wiki is back. */
  retry(): void;
  close(): void;
}

/** While a panel is open it pings the background this often, so its worker stays warm. */
const keepWarmMs = 20_000;

/**
 * Reports on one page for the side panel, streamed by the background as they improve: the
 * instant answer from the URL alone first (no network), then refined ones as live data
 * arrives. The background does all resolving, so the panel ships without the registry,
 * the resolver or the validation library. Closing the watch disconnects the port, which
 * cancels the background's requests for this page; a report for an older attempt is never
 * delivered.
 */
export function watchPageReports(pageUrl: string, onReport: (report: PageReport) => void): ReportWatch {
  let closed = false;
  let attempt = 0;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let reconnectedForAttempt = -1;

  const request = () => ({ type: 'watch', url: pageUrl, attempt });
  const connect = () => {
    const next = browser.runtime.connect({ name: panelPortName });
    next.onMessage.addListener((message: unknown) => {
      // The sender is this extension's own background, which built the report from validated
      // data; only the envelope is checked here.
      if (typeof message !== 'object' || message === null) return;
      const { type, attempt: forAttempt, report } = message as { type?: unknown; attempt?: unknown; report?: unknown };
      if (type === 'report' && forAttempt === attempt && !closed && typeof report === 'object' && report !== null) {
        onReport(report as PageReport);
      }
    });
    // The browser may stop the background's worker: reconnect and ask again, once per attempt,
    // so a background that keeps refusing cannot make the panel spin.
    next.onDisconnect.addListener(() => {
      port = null;
      if (closed || reconnectedForAttempt === attempt) return;
      reconnectedForAttempt = attempt;
      port = connect();
      port.postMessage(request());
    });
    return next;
  };
  const start = () => {
    attempt += 1;
    port ??= connect();
    port.postMessage(request());
  };
  const keepWarm = setInterval(() => port?.postMessage({ type: 'ping' }), keepWarmMs);

  start();
  return {
    retry: () => {
      if (!closed) start();
    },
    close: () => {
      closed = true;
      clearInterval(keepWarm);
      port?.disconnect();
      port = null;
    },
  };
}

/**
 * Follows the settings as the background validated them, for the side panel. The sender is
 * this extension's own background; a message without settings is ignored. Reconnects if the
 * background's worker is stopped. Returns a function that stops.
 */
export function watchSettingsFromBackground(onSettings: (settings: Settings) => void): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const connect = () => {
    port = browser.runtime.connect({ name: settingsPortName });
    port.onMessage.addListener((message: unknown) => {
      const { type, settings } = (message ?? {}) as { type?: unknown; settings?: unknown };
      if (type === 'settings' && typeof settings === 'object' && settings !== null) onSettings(settings as Settings);
    });
    port.onDisconnect.addListener(() => {
      if (!stopped) connect();
    });
  };
  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}

/** The registry, for the popup's liaison finder and quick links; loaded on demand so the side panel never ships it. */
export async function loadRegistry(): Promise<LoadedRegistry> {
  const store = await import('./registry-store');
  return store.loadRegistry();
}

export async function requestCacheStats(): Promise<CacheStats> {
  const { cacheStatsSchema } = await import('./messages');
  return cacheStatsSchema.parse(await browser.runtime.sendMessage({ type: 'cache-stats' }));
}

export async function requestClearCache(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'cache-clear' });
}

export { requestBadgeInfo, openSidebarFromPage } from './badge-client';
