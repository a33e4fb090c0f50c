import { needsSiteNamespaces, rereadPage } from '../page/reread-page';
import type { NamespaceTable } from '../page/site-namespaces';
import type { WikiPage } from '../page/wiki-page';
import type { ReportSources } from './build-report';

/**
 * The page as its wiki names it, and the wiki's namespaces when they were read. Only a page
 * they could change asks for them (utils/page/reread-page.ts), so most views cost no request;
 * when they cannot be read, the URL's reading stands.
 */
export async function readWithSiteNamespaces(
  page: WikiPage,
  sources: Pick<ReportSources, 'siteNamespaces'>,
  signal: AbortSignal,
): Promise<{ page: WikiPage; names: NamespaceTable | null }> {
  if (!needsSiteNamespaces(page)) return { page, names: null };
  const names = await sources.siteNamespaces(page.site.host, signal);
  return { page: names === null ? page : rereadPage(page, names), names };
}
