import type { Settings } from '../settings/settings';
import { connectToBackground } from './background-port';
import { settingsPortName } from './messages-light';

/**
 * Follows the settings as the background validated them, for the side panel. The sender is
 * this extension's own background, which sends them at every connection and on every change;
 * a message without settings is ignored. Reconnects, with a bounded backoff, when the
 * background's worker is stopped or refuses. Returns a function that stops.
 */
export function watchSettingsFromBackground(onSettings: (settings: Settings) => void): () => void {
  const port = connectToBackground(settingsPortName, {
    onMessage(message) {
      const { type, settings } = (message ?? {}) as { type?: unknown; settings?: unknown };
      if (type === 'settings' && typeof settings === 'object' && settings !== null) onSettings(settings as Settings);
    },
  });
  return () => port.close();
}
