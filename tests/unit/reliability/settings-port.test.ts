import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveSettingsPort } from '../../../entrypoints/background/settings-port';
import { saveSettings } from '../../../utils/settings/settings-item';

/** A port whose page has gone: Chrome throws on posting to it, even before onDisconnect runs. */
function closedPort(): { port: Browser.runtime.Port; disconnect(): void } {
  const listeners: (() => void)[] = [];
  const port = {
    name: 'wayfinder-settings',
    postMessage: () => {
      throw new Error('Attempting to use a disconnected port object');
    },
    onDisconnect: { addListener: (listener: () => void) => listeners.push(listener) },
  } as unknown as Browser.runtime.Port;
  return { port, disconnect: () => listeners.forEach((listener) => listener()) };
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
    const { port, disconnect } = closedPort();
    serveSettingsPort(port);
    await saveSettings({ badgeEnabled: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    disconnect();
    expect(unhandled).toEqual([]);
  });
});
