import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveSettingsPort } from '../../../entrypoints/background/settings-port';
import { saveSettings } from '../../../utils/settings/settings-item';

/**
 * A port whose page has gone: Chrome throws on posting to it, even before onDisconnect runs.
 * `posted(n)` resolves once the background has tried to post `n` messages to it.
 */
function closedPort(): { port: Browser.runtime.Port; disconnect(): void; posted(count: number): Promise<void> } {
  const listeners: (() => void)[] = [];
  let posts = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const port = {
    name: 'wayfinder-settings',
    postMessage: () => {
      posts += 1;
      for (const waiter of waiters.filter((candidate) => posts >= candidate.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      throw new Error('Attempting to use a disconnected port object');
    },
    onDisconnect: { addListener: (listener: () => void) => listeners.push(listener) },
  } as unknown as Browser.runtime.Port;
  return {
    port,
    disconnect: () => listeners.forEach((listener) => listener()),
    posted: (count) => (posts >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
  };
}

// Found by the end-to-end health check: a panel reloaded while the background, busy judging a
// large registry page, was still reading the settings for it.
describe('the settings port', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    fakeBrowser.reset();
    unhandled.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it('leaves no unhandled rejection when the page closed before its settings were read, or when they change', async () => {
    const { port, disconnect, posted } = closedPort();
    serveSettingsPort(port);
    await saveSettings({ badgeEnabled: false });
    // Both posts were tried and threw: the settings as first read, and the change.
    await posted(2);
    // Node reports an unhandled rejection only after the microtasks of the current task have
    // run; one turn of the event loop lets it do so before the check. Only a yield, no sleep.
    await new Promise((resolve) => setTimeout(resolve, 0));
    disconnect();
    expect(unhandled).toEqual([]);
  });
});
