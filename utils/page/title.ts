import { isLanguageCode } from './language-codes';
import { lookupNamespace, mainNamespace } from './namespaces';
import type { Namespace, ProjectFamily, Site, Translation } from './wiki-page';

export { isLanguageCode } from './language-codes';

export interface ParsedTitle {
  /** Normalised full title, with the namespace's canonical name as prefix. */
  title: string;
  namespace: Namespace;
}

/**
 * What a title's reading needs to know of a wiki's namespaces: the namespace a (trimmed,
 * single-spaced) prefix names, and whether titles in a namespace start with a capital. The
 * family's static table answers from the URL alone; the wiki's own names (site-namespaces.ts)
 * answer once the background has read them.
 */
export interface NamespaceRules {
  lookup(prefix: string): Readonly<Namespace> | undefined;
  isCapitalized(namespace: Readonly<Namespace>): boolean;
}

// MediaWiki's rules: these never appear in a valid title (HTML entities, %XX escapes, control
// characters, lone surrogates, signature tildes, link syntax).
const illegalTitleText = /[\p{Cc}<>[\]|{}\uFFFD\uD800-\uDFFF]|%[0-9A-Fa-f]{2}|&[A-Za-z0-9\x80-\uFFFF]+;|~~~/u;
const relativePathTitle = /^\.\.?(?:\/|$)|\/\.\.?(?:\/|$)/;
const titleWhitespace = /[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const directionMarks = /[\u200E\u200F\u202A-\u202E]/g;
// MediaWiki leaves Georgian Mkhedruli letters alone when it capitalises titles.
const uncapitalizedLetters = /^[\u10D0-\u10FF]/;
// Wiktionary keeps lower-case titles except where names are always capitalised.
const wiktionaryCapitalizedNamespaces: ReadonlySet<number> = new Set([-2, -1, 2, 3, 6, 7, 8, 9]);

function upperFirst(text: string): string {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  const upper = first.toUpperCase();
  if (upper.length !== first.length || uncapitalizedLetters.test(first)) return text;
  return upper + text.slice(first.length);
}

function trimSpaces(text: string): string {
  return text.replace(/^ | $/g, '');
}

/** The rules of the family's static table (namespaces.ts): what the URL alone can tell. */
export function familyRules(family: ProjectFamily): NamespaceRules {
  return {
    lookup: (prefix) => lookupNamespace(prefix, family),
    isCapitalized: (namespace) => family !== 'wiktionary' || wiktionaryCapitalizedNamespaces.has(namespace.id),
  };
}

/**
 * A raw title (as typed, from a URL path or query, or from the API) split and normalised the
 * way MediaWiki does it with the given namespaces, or null when MediaWiki would reject it. Text
 * after '#' is a section link, not part of the title.
 */
export function parseTitleWith(raw: string, rules: NamespaceRules): ParsedTitle | null {
  const hash = raw.indexOf('#');
  const withoutFragment = (hash === -1 ? raw : raw.slice(0, hash)).replace(directionMarks, '');
  if (illegalTitleText.test(withoutFragment)) return null;
  let text = trimSpaces(withoutFragment.replace(titleWhitespace, ' '));
  if (text.startsWith(':')) text = trimSpaces(text.slice(1));
  const colon = text.indexOf(':');
  const namespace =
    (colon > 0 ? rules.lookup(trimSpaces(text.slice(0, colon))) : undefined) ?? mainNamespace;
  const rest = namespace.id === 0 ? text : trimSpaces(text.slice(colon + 1));
  if (rest === '' || rest.startsWith(':') || relativePathTitle.test(rest)) return null;
  const name = rules.isCapitalized(namespace) ? upperFirst(rest) : rest;
  return { title: namespace.name === '' ? name : `${namespace.name}:${name}`, namespace: { ...namespace } };
}

/**
 * A raw title read with the family's static table. Only its English names are known: a
 * localised prefix stays part of a main-namespace title until the wiki's own names are read
 * (utils/page/reread-page.ts) or the API says otherwise.
 */
export function parseTitle(raw: string, family: ProjectFamily): ParsedTitle | null {
  return parseTitleWith(raw, familyRules(family));
}

export function normalizeTitle(raw: string, family: ProjectFamily): string | null {
  return parseTitle(raw, family)?.title ?? null;
}

/** The namespace of a title on a family's wikis; null for a title MediaWiki would reject. */
export function namespaceOf(title: string, family: ProjectFamily): Namespace | null {
  return parseTitle(title, family)?.namespace ?? null;
}

/**
 * A key under which two spellings of one normalised title compare equal: underscores or
 * spaces, surrounding blanks, first-letter case. Titles of different pages keep different keys.
 */
export function titleKey(title: string): string {
  const spaced = title.replace(/[\s_]+/g, ' ').trim();
  return spaced === '' ? '' : upperFirst(spaced);
}

/**
 * The shape of a translation subpage: `Community Engagement/pt` → source `Community
 * Engagement`, language `pt`. The shape only: `User:X/de` has it too, and whether a page is a
 * translation is for the wiki to say (utils/wiki-api/page-facts.ts).
 */
export function splitTranslationSubpage(title: string): Translation | null {
  const slash = title.lastIndexOf('/');
  const language = title.slice(slash + 1);
  const sourceTitle = title.slice(0, Math.max(slash, 0));
  if (slash <= 0 || !isLanguageCode(language) || /[ :/]$/.test(sourceTitle)) return null;
  return { sourceTitle, language };
}

// MediaWiki keeps these readable in article paths; everything else is percent-encoded.
const readablePathEscapes = /%(?:3A|2F|40|24|2C|3B)/g;

/** The canonical article URL of a normalised title: `https://host/wiki/Encoded_Title`. */
export function pageUrl(site: Pick<Site, 'host'>, title: string): string {
  const path = encodeURIComponent(title.replace(/ /g, '_')).replace(readablePathEscapes, decodeURIComponent);
  return `https://${site.host}/wiki/${path}`;
}
