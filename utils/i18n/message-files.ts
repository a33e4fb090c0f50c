import english from '../../i18n/en.json';
import type { BananaFile } from './store-locales';
import { fallbackLanguages } from './translator';

/**
 * One folder of banana message files, as a MediaWiki extension keeps several (`i18n/`,
 * `i18n/api/`): its English, bundled into each page that reads the group, and a loader per
 * other language, so a translation is a chunk of its own, fetched only when the interface speaks
 * that language. qqq.json documents the messages for translators and is never shipped.
 */
export interface MessageGroup {
  readonly english: BananaFile;
  /** By language code (he, pt-br), without English and qqq. */
  readonly translations: ReadonlyMap<string, () => Promise<BananaFile>>;
}

/**
 * A group from its English file and the import.meta.glob of its folder's other files (each folder
 * needs its own glob: Vite wants literal patterns). A page's own group (i18n/directory/,
 * i18n/options/) is one such call in a module of its own (./directory-messages.ts,
 * ./options-messages.ts) that only that page imports and hands to localizePage, so its English is
 * bundled into that page alone and its translations load, like the main group's, only when the
 * interface speaks them.
 */
export function messageGroup(englishFile: BananaFile, translations: Record<string, () => Promise<BananaFile>>): MessageGroup {
  const loaders = Object.entries(translations).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), load] as const);
  return { english: englishFile, translations: new Map(loaders) };
}

/**
 * The messages in i18n/ itself, which every page reads. English is bundled into every page: it
 * is what the first render shows and what any missing message falls back to. Every other
 * language is a chunk of its own, so each translation translatewiki.net adds does not grow every
 * page by about 4 KB gzip (docs/PERFORMANCE.md). Messages only one page shows live in a group of
 * their own (the team directory's i18n/directory/, the options page's i18n/options/; see
 * messageGroup), so the side panel carries neither page's English.
 */
export const mainMessages: MessageGroup = messageGroup(
  english,
  import.meta.glob<BananaFile>(['../../i18n/*.json', '!../../i18n/en.json', '!../../i18n/qqq.json'], { import: 'default' }),
);

/** The main group's English. */
export const englishMessages: BananaFile = mainMessages.english;

/**
 * Every language the interface can speak, English first: those of the main group. An extra
 * group may lag behind it; its missing messages come in English.
 */
export const messageLanguages: readonly string[] = ['en', ...mainMessages.translations.keys()];

/** Merges one file per group into one file per language; the groups share no key (tests/unit/i18n/message-files.test.ts). */
const merged = (files: readonly BananaFile[]): BananaFile => Object.assign({}, ...files) as BananaFile;

/** The English a translator for the main group and `extraGroups` starts with. */
export function englishMessageFiles(extraGroups: readonly MessageGroup[] = []): Record<string, BananaFile> {
  return { en: merged([mainMessages, ...extraGroups].map((group) => group.english)) };
}

/**
 * The message files a translator for `language` reads: English, and the language with its
 * shorter forms (pt-br, pt) where they exist, each the main group merged with `extraGroups`
 * (the messages of the page asking, such as the team directory's or the options page's).
 */
export async function loadMessageFiles(language: string, extraGroups: readonly MessageGroup[] = []): Promise<Record<string, BananaFile>> {
  const groups = [mainMessages, ...extraGroups];
  const codes = fallbackLanguages(language).filter((code) => code !== 'en' && groups.some((group) => group.translations.has(code)));
  const files = await Promise.all(
    codes.map(async (code) => {
      const parts = await Promise.all(groups.flatMap((group) => group.translations.get(code)?.() ?? []));
      return [code, merged(parts)] as const;
    }),
  );
  return Object.fromEntries([...Object.entries(englishMessageFiles(extraGroups)), ...files]);
}
