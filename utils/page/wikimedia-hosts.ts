/**
 * The registrable domains that host Wikimedia wikis. Every wiki the extension
 * reads lives on one of these; nothing else is ever requested.
 */
export const wikimediaDomains = [
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
] as const;

/** Manifest match patterns for those domains, https only. */
export const wikimediaHostPatterns: string[] = wikimediaDomains.map(
  (domain) => `https://*.${domain}/*`,
);
