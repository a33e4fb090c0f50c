import { computed, effect, type ReadonlySignal } from '@preact/signals';
import { liveTranslator, type LiveTranslator } from '../i18n/live-translator';
import { messageLanguages, type MessageGroup } from '../i18n/message-files';
import type { Settings } from '../settings/default-settings';
import { interfaceLanguage } from '../view/interface-language';

/**
 * Speaks an extension page in the interface language (the setting, else the browser's): keeps
 * `<html lang dir>` and the document title in step with it, so right-to-left languages lay out
 * correctly and assistive technology reads the right language. A page whose messages live in a
 * group of their own (the team directory, the options page: ../i18n/*-messages.ts) passes it
 * in `extraGroups`; passed rather than registered globally, so only that page's bundle imports
 * it.
 */
export function localizePage(settings: ReadonlySignal<Settings>, titleKey: string, extraGroups: readonly MessageGroup[] = []): LiveTranslator {
  const live = liveTranslator(
    computed(() => interfaceLanguage(settings.value.language, messageLanguages, navigator.languages)),
    extraGroups,
  );
  effect(() => {
    const { language, direction, t } = live.translator.value;
    document.documentElement.lang = language;
    document.documentElement.dir = direction;
    document.title = t(titleKey);
  });
  return live;
}
