import type { Page } from '@playwright/test';
import { panelPortName } from '../../../utils/report/messages-light';
import { expect } from '../fixtures';

/** One port a side panel opened to the background for page reports, as the panel's page saw it. */
export interface RecordedPort {
  /** The pages the panel asked about on this port (its `watch` greetings). */
  watched: string[];
  /** Reports delivered to the page on this port, in order. */
  reports: { at: number; attempt: number; title: string | null; phase: string | null; afterPageClosedIt: boolean }[];
  /** The panel itself disconnected it: from then on Chrome delivers nothing more on it. */
  closedByPage: boolean;
  /** The background side went away (the worker stopped): nothing more arrives on it either. */
  disconnected: boolean;
}

/**
 * Test-side instrumentation of the real panel page, no production change: an init script wraps
 * `chrome.runtime.connect` so that every report port the panel opens is recorded (what it
 * watched, each report delivered, whether the page or the background closed it). Call before
 * the panel's first `goto`.
 */
export async function recordPanelPorts(panel: Page): Promise<() => Promise<RecordedPort[]>> {
  await panel.addInitScript((portName) => {
    type Port = {
      name: string;
      postMessage(message: unknown): void;
      disconnect(): void;
      onMessage: { addListener(listener: (message: unknown) => void): void };
      onDisconnect: { addListener(listener: () => void): void };
    };
    type Runtime = { connect(...args: unknown[]): Port };
    const namespaces = globalThis as unknown as { chrome?: { runtime?: Runtime }; browser?: { runtime?: Runtime } };
    const ports: RecordedPortInPage[] = [];
    type RecordedPortInPage = {
      watched: string[];
      reports: { at: number; attempt: number; title: string | null; phase: string | null; afterPageClosedIt: boolean }[];
      closedByPage: boolean;
      disconnected: boolean;
    };
    (globalThis as unknown as { __wayfinderPorts: RecordedPortInPage[] }).__wayfinderPorts = ports;
    const wrapped = new Set<Runtime>();
    for (const runtime of [namespaces.chrome?.runtime, namespaces.browser?.runtime]) {
      if (!runtime || wrapped.has(runtime)) continue;
      wrapped.add(runtime);
      const connect = runtime.connect.bind(runtime);
      runtime.connect = (...args: unknown[]) => {
        const port = connect(...args);
        if (port.name !== portName) return port;
        const record: RecordedPortInPage = { watched: [], reports: [], closedByPage: false, disconnected: false };
        ports.push(record);
        const post = port.postMessage.bind(port);
        port.postMessage = (message: unknown) => {
          const { type, url } = (message ?? {}) as { type?: unknown; url?: unknown };
          if (type === 'watch' && typeof url === 'string') record.watched.push(url);
          post(message);
        };
        const disconnect = port.disconnect.bind(port);
        port.disconnect = () => {
          record.closedByPage = true;
          disconnect();
        };
        // Added before the panel's own listener, so it sees each message first.
        port.onMessage.addListener((message) => {
          const { type, attempt, report } = (message ?? {}) as { type?: unknown; attempt?: unknown; report?: { page?: { title?: unknown }; phase?: unknown } };
          if (type !== 'report') return;
          record.reports.push({
            at: Date.now(),
            attempt: typeof attempt === 'number' ? attempt : -1,
            title: typeof report?.page?.title === 'string' ? report.page.title : null,
            phase: typeof report?.phase === 'string' ? report.phase : null,
            afterPageClosedIt: record.closedByPage,
          });
        });
        port.onDisconnect.addListener(() => (record.disconnected = true));
        return port;
      };
    }
  }, panelPortName);
  return () => panel.evaluate(() => (globalThis as unknown as { __wayfinderPorts: RecordedPort[] }).__wayfinderPorts);
}

/** A port on which nothing more can reach the panel: closed by either side, or its last report (phase complete) delivered. */
function ended(port: RecordedPort): boolean {
  return port.closedByPage || port.disconnected || port.reports.at(-1)?.phase === 'complete';
}

/**
 * Waits until every report port the panel ever opened has ended (see `ended`): then no answer
 * for any page it watched, late or not, can still reach it. A panel that drops the page it left
 * closes that page's port at once, so this returns as soon as the current page has its complete
 * report; one that kept an old port open makes this wait for that port's last report, which the
 * test's checks then see. Returns the ports, for the test to check what they delivered.
 */
export async function waitUntilEveryPortEnded(ports: () => Promise<RecordedPort[]>): Promise<RecordedPort[]> {
  await expect
    .poll(async () => (await ports()).filter((port) => !ended(port)).map((port) => port.watched.at(-1) ?? '(no watch)'), {
      message: 'a report port of the panel is still open and has not had its complete report',
      timeout: 20_000,
    })
    .toEqual([]);
  const all = await ports();
  // Chrome delivers nothing on a port its page disconnected: a report after that would be a
  // browser bug, and would reach a listener the panel no longer has.
  expect(all.flatMap((port) => port.reports.filter((report) => report.afterPageClosedIt))).toEqual([]);
  return all;
}
