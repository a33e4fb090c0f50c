import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { englishMessages } from '../../utils/i18n/message-files';
import { createTranslator, type Translator } from '../../utils/i18n/translator';

/** The interface language for every component below the provider. */
export const TranslatorContext = createContext<Translator>(createTranslator('en', { en: englishMessages }));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}

// Placeholders and magic words carry no language of their own.
const wordsOf = (text: string) => text.replace(/\$\d+|\{\{[^}]*\}\}/g, '');

/**
 * 'en' when a message with words in it is shown in English because the interface language
 * lacks it, so the text can be marked as English (and laid out left to right) inside, say,
 * a Hebrew interface; null when the message speaks the interface language.
 */
export function useFallbackLanguage(key: string): 'en' | null {
  const { language, sourceLanguage, sourceText } = useTranslator();
  if (language === 'en' || sourceLanguage(key) !== 'en') return null;
  // The translator's own English, not the main group's englishMessages: a page's extra message
  // group (the team directory's) is in the files it reads, and nowhere else.
  const english = sourceText(key);
  return english !== null && /\p{L}/u.test(wordsOf(english)) ? 'en' : null;
}
