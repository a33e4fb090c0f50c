import { computed, effect, type ReadonlySignal } from '@preact/signals';
import { liveTranslator, type LiveTranslator } from '../i18n/live-translator';
import { messageLanguages } from '../i18n/message-files';
import type { Settings } from '../settings/default-settings';
import { interfaceLanguage } from '../view/interface-language';

/**
 * Speaks an extension page in the interface language (the setting, else the browser's): keeps
 * `<html lang dir>` and the document title in step with it, so right-to-left languages lay out
 * correctly and assistive technology reads the right language.
 */
export function localizePage(settings: ReadonlySignal<Settings>, titleKey: string): LiveTranslator {
  const live = liveTranslator(computed(() => interfaceLanguage(settings.value.language, messageLanguages, navigator.languages)));
  effect(() => {
    const { language, direction, t } = live.translator.value;
    document.documentElement.lang = language;
    document.documentElement.dir = direction;
    document.title = t(titleKey);
  });
  return live;
}
