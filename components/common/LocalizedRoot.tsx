import type { ReadonlySignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { Translator } from '../../utils/i18n/translator';
import { TranslatorContext } from './translator-context';

/** Provides the current translator; re-renders everything below when the language changes. */
export function LocalizedRoot({ translator, children }: { translator: ReadonlySignal<Translator>; children: ComponentChildren }) {
  return <TranslatorContext.Provider value={translator.value}>{children}</TranslatorContext.Provider>;
}
