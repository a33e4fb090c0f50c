import type { BananaFile } from './store-locales';
import { needsFullParser } from './format-message';
import { loadMessageFiles, type MessageGroup } from './message-files';
import { createTranslator, type Translator } from './translator';

const messagesOf = (file: BananaFile) => Object.entries(file).flatMap(([key, text]) => (key.startsWith('@') || typeof text !== 'string' ? [] : [text]));

/**
 * The translator for `language`, its message files loaded (the main group's and those of
 * `extraGroups`), and banana-i18n with them when one of those messages uses more than
 * parameters and PLURAL. None of the shipped messages does
 * today, so no page loads banana-i18n; a translation that uses GENDER or GRAMMAR brings it, for
 * its own language only.
 */
export async function loadTranslator(language: string, extraGroups: readonly MessageGroup[] = []): Promise<Translator> {
  const files = await loadMessageFiles(language, extraGroups);
  const needsBanana = Object.values(files).some((file) => messagesOf(file).some(needsFullParser));
  const fullParser = needsBanana ? (await import('banana-i18n')).default : undefined;
  return createTranslator(language, files, fullParser);
}
