import type { ProjectFamily, Site } from './wiki-page';

/**
 * Language editions whose pages are also served at `/<variant>/Title`: Wikimedia sets
 * $wgVariantArticlePath to '/$2/$1' for these wikis only (wmf-config/InitialiseSettings.php,
 * operations/mediawiki-config at 349dc094; srwikiversity has it commented out). The variants
 * are those of MediaWiki's LanguageConverter for the language (ZhConverter, SrConverter),
 * the main code included, since MediaWiki accepts `/zh/Title` too.
 */
const variantEditions: Readonly<Record<string, { families: readonly ProjectFamily[]; variants: readonly string[] }>> = {
  zh: {
    families: ['wikipedia', 'wiktionary', 'wikisource', 'wikibooks', 'wikiquote', 'wikinews', 'wikivoyage', 'wikiversity'],
    variants: ['zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-hk', 'zh-mo', 'zh-my', 'zh-sg', 'zh-tw'],
  },
  sr: {
    families: ['wikipedia', 'wiktionary', 'wikibooks', 'wikiquote', 'wikinews', 'wikisource'],
    variants: ['sr', 'sr-ec', 'sr-el'],
  },
};

/** The variant a path's first segment names on this site, or null when the site has no such path. */
export function variantOfPath(site: Site, segment: string): string | null {
  const edition = site.language === null ? undefined : variantEditions[site.language];
  if (edition === undefined || !edition.families.includes(site.family)) return null;
  return edition.variants.includes(segment) ? segment : null;
}
