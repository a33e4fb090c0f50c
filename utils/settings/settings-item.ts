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

/** The stored settings, repaired and written back if anything in them was invalid. */
export async function loadSettings(): Promise<Settings> {
  const stored: unknown = await settingsItem.getValue();
  const repaired = repairSettings(stored);
  if (JSON.stringify(repaired) !== JSON.stringify(stored)) await settingsItem.setValue(repaired);
  return repaired;
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with repaired settings whenever any context changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairSettings(value)));
}
