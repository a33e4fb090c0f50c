import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { loadTranslator } from './load-translator';
import { englishMessageFiles, type MessageGroup } from './message-files';
import { createTranslator, type Translator } from './translator';

export interface LiveTranslator {
  translator: ReadonlySignal<Translator>;
  /** Resolves once the first language asked for speaks, so a page can render its first frame in it. */
  ready: Promise<void>;
}

/**
 * The translator for an interface language that may change (settings, browser languages). It
 * speaks plain English until the language's translator has loaded; answers for a language no
 * longer wanted are dropped. `extraGroups` are the message groups of the page beyond the main
 * one (the team directory's, the options page's), read in every language along with it.
 */
export function liveTranslator(language: ReadonlySignal<string>, extraGroups: readonly MessageGroup[] = []): LiveTranslator {
  const translator = signal(createTranslator('en', englishMessageFiles(extraGroups)));
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  effect(() => {
    const wanted = language.value;
    loadTranslator(wanted, extraGroups)
      .then((loaded) => {
        if (language.peek() === wanted) translator.value = loaded;
      })
      // A chunk of the extension's own package hardly fails to load; if it does, English stays.
      .catch(() => undefined)
      .finally(markReady);
  });
  return { translator, ready };
}
