import { resolveSite } from './resolve-site';
import { familyRules, type ParsedTitle } from './title';
import { shownTitle, tentativeTranslation } from './translate-titles';
import { variantOfPath } from './variant-paths';
import type { Site, WikiPage } from './wiki-page';

const articlePath = '/wiki/';
const scriptPath = '/w/index.php';

function toUrl(input: string): URL | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}

function positiveId(value: string | null): number | null {
  if (value === null || !/^[1-9]\d{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** PHP reads the last of repeated query parameters; so does this. */
function lastParam(params: URLSearchParams, name: string): string | null {
  return params.getAll(name).at(-1) ?? null;
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * The raw title a URL names: '' when none, undefined when the path is not a page view. Besides
 * /wiki/Title and /w/index.php, the root path takes index.php's query (`/?curid=N` is how
 * Special:Redirect/page and short links name a page), and the editions with variant article
 * paths serve `/zh-tw/Title`.
 */
function rawTitleOf(url: URL, site: Site): string | undefined {
  if (url.pathname.startsWith(articlePath)) return decodedPath(url.pathname.slice(articlePath.length));
  if (url.pathname === scriptPath || url.pathname === '/') return lastParam(url.searchParams, 'title') ?? '';
  const slash = url.pathname.indexOf('/', 1);
  if (slash === -1 || variantOfPath(site, url.pathname.slice(1, slash)) === null) return undefined;
  return decodedPath(url.pathname.slice(slash + 1));
}

/** What a page's title says about it: special pages are views, and a subpage may be a translation. */
export function titleFieldsOf(parsed: ParsedTitle): Pick<WikiPage, 'title' | 'namespace' | 'isSpecial' | 'translation'> {
  const isSpecial = parsed.namespace.id < 0;
  return {
    title: parsed.title,
    namespace: parsed.namespace,
    isSpecial,
    translation: isSpecial ? null : tentativeTranslation(parsed.title, parsed.namespace.id),
  };
}

/**
 * The wiki page a URL shows, or null when it shows none: not a Wikimedia wiki, not a page view,
 * a title MediaWiki would reject, or anything that is not an http(s) URL. Never throws, so it
 * can run on every tab change with whatever the browser reports.
 */
export function parseWikiPageUrl(input: unknown): WikiPage | null {
  if (typeof input !== 'string') return null;
  const url = toUrl(input);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  const site = resolveSite(url.hostname);
  const rawTitle = site === null ? undefined : rawTitleOf(url, site);
  if (site === null || rawTitle === undefined) return null;

  const parsed = rawTitle === '' ? null : shownTitle(rawTitle, familyRules(site.family));
  if (rawTitle !== '' && parsed === null) return null;
  const params = url.searchParams;
  const pageId = positiveId(lastParam(params, 'curid'));
  // Like MediaWiki, oldid names the page before diff does (diff=next&oldid=N, cross-page diffs).
  const revisionId = positiveId(lastParam(params, 'oldid')) ?? positiveId(lastParam(params, 'diff'));
  if (parsed === null && pageId === null && revisionId === null) return null;

  return {
    site,
    pageId,
    revisionId,
    ...(parsed === null ? { title: null, namespace: null, isSpecial: false, translation: null } : titleFieldsOf(parsed)),
  };
}
