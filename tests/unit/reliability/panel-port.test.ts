import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { servePanelPort } from '../../../entrypoints/background/panel-port';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { ReportSources } from '../../../utils/report/build-report';

/** A panel's port whose page has gone: posting throws, even before onDisconnect has run. */
function closedPanelPort(): { port: Browser.runtime.Port; send(message: unknown): void } {
  const onMessage: ((message: unknown) => void)[] = [];
  const port = {
    name: 'wayfinder-page-reports',
    postMessage: () => {
      throw new Error('Attempting to use a disconnected port object');
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: () => undefined },
  } as unknown as Browser.runtime.Port;
  return { port, send: (message) => onMessage.forEach((listener) => listener(message)) };
}

const empty = { value: null, fetchedAt: null, stale: false, failure: null, refreshing: null };
const sources: ReportSources = {
  registry: async () => ({
    prepared: prepareRegistry(loadBuiltinRegistry()),
    status: { source: 'built-in', builtinVersion: '2026-11-24', onWiki: null, problem: null, largeChange: null, deleted: null },
  }),
  now: Date.now,
  siteNamespaces: async () => null,
  pageFacts: async () => empty,
  teamPages: async () => empty,
  userActivity: async () => empty,
  relatedGrants: async () => empty,
};

describe('the panel port', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it('reports nothing as a bug when the panel closed while its report was being built', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { port, send } = closedPanelPort();
    servePanelPort(port, sources);
    send({ type: 'watch', url: 'https://meta.wikimedia.org/wiki/Support_and_Safety', attempt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('serves page after page on one port: each watch, and an unwatch, aborts the requests of the page before', async () => {
    const signals = new Map<string, AbortSignal>();
    const posted: unknown[] = [];
    const onMessage: ((message: unknown) => void)[] = [];
    const port = {
      name: 'wayfinder-page-reports',
      postMessage: (message: unknown) => posted.push(message),
      onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
      onDisconnect: { addListener: () => undefined },
    } as unknown as Browser.runtime.Port;
    // Page facts that never come, so each page's requests are still running when the next is asked.
    const waiting: ReportSources = { ...sources, pageFacts: (page, signal) => (signals.set(page.title ?? '', signal), new Promise(() => undefined)) };
    servePanelPort(port, waiting);
    const send = (message: unknown) => onMessage.forEach((listener) => listener(message));
    const instantFor = (attempt: number) => vi.waitUntil(() => posted.some((message) => (message as { attempt?: number }).attempt === attempt));

    send({ type: 'watch', url: 'https://meta.wikimedia.org/wiki/Learning_and_Evaluation', attempt: 1 });
    await vi.waitUntil(() => signals.has('Learning and Evaluation'));
    await instantFor(1);
    send({ type: 'watch', url: 'https://meta.wikimedia.org/wiki/Community_Development', attempt: 2 });
    await vi.waitUntil(() => signals.has('Community Development'));
    await instantFor(2);
    expect(signals.get('Learning and Evaluation')!.aborted).toBe(true);
    expect(signals.get('Community Development')!.aborted).toBe(false);
    send({ type: 'unwatch' });
    expect(signals.get('Community Development')!.aborted).toBe(true);
  });
});
