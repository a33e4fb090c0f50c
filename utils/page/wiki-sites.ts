import type { ProjectFamily } from './wiki-page';

interface SingleWiki {
  /** Canonical desktop host. */
  host: string;
  family: ProjectFamily;
  /** Other desktop hosts that serve the same wiki. */
  aliases?: readonly string[];
}

/**
 * Every wiki that is not a language edition, by host. Anything on wikimedia.org that is
 * neither here nor a chapter wiki (Phabricator, lists, Diff, Gerrit, GitLab, docs, stats,
 * upload, dumps, …) is not a wiki.
 */
export const singleWikis: readonly SingleWiki[] = [
  { host: 'meta.wikimedia.org', family: 'meta' },
  { host: 'commons.wikimedia.org', family: 'commons' },
  { host: 'outreach.wikimedia.org', family: 'outreach' },
  { host: 'species.wikimedia.org', family: 'species' },
  { host: 'incubator.wikimedia.org', family: 'incubator' },
  { host: 'wikimania.wikimedia.org', family: 'wikimania' },
  { host: 'foundation.wikimedia.org', family: 'foundation-wiki' },
  { host: 'wikitech.wikimedia.org', family: 'wikitech' },
  { host: 'www.wikidata.org', family: 'wikidata', aliases: ['wikidata.org'] },
  { host: 'www.wikifunctions.org', family: 'wikifunctions', aliases: ['wikifunctions.org'] },
  { host: 'www.mediawiki.org', family: 'mediawiki', aliases: ['mediawiki.org'] },
  // Multilingual Wikisource and Beta Wikiversity: language-edition families without a language.
  { host: 'wikisource.org', family: 'wikisource' },
  { host: 'beta.wikiversity.org', family: 'wikiversity' },
  { host: 'test.wikipedia.org', family: 'test' },
  { host: 'test2.wikipedia.org', family: 'test' },
  { host: 'test.wikidata.org', family: 'test' },
  { host: 'test-commons.wikimedia.org', family: 'test' },
  ...[
    'login',
    'vote',
    'strategy',
    'usability',
    'advisory',
    'quality',
    'ten',
    'office',
    'board',
    'collab',
    'internal',
    'chair',
    'checkuser',
    'steward',
    'vrt-wiki',
    'affcom',
    'fdc',
    'iegcom',
    'movementroles',
    'electcom',
    'techconduct',
  ].map((name) => ({ host: `${name}.wikimedia.org`, family: 'other' as const })),
];

/** Yearly Wikimania wikis before they moved into wikimania.wikimedia.org. */
export const yearlyWikimaniaHost = /^wikimania20\d\d\.wikimedia\.org$/;

/** Subdomains of wikimedia.org that hold affiliate (chapter) wikis. */
export const chapterSubdomains: ReadonlySet<string> = new Set([
  'am', 'ar', 'bd', 'be', 'br', 'ca', 'cn', 'co', 'dk', 'ec', 'ee', 'fi', 'ge', 'gr', 'hi', 'id',
  'id-internal', 'il', 'mai', 'mk', 'mx', 'nl', 'no', 'nyc', 'nz', 'pa-us', 'pl', 'pt',
  'punjabi', 'romd', 'rs', 'ru', 'se', 'tr', 'ua', 'uk', 've', 'wb', 'za',
]);

/** Domains whose subdomains are language editions of one project. */
export const languageEditionDomains: Readonly<Record<string, ProjectFamily>> = {
  'wikipedia.org': 'wikipedia',
  'wiktionary.org': 'wiktionary',
  'wikibooks.org': 'wikibooks',
  'wikinews.org': 'wikinews',
  'wikiquote.org': 'wikiquote',
  'wikisource.org': 'wikisource',
  'wikiversity.org': 'wikiversity',
  'wikivoyage.org': 'wikivoyage',
};

/**
 * Hosts shaped like a language edition that serve something else: the www portals list the
 * editions of a project and are not wikis themselves.
 */
export const nonWikiHosts: ReadonlySet<string> = new Set(
  Object.keys(languageEditionDomains).map((domain) => `www.${domain}`),
);

/** Language-edition subdomains whose content language has another code. */
export const editionLanguageOverrides: Readonly<Record<string, string>> = {
  simple: 'en',
  als: 'gsw',
  'bat-smg': 'sgs',
  'be-x-old': 'be-tarask',
  bh: 'bho',
  'fiu-vro': 'vro',
  nrm: 'nrf',
  'roa-rup': 'rup',
  'zh-classical': 'lzh',
  'zh-min-nan': 'nan',
  'zh-yue': 'yue',
};

/** The shape of a language-edition subdomain: a BCP 47-like code (en, pt, zh-min-nan, …). */
export const editionSubdomain = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
