import english from '../../i18n/en.json';
import type { BananaFile } from './store-locales';
import { fallbackLanguages } from './translator';

/**
 * The messages in i18n/. English is bundled into every page: it is what the first render shows
 * and what any missing message falls back to. Every other language is a chunk of its own,
 * loaded only when the interface speaks it, so each translation translatewiki.net adds does not
 * grow every page by about 4 KB gzip (docs/PERFORMANCE.md). qqq.json documents the messages for
 * translators and is never shipped.
 */
export const englishMessages: BananaFile = english;

const translations = import.meta.glob<BananaFile>(['../../i18n/*.json', '!../../i18n/en.json', '!../../i18n/qqq.json'], { import: 'default' });
const loaders = new Map(Object.entries(translations).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), load] as const));

/** Every language the interface can speak, English first. */
export const messageLanguages: readonly string[] = ['en', ...loaders.keys()];

/** The message files a translator for `language` reads: English, and the language with its shorter forms (pt-br, pt) where they exist. */
export async function loadMessageFiles(language: string): Promise<Record<string, BananaFile>> {
  const codes = fallbackLanguages(language).filter((code) => loaders.has(code));
  const files = await Promise.all(codes.map(async (code) => [code, await loaders.get(code)!()] as const));
  return Object.fromEntries([['en', englishMessages], ...files]);
}
