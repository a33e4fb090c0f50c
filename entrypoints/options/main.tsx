// First: no schema may be built before zod is told not to try eval (see the module).
import '../../utils/browser/zod-jitless';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { localizePage } from '../../utils/browser/localized-page';
import { messageLanguages } from '../../utils/i18n/message-files';
import { optionsMessages } from '../../utils/i18n/options-messages';
import { LocalizedRoot } from '../../components/common/LocalizedRoot';
import type { CacheState } from '../../components/options/CacheSettings';
import { Options } from '../../components/options/Options';
import '../../components/styles/options.css';
import { requestCacheStats, requestClearCache, requestRegistryCheck } from '../../utils/report/client';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings/settings-item';
import { cacheView, languageOptions } from '../../utils/view/options';

const settings = signal<Settings>(defaultSettings);
void loadSettings().then((value) => (settings.value = value));
watchSettings((value) => (settings.value = value));

// The options page's own messages (i18n/options/) come with the main group; no other page bundles them.
const { translator, ready } = localizePage(settings, 'wayfinder-options-title', [optionsMessages]);

const cache = signal<CacheState>({ status: 'loading' });
const cacheCleared = signal(false);
const refreshCache = () =>
  requestCacheStats().then(
    (stats) => (cache.value = { status: 'ready', view: cacheView(stats, translator.value.language) }),
    () => (cache.value = { status: 'unavailable' }),
  );
void refreshCache();

const onSave = async (change: Partial<Settings>) => {
  settings.value = await saveSettings(change);
};
const onClearCache = () => {
  cacheCleared.value = false;
  void requestClearCache()
    .then(() => (cacheCleared.value = true))
    .finally(refreshCache);
};
const languages = languageOptions(messageLanguages);

function Root() {
  return (
    <LocalizedRoot translator={translator}>
      <Options settings={settings.value} onSave={onSave} onCheckRegistry={requestRegistryCheck} cache={cache.value} onClearCache={onClearCache} cacheCleared={cacheCleared.value} languages={languages} />
    </LocalizedRoot>
  );
}

void ready.then(() => render(<Root />, document.getElementById('app')!));
