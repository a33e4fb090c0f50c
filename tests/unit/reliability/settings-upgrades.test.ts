import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, repairSettings, type Settings } from '../../../utils/settings/settings';
import { loadSettings, settingsItem } from '../../../utils/settings/settings-item';
import { propertyRuns } from '../property-runs';

// Issue 8, point 5. Settings are a WXT storage item at version 1, the only version shipped so
// far, under sync:settings. WXT keeps the version in a `settings$` entry beside the value and
// writes it only once a migration has run; a value without one counts as version 1.
const custom: Settings = { registryHost: 'www.mediawiki.org', registryTitle: 'Project:Wiki Wayfinder/Registry.json', badgeEnabled: false, language: 'he' };
// Sync storage hands keys back in alphabetical order, whatever order they were written in.
const sortedLikeSyncStorage = (settings: Settings) => Object.fromEntries(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)));

describe('settings across upgrades', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads version 1 settings, written without version metadata, unchanged', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    expect(await loadSettings()).toEqual(custom);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: custom });
  });

  it('reads version 1 settings that carry version metadata unchanged', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual(custom);
  });

  it('lets a later version migrate what version 1 stored, once, under the same key', async () => {
    await fakeBrowser.storage.sync.set({ settings: sortedLikeSyncStorage(custom) });
    // What a version 2 of settings-item.ts would declare: a new field with its default.
    const nextVersion = storage.defineItem<Settings & { compact: boolean }>(settingsItem.key, {
      version: 2,
      fallback: { ...defaultSettings, compact: false },
      migrations: { 2: (v1: Settings) => ({ ...v1, compact: false }) },
    });
    expect(await nextVersion.getValue()).toEqual({ ...custom, compact: false });
    expect(await nextVersion.getMeta()).toEqual({ v: 2 });
    // And the version 1 reader, after a downgrade, still gets every field it knows.
    expect(await loadSettings()).toEqual(custom);
  });

  it('repairs settings written by a newer version (unknown fields, newer metadata) instead of failing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...custom, compact: true, registryHost: 42 }, settings$: { v: 7 } });
    expect(await loadSettings()).toEqual({ ...custom, registryHost: defaultSettings.registryHost });
  });

  it('writes nothing when the stored settings are already valid, in whatever key order', async () => {
    await fakeBrowser.storage.sync.set({ settings: sortedLikeSyncStorage(custom) });
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    // Every page and the background read settings; sync storage allows 120 writes a minute.
    for (let read = 0; read < 200; read++) expect(await loadSettings()).toEqual(custom);
    expect(write).not.toHaveBeenCalled();
  });

  it('repairs any stored value to valid settings, and a repaired value needs no further repair', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const repaired = repairSettings(stored);
        expect(repairSettings(repaired)).toEqual(repaired);
        expect(Object.keys(repaired).sort()).toEqual(Object.keys(defaultSettings).sort());
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
