import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { pageUrl } from '../../../utils/page/title';
import type { WikiPage } from '../../../utils/page/wiki-page';
import type { PageFacts } from '../../../utils/ownership/page-facts';

/** The page a browser shows at a title's canonical URL, as the URL parser reads it. */
export function pageAt(title: string, host = 'meta.wikimedia.org'): WikiPage {
  const page = parseWikiPageUrl(pageUrl({ host }, title));
  if (page === null) throw new Error(`not a page URL: ${title}`);
  return page;
}

export function factsFor(title: string, overrides: Partial<PageFacts> = {}): PageFacts {
  return {
    title,
    exists: true,
    namespace: 0,
    isHistorical: false,
    categories: [],
    templates: [],
    links: [],
    recentEditors: [],
    ...overrides,
  };
}
