import type { Settings } from '../../utils/settings/settings';
import type { LanguageOption } from '../../utils/view/options';
import { DirectoryLink } from '../common/DirectoryLink';
import { useTranslator } from '../common/translator-context';
import { BadgeSetting } from './BadgeSetting';
import { CacheSettings, type CacheState } from './CacheSettings';
import { LanguageSetting } from './LanguageSetting';
import { RegistrySettings } from './RegistrySettings';
import type { CheckRegistryPage } from './use-registry-check';

export interface OptionsProps {
  settings: Settings;
  onSave: (change: Partial<Settings>) => Promise<void>;
  onCheckRegistry: CheckRegistryPage;
  cache: CacheState;
  onClearCache: () => void;
  cacheCleared: boolean;
  languages: readonly LanguageOption[];
}

/** The settings page: registry page, cache, in-page note and interface language. */
export function Options({ settings, onSave, onCheckRegistry, cache, onClearCache, cacheCleared, languages }: OptionsProps) {
  const { t } = useTranslator();
  return (
    <>
      <header class="wf-options__header">
        <h1>{t('wayfinder-options-title')}</h1>
        <p class="wf-options__directory">
          <DirectoryLink messageKey="wayfinder-directory-open" />
        </p>
      </header>
      <main class="wf-options">
        <RegistrySettings host={settings.registryHost} title={settings.registryTitle} onSave={onSave} onCheck={onCheckRegistry} />
        <CacheSettings cache={cache} onClear={onClearCache} cleared={cacheCleared} />
        <BadgeSetting enabled={settings.badgeEnabled} onChange={(badgeEnabled) => void onSave({ badgeEnabled })} />
        <LanguageSetting value={settings.language} options={languages} onChange={(language) => void onSave({ language })} />
      </main>
    </>
  );
}
