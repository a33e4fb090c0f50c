import Banana from 'banana-i18n';
import type { BananaFile } from './store-locales';

/** Scripts written right to left, by language code (the part before any region or script tag). */
const rightToLeftLanguages = new Set(['ar', 'arc', 'arz', 'azb', 'ckb', 'dv', 'fa', 'glk', 'he', 'ks', 'lrc', 'mzn', 'pnb', 'ps', 'sd', 'ug', 'ur', 'yi']);

export type Direction = 'ltr' | 'rtl';

export interface Translator {
  /** The language the interface speaks (messages missing in it fall back to English). */
  readonly language: string;
  readonly direction: Direction;
  /** A message as plain text: render it as text, never as HTML. */
  t(key: string, ...params: (string | number)[]): string;
}

export function directionOf(language: string): Direction {
  const base = language.toLowerCase().split('-')[0] ?? '';
  return rightToLeftLanguages.has(base) ? 'rtl' : 'ltr';
}

/**
 * Picks the interface language: the user's explicit choice, else the first browser language
 * we have messages for (exact, then without region), else English.
 */
export function pickLanguage(available: readonly string[], preferred: readonly string[]): string {
  const known = new Set(available.map((code) => code.toLowerCase()));
  for (const wanted of preferred) {
    const code = wanted.toLowerCase();
    if (known.has(code)) return code;
    const base = code.split('-')[0] ?? '';
    if (known.has(base)) return base;
  }
  return 'en';
}

export function createTranslator(language: string, files: Record<string, BananaFile>): Translator {
  const banana = new Banana(language, { finalFallback: 'en' });
  for (const [code, file] of Object.entries(files)) {
    if (code !== 'qqq') banana.load(file as Record<string, string>, code);
  }
  return {
    language,
    direction: directionOf(language),
    t: (key, ...params) => banana.i18n(key, ...params.map(String)),
  };
}
