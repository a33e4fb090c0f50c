import { titleFieldsOf } from './parse-url';
import { namespaceRulesOf, type NamespaceTable } from './site-namespaces';
import { shownTitle } from './translate-titles';
import type { WikiPage } from './wiki-page';

/**
 * Whether the wiki's own namespace names could read the page otherwise than the URL alone did:
 * only a main-namespace title with a colon may start with a name the static table lacks
 * (`Diskussion:`, `Spezial:`, an extension's namespace). Every other view needs no siteinfo.
 */
export function needsSiteNamespaces(page: WikiPage): boolean {
  return page.namespace?.id === 0 && page.title !== null && page.title.includes(':');
}

/**
 * The page read again with the wiki's own namespaces: `Diskussion:Foo` is the talk page of
 * `Foo`, `Spezial:Suche` a special page, `Benutzerin:X/de` a user's subpage rather than a
 * translation, `Spezial:MyLanguage/Foo` the page `Foo`. The page as it was when the table names
 * no namespace in the title (a colon in a main-namespace title, an interwiki prefix) or when the
 * title would be invalid on the wiki (the API will say so).
 */
export function rereadPage(page: WikiPage, table: NamespaceTable): WikiPage {
  if (page.title === null || !needsSiteNamespaces(page)) return page;
  const shown = shownTitle(page.title, namespaceRulesOf(table));
  if (shown === null || (shown.namespace.id === 0 && shown.title === page.title)) return page;
  return { ...page, ...titleFieldsOf(shown) };
}
