import { storage } from 'wxt/utils/storage';
import { defaultSettings, repairSettings, type Settings } from './settings';

/**
 * Settings live in sync storage under one versioned key. Version 1 is the first shipped
 * shape; a later version adds a migration here and a test in tests/unit/settings.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings,
  version: 1,
});

/**
 * Whether storage already holds exactly these settings. Compared field by field, not as JSON
 * text: sync storage hands keys back sorted, and a text comparison made every read a write,
 * which ran into sync storage's limit of 120 writes a minute.
 */
function isStoredAs(stored: unknown, settings: Settings): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const fields = Object.entries(settings);
  return Object.keys(stored).length === fields.length && fields.every(([key, value]) => (stored as Record<string, unknown>)[key] === value);
}

/** The stored settings, repaired and written back if anything in them was invalid. */
export async function loadSettings(): Promise<Settings> {
  const stored: unknown = await settingsItem.getValue();
  const repaired = repairSettings(stored);
  if (!isStoredAs(stored, repaired)) await settingsItem.setValue(repaired);
  return repaired;
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with repaired settings, and those they replace, whenever any context changes them. */
export function watchSettings(onChange: (settings: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((value, previous) => onChange(repairSettings(value), repairSettings(previous)));
}
