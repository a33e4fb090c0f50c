import { resolveSite } from '../page/resolve-site';
import { normalizeTitle, titleKey } from '../page/title';

/** Where a page lives, as one string: host and title key. */
export function pageKey(host: string, title: string): string {
  return `${host}|${titleKey(title)}`;
}

/**
 * The key of a title written in the registry. Editors may write `grants:project` or
 * underscores; the index holds what MediaWiki would call the page.
 */
export function registryPageKey(host: string, title: string): string {
  const site = resolveSite(host);
  const normal = site === null ? null : normalizeTitle(title, site.family);
  return pageKey(host, normal ?? title);
}

function withoutPrefix(title: string, prefix: RegExp): string {
  return titleKey(title.replace(prefix, ''));
}

const categoryPrefix = /^\s*category\s*:\s*/i;
const templatePrefix = /^\s*template\s*:\s*/i;

/** `Category:Grants` and `Grants` name the same category. */
export function categoryKey(host: string, category: string): string {
  return `${host}|${withoutPrefix(category, categoryPrefix)}`;
}

/** `Template:Historical` and `Historical` name the same template; other namespaces stay whole. */
export function templateKey(host: string, template: string): string {
  return `${host}|${withoutPrefix(template, templatePrefix)}`;
}

export function namespaceKey(host: string, namespace: number): string {
  return `${host}|${namespace}`;
}

/** Case- and accent-insensitive form of a name or product, for lookups and search. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
