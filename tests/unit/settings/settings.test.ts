import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, repairSettings } from '../../../utils/settings/settings';
import { loadSettings, saveSettings, settingsItem, watchSettings } from '../../../utils/settings/settings-item';

describe('repairSettings', () => {
  it.each([
    ['nothing stored', undefined, defaultSettings],
    ['a string', 'garbage', defaultSettings],
    ['wrong types', { badgeEnabled: 'yes', language: 42 }, defaultSettings],
    ['a registry host off Wikimedia', { registryHost: 'evil.example.org' }, defaultSettings],
    ['a look-alike host', { registryHost: 'meta.wikimedia.org.evil.com' }, defaultSettings],
    ['an empty title', { registryTitle: '   ' }, defaultSettings],
    ['a script as language', { language: '<script>' }, defaultSettings],
  ])('falls back to defaults for %s', (_name, stored, expected) => {
    expect(repairSettings(stored)).toEqual(expected);
  });

  it('trims the registry title, refuses one over 255 characters and drops unknown fields', () => {
    expect(repairSettings({ registryTitle: '  Meta:Owners.json ', extra: 1 })).toEqual({ ...defaultSettings, registryTitle: 'Meta:Owners.json' });
    expect(repairSettings({ registryTitle: 'x'.repeat(256) })).toEqual(defaultSettings);
  });

  it('keeps every valid field while repairing the broken one', () => {
    expect(repairSettings({ registryHost: 'www.mediawiki.org', badgeEnabled: false, language: 'he', registryTitle: 7 })).toEqual({
      ...defaultSettings,
      registryHost: 'www.mediawiki.org',
      badgeEnabled: false,
      language: 'he',
    });
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it('repairs a corrupted entry in storage and writes the repair back', async () => {
    await fakeBrowser.storage.sync.set({ settings: { badgeEnabled: 'corrupt', language: 'pt-br' } });
    expect(await loadSettings()).toEqual({ ...defaultSettings, language: 'pt-br' });
    expect(await settingsItem.getValue()).toEqual({ ...defaultSettings, language: 'pt-br' });
  });

  it('saves a change and tells watchers', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((settings) => seen.push(settings.badgeEnabled));
    await saveSettings({ badgeEnabled: false });
    stop();
    expect((await loadSettings()).badgeEnabled).toBe(false);
    expect(seen).toEqual([false]);
  });
});
