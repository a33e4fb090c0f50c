import { pickLanguage } from '../i18n/translator';

/**
 * The language the interface speaks: the one chosen in the options when messages exist for
 * it, else the browser's preferred languages in order, else English.
 */
export function interfaceLanguage(setting: string, available: readonly string[], browserLanguages: readonly string[]): string {
  if (setting !== 'auto' && available.includes(setting)) return setting;
  return pickLanguage(available, browserLanguages);
}
