/**
 * Which kind of wiki a host is. Language-edition projects share one family across all their
 * languages; the single wikis on wikimedia.org each get their own where the extension treats
 * them differently. 'test' covers the test wikis, 'chapter' the affiliate wikis such as
 * ru.wikimedia.org, and 'other' the remaining Foundation-run wikis (login, vote, closed and
 * private committee wikis) that have nothing of their own to offer here. A plain list, not a
 * schema, so URL parsing (which every extension page runs) needs no validation library.
 */
export const projectFamilies = [
  'wikipedia',
  'wiktionary',
  'wikibooks',
  'wikinews',
  'wikiquote',
  'wikisource',
  'wikiversity',
  'wikivoyage',
  'wikidata',
  'wikifunctions',
  'commons',
  'meta',
  'outreach',
  'species',
  'mediawiki',
  'incubator',
  'wikimania',
  'foundation-wiki',
  'wikitech',
  'test',
  'chapter',
  'other',
] as const;
