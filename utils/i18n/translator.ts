import type Banana from 'banana-i18n';
import { formatMessage, needsFullParser } from './format-message';
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
  /** The language whose file gives the message for `key` (English when the interface language lacks it), or null when none has it. */
  sourceLanguage(key: string): string | null;
  /** The message for `key` as written, unformatted, in the file sourceLanguage names; null when none has it. */
  sourceText(key: string): string | null;
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

/**
 * The languages a message is looked up in: the language itself, the same language with fewer
 * subtags (pt-br, then pt), then English. (banana-i18n's longer fallback chains, such as gsw to
 * de, are not followed: a message missing there comes in English.)
 */
export function fallbackLanguages(language: string): string[] {
  const subtags = language.toLowerCase().split('-');
  const chain = subtags.map((_, index) => subtags.slice(0, subtags.length - index).join('-'));
  return chain.includes('en') ? chain : [...chain, 'en'];
}

/** banana-i18n's class, handed in by ./load-translator.ts when a message needs it. */
export type FullParser = typeof Banana;

/**
 * Messages in MediaWiki's syntax, as translatewiki.net expects: parameters and PLURAL by
 * ./format-message.ts, anything more (GENDER, GRAMMAR, bidi, HTML) by banana-i18n when
 * `fullParser` is given; without it such a message shows as written. Only the files of the
 * interface language's fallback chain are read.
 */
export function createTranslator(language: string, files: Record<string, BananaFile>, fullParser?: FullParser): Translator {
  const chain = fallbackLanguages(language).flatMap((code) => {
    const file = files[code];
    return file === undefined ? [] : [{ code, file }];
  });
  const banana = fullParser === undefined ? null : new fullParser(language, { finalFallback: 'en' });
  if (banana !== null) for (const { code, file } of chain) banana.load(file as Record<string, string>, code);
  const find = (key: string) => chain.find(({ file }) => typeof file[key] === 'string');
  return {
    language,
    direction: directionOf(language),
    t: (key, ...params) => {
      const text = find(key)?.file[key];
      if (typeof text !== 'string') return key;
      const strings = params.map(String);
      return banana !== null && needsFullParser(text) ? banana.i18n(key, ...strings) : formatMessage(text, strings, language);
    },
    sourceLanguage: (key) => find(key)?.code ?? null,
    sourceText: (key) => {
      const text = find(key)?.file[key];
      return typeof text === 'string' ? text : null;
    },
  };
}
