import { parseTitleWith, splitTranslationSubpage, type NamespaceRules, type ParsedTitle } from './title';
import type { Translation } from './wiki-page';

/** Translate's namespace of translation units, the same id on every wiki that runs it. */
export const translationsNamespaceId = 1198;

/**
 * Namespaces where a `/de` subpage is someone's own page (notes, drafts, a user box in German),
 * not a translation, often enough that the URL alone must not suggest one.
 */
const ownSubpageNamespaces: ReadonlySet<number> = new Set([2, 3]);

/**
 * A translation unit `Translations:<source title>/<unit>/<language>` → its source page and
 * language, as Translate's own TranslatablePage::parseTranslationUnit reads it (neither the unit
 * name nor the language holds a '/').
 */
export function splitTranslationUnit(title: string): Translation | null {
  const colon = title.indexOf(':');
  const parts = title.slice(colon + 1).split('/');
  if (colon === -1 || parts.length < 3) return null;
  const language = parts.pop()!;
  parts.pop();
  const sourceTitle = parts.join('/');
  return sourceTitle === '' || language === '' ? null : { sourceTitle, language };
}

/**
 * The translation a title looks like, before the wiki is asked: a translation unit is one by
 * its namespace; `Title/de` looks like one outside user pages. Only the wiki can say whether a
 * subpage really is a translation (utils/wiki-api/page-facts.ts), so this is a first reading.
 */
export function tentativeTranslation(title: string, namespaceId: number): Translation | null {
  if (namespaceId === translationsNamespaceId) return splitTranslationUnit(title);
  return ownSubpageNamespaces.has(namespaceId) ? null : splitTranslationSubpage(title);
}

// MediaWiki resolves special page names case-insensitively (SpecialPageFactory::resolveAlias),
// and takes the English one under any name of the Special namespace (`Spezial:MyLanguage/…`).
const myLanguagePage = /^MyLanguage\//i;

/**
 * The page `Special:MyLanguage/Title` sends the reader to: `Title` (or its translation into the
 * reader's language, which has the same topic). Null for any other title.
 */
export function myLanguageTarget(parsed: ParsedTitle): string | null {
  if (parsed.namespace.id !== -1) return null;
  const text = parsed.title.slice(parsed.namespace.name.length + 1);
  const match = myLanguagePage.exec(text);
  const target = match === null ? '' : text.slice(match[0].length);
  return target === '' ? null : target;
}

/** The title a reader is shown: Special:MyLanguage/Title shows Title, the page meant. */
export function shownTitle(raw: string, rules: NamespaceRules): ParsedTitle | null {
  const parsed = parseTitleWith(raw, rules);
  const target = parsed === null ? null : myLanguageTarget(parsed);
  return target === null ? parsed : parseTitleWith(target, rules);
}
