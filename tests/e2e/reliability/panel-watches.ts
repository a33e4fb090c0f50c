import type { Page } from '@playwright/test';
import { panelPortName } from '../../../utils/report/messages-light';
import { expect } from '../fixtures';

/**
 * One page a side panel asked the background about (a `watch` on its report port), as the
 * panel's page saw it. The panel keeps one port for its whole life and asks page after page on
 * it, each with its own attempt number; reconnecting after the worker stopped asks again.
 */
export interface RecordedWatch {
  url: string;
  attempt: number;
  /** Reports for this watch's attempt delivered to the page, in order. */
  reports: { at: number; title: string | null; phase: string | null; afterItEnded: boolean }[];
  /**
   * What ended it: a later request on the same port (the panel then drops this attempt's
   * reports), the panel closing the port, or the background's side going away; null while open.
   */
  endedBy: 'next-request' | 'closed-by-page' | 'disconnected' | null;
}

/**
 * Test-side instrumentation of the real panel page, no production change: an init script wraps
 * `chrome.runtime.connect` so that every request the panel sends on a report port is recorded,
 * with each report delivered for it and what ended it. Call before the panel's first `goto`.
 */
export async function recordPanelWatches(panel: Page): Promise<() => Promise<RecordedWatch[]>> {
  await panel.addInitScript((portName) => {
    type Port = {
      name: string;
      postMessage(message: unknown): void;
      disconnect(): void;
      onMessage: { addListener(listener: (message: unknown) => void): void };
      onDisconnect: { addListener(listener: () => void): void };
    };
    type Runtime = { connect(...args: unknown[]): Port };
    type WatchInPage = {
      url: string;
      attempt: number;
      reports: { at: number; title: string | null; phase: string | null; afterItEnded: boolean }[];
      endedBy: 'next-request' | 'closed-by-page' | 'disconnected' | null;
    };
    const namespaces = globalThis as unknown as { chrome?: { runtime?: Runtime }; browser?: { runtime?: Runtime } };
    const watches: WatchInPage[] = [];
    (globalThis as unknown as { __wayfinderWatches: WatchInPage[] }).__wayfinderWatches = watches;
    const wrapped = new Set<Runtime>();
    for (const runtime of [namespaces.chrome?.runtime, namespaces.browser?.runtime]) {
      if (!runtime || wrapped.has(runtime)) continue;
      wrapped.add(runtime);
      const connect = runtime.connect.bind(runtime);
      runtime.connect = (...args: unknown[]) => {
        const port = connect(...args);
        if (port.name !== portName) return port;
        const onPort: WatchInPage[] = [];
        const end = (why: NonNullable<WatchInPage['endedBy']>) => {
          for (const watch of onPort) watch.endedBy ??= why;
        };
        const post = port.postMessage.bind(port);
        port.postMessage = (message: unknown) => {
          const { type, url, attempt } = (message ?? {}) as { type?: unknown; url?: unknown; attempt?: unknown };
          if (type === 'watch' || type === 'unwatch') end('next-request');
          if (type === 'watch' && typeof url === 'string' && typeof attempt === 'number') {
            const watch: WatchInPage = { url, attempt, reports: [], endedBy: null };
            watches.push(watch);
            onPort.push(watch);
          }
          post(message);
        };
        const disconnect = port.disconnect.bind(port);
        port.disconnect = () => {
          end('closed-by-page');
          disconnect();
        };
        // Added before the panel's own listener, so it sees each message first.
        port.onMessage.addListener((message) => {
          const { type, attempt, report } = (message ?? {}) as { type?: unknown; attempt?: unknown; report?: { page?: { title?: unknown }; phase?: unknown } };
          const watch = type === 'report' ? onPort.find((candidate) => candidate.attempt === attempt) : undefined;
          watch?.reports.push({
            at: Date.now(),
            title: typeof report?.page?.title === 'string' ? report.page.title : null,
            phase: typeof report?.phase === 'string' ? report.phase : null,
            afterItEnded: watch.endedBy !== null,
          });
        });
        port.onDisconnect.addListener(() => end('disconnected'));
        return port;
      };
    }
  }, panelPortName);
  return () => panel.evaluate(() => (globalThis as unknown as { __wayfinderWatches: RecordedWatch[] }).__wayfinderWatches);
}

/** A watch whose reports can no longer reach the panel's view: ended (see RecordedWatch), or its last report (phase complete) delivered. */
function ended(watch: RecordedWatch): boolean {
  return watch.endedBy !== null || watch.reports.at(-1)?.phase === 'complete';
}

/**
 * Waits until every watch the panel ever sent has ended (see `ended`): then no answer for any
 * page it asked about, late or not, can still change what it shows. A panel that moves on asks
 * for the next page at once, so this returns as soon as the current page has its complete
 * report. Returns the watches, for the test to check what they delivered: the one still open,
 * and the late reports of pages left behind (`afterItEnded`), which the panel must drop.
 */
export async function waitUntilEveryWatchEnded(watches: () => Promise<RecordedWatch[]>): Promise<RecordedWatch[]> {
  await expect
    .poll(async () => (await watches()).filter((watch) => !ended(watch)).map((watch) => watch.url), {
      message: 'a page the panel asked about is still open and has not had its complete report',
      timeout: 20_000,
    })
    .toEqual([]);
  const all = await watches();
  // Chrome delivers nothing on a port its page disconnected: a report after that would be a
  // browser bug, and would reach a listener the panel no longer has.
  expect(all.filter((watch) => watch.endedBy === 'closed-by-page').flatMap((watch) => watch.reports.filter((report) => report.afterItEnded))).toEqual([]);
  return all;
}

/** The watches still open once every other one has ended: the panel's current page, and only it. */
export function openWatches(watches: readonly RecordedWatch[]): RecordedWatch[] {
  return watches.filter((watch) => watch.endedBy === null);
}
