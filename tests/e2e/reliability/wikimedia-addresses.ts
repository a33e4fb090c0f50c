/**
 * What counts as Wikimedia in the reliability tests, written out here rather than taken from the
 * extension's own checks, so a mistake in those cannot hide itself.
 */

/** Registrable domains of the Wikimedia wikis (the manifest's host permissions). */
export const wikiDomains = [
  'wikipedia.org',
  'wiktionary.org',
  'wikibooks.org',
  'wikinews.org',
  'wikiquote.org',
  'wikisource.org',
  'wikiversity.org',
  'wikivoyage.org',
  'wikidata.org',
  'wikifunctions.org',
  'wikimedia.org',
  'mediawiki.org',
];

/** Sites a link (never a request) may also open: the Foundation's site and the Capacity Exchange tool. */
const linkOnlyHosts = ['wikimediafoundation.org', 'capx.toolforge.org'];

const foundationMailDomains = ['wikimedia.org', 'lists.wikimedia.org', 'wikimediafoundation.org'];

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function isWikiHost(host: string): boolean {
  return wikiDomains.some((domain) => isUnder(host.toLowerCase(), domain));
}

/** An https URL on a Wikimedia wiki, with no credentials or port. */
export function isWikiRequestUrl(text: string): boolean {
  const url = parseUrl(text);
  return url !== null && url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && isWikiHost(url.hostname);
}

/** What a link in the extension may open: an https Wikimedia address, or mail to the Foundation. */
export function isSafeLinkTarget(text: string): boolean {
  const url = parseUrl(text);
  if (url === null) return false;
  if (url.protocol === 'mailto:') {
    const domain = url.pathname.slice(url.pathname.lastIndexOf('@') + 1).toLowerCase();
    return url.pathname.split('@').length === 2 && foundationMailDomains.includes(domain) && url.search === '';
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    (isWikiHost(url.hostname) || linkOnlyHosts.includes(url.hostname))
  );
}
