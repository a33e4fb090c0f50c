import type { Browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';

/**
 * Hands a page the settings, validated and repaired here, now and on every change. The side
 * panel reads them this way so it needs no validation library of its own (its bundle has a
 * size budget): storage is read and checked at one boundary, in the background.
 */
export function serveSettingsPort(port: Browser.runtime.Port): void {
  const send = (settings: unknown) => {
    try {
      port.postMessage({ type: 'settings', settings });
    } catch {
      // The page closed while the settings were on their way (posting to a closed port throws,
      // even before its onDisconnect has run): nobody is waiting for them.
    }
  };
  void loadSettings().then(send);
  const stop = watchSettings(send);
  port.onDisconnect.addListener(() => stop());
}
