import { Agent } from 'undici';
import type { LocalWiki } from '../../wiki/local-wiki';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import type { WikiPage } from '../../../utils/page/wiki-page';
import { createWikiClient, type WikiClient } from '../../../utils/wiki-api/transport';

/** The wiki page a URL shows; a test that names a URL showing none has a typo. */
export function wikiPageAt(url: string): WikiPage {
  const page = parseWikiPageUrl(url);
  if (page === null) throw new Error(`not a wiki page URL: ${url}`);
  return page;
}

/**
 * A client of the local wiki through its HTTPS front, trusting the front's self-signed
 * certificate for this client's requests only (an undici dispatcher), not for the process.
 */
export function localWikiClient(wiki: LocalWiki, warnings: Error[] = []): { client: WikiClient; apiUrl: string } {
  const dispatcher = new Agent({ connect: { ca: wiki.certificatePem } });
  const trustingFetch: typeof fetch = (resource, init) =>
    fetch(resource, { ...init, dispatcher } as RequestInit);
  const client = createWikiClient({
    version: '0.0.0-test',
    uselang: 'en',
    fetch: trustingFetch,
    onWarning: (warning) => warnings.push(warning),
  });
  return { client, apiUrl: `${wiki.frontUrl}/w/api.php` };
}

/** The API requests the front saw since its last reset. */
export function apiRequests(wiki: LocalWiki): URL[] {
  return wiki.front
    .snapshot()
    .log.filter((entry) => entry.url.startsWith('/w/api.php'))
    .map((entry) => new URL(entry.url, wiki.frontUrl));
}
