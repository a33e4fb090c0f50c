import type { Browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';

let openPanels = 0;

/**
 * Whether a side panel (or Firefox sidebar) is open: only the panel reads its settings over this
 * port, and it holds it for as long as it is open, whatever page it shows (its report port
 * closes between pages, and on a page that is not a wiki's).
 */
export const panelsOpen = (): boolean => openPanels > 0;

/**
 * Hands a page the settings, validated and repaired here, now and on every change. The side
 * panel reads them this way so it needs no validation library of its own (its bundle has a
 * size budget): storage is read and checked at one boundary, in the background.
 */
export function serveSettingsPort(port: Browser.runtime.Port): void {
  openPanels += 1;
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
  port.onDisconnect.addListener(() => {
    openPanels -= 1;
    stop();
  });
}
