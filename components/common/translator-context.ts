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
  const { language, sourceLanguage } = useTranslator();
  if (language === 'en' || sourceLanguage(key) !== 'en') return null;
  const english = englishMessages[key];
  return typeof english === 'string' && /\p{L}/u.test(wordsOf(english)) ? 'en' : null;
}
