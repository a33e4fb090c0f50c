import type { ProjectFamily, Site } from './wiki-page';
import { wikimediaDomains } from './wikimedia-hosts';
import {
  chapterSubdomains,
  editionLanguageOverrides,
  editionSubdomain,
  languageEditionDomains,
  nonWikiHosts,
  singleWikis,
  yearlyWikimaniaHost,
} from './wiki-sites';

/** The Action API endpoint of a Wikimedia wiki, by its canonical host. */
export function apiUrlOf(host: string): string {
  return `https://${host}/w/api.php`;
}

function makeSite(host: string, family: ProjectFamily, language: string | null): Site {
  return { host, apiUrl: apiUrlOf(host), family, language };
}

const singleWikiByHost = new Map<string, Site>(
  singleWikis.flatMap((wiki) => {
    const site = makeSite(wiki.host, wiki.family, null);
    return [wiki.host, ...(wiki.aliases ?? [])].map((host) => [host, site] as const);
  }),
);

function registrableDomain(host: string): string | undefined {
  return wikimediaDomains.find((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * The wiki a host name serves, or null when it serves none. Expects a host as the URL parser
 * gives it (lower case, punycode); one trailing dot is accepted. Mobile hosts put an `m` label
 * right before the registrable domain (en.m.wikipedia.org, m.wikidata.org): dropping it gives
 * the desktop host, whose API is the one to use.
 */
export function resolveSite(hostname: string): Site | null {
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  const domain = registrableDomain(host);
  if (domain === undefined) return null;
  const labels = host === domain ? [] : host.slice(0, -domain.length - 1).split('.');
  if (labels.at(-1) === 'm') labels.pop();
  const desktopHost = [...labels, domain].join('.');
  if (nonWikiHosts.has(desktopHost)) return null;
  const single = singleWikiByHost.get(desktopHost);
  if (single !== undefined) return { ...single };
  if (labels.length !== 1) return null;
  const [subdomain = ''] = labels;
  const editionFamily = languageEditionDomains[domain];
  if (editionFamily !== undefined) {
    const language = editionLanguageOverrides[subdomain];
    if (language !== undefined) return makeSite(desktopHost, editionFamily, language);
    return editionSubdomain.test(subdomain) ? makeSite(desktopHost, editionFamily, subdomain) : null;
  }
  if (domain !== 'wikimedia.org') return null;
  if (chapterSubdomains.has(subdomain)) return makeSite(desktopHost, 'chapter', null);
  return yearlyWikimaniaHost.test(desktopHost) ? makeSite(desktopHost, 'wikimania', null) : null;
}
