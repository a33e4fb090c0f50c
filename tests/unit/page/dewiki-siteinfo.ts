/**
 * German Wikipedia's answer to `action=query&meta=siteinfo&siprop=namespaces|namespacealiases&formatversion=2`,
 * written from the sources of its names: core's languages/messages/MessagesDe.php (namespace
 * names, `Bild` aliases, the genderized `Benutzerin` forms), English's `Image` aliases (every
 * language falls back to English for them), Scribunto's German `Modul`, and Wikimedia's
 * wmf-config/core-Namespaces.php (`Portal` 100/101 for dewiki; aliases `WP` and `Wikipedia talk`
 * for every Wikipedia, `P`, `PD`, `WD`, `BD`, `H`, `HD` for dewiki). An excerpt: the real answer
 * has more namespaces (TimedText, Gadget, …) and per namespace also `subpages`, `content` and
 * `nonincludable`, which nothing here reads (the local wiki's full answer is read in
 * tests/integration/wiki-api/site-namespaces.test.ts). Aliases come sorted by id, as
 * ApiQuerySiteinfo sorts them.
 */
export const dewikiSiteinfo = {
  batchcomplete: true,
  query: {
    namespaces: {
      '-2': { id: -2, case: 'first-letter', name: 'Medium', canonical: 'Media' },
      '-1': { id: -1, case: 'first-letter', name: 'Spezial', canonical: 'Special' },
      '0': { id: 0, case: 'first-letter', name: '' },
      '1': { id: 1, case: 'first-letter', name: 'Diskussion', canonical: 'Talk' },
      '2': { id: 2, case: 'first-letter', name: 'Benutzer', canonical: 'User' },
      '3': { id: 3, case: 'first-letter', name: 'Benutzer Diskussion', canonical: 'User talk' },
      '4': { id: 4, case: 'first-letter', name: 'Wikipedia', canonical: 'Project' },
      '5': { id: 5, case: 'first-letter', name: 'Wikipedia Diskussion', canonical: 'Project talk' },
      '6': { id: 6, case: 'first-letter', name: 'Datei', canonical: 'File' },
      '7': { id: 7, case: 'first-letter', name: 'Datei Diskussion', canonical: 'File talk' },
      '8': { id: 8, case: 'first-letter', name: 'MediaWiki', canonical: 'MediaWiki' },
      '9': { id: 9, case: 'first-letter', name: 'MediaWiki Diskussion', canonical: 'MediaWiki talk' },
      '10': { id: 10, case: 'first-letter', name: 'Vorlage', canonical: 'Template' },
      '11': { id: 11, case: 'first-letter', name: 'Vorlage Diskussion', canonical: 'Template talk' },
      '12': { id: 12, case: 'first-letter', name: 'Hilfe', canonical: 'Help' },
      '13': { id: 13, case: 'first-letter', name: 'Hilfe Diskussion', canonical: 'Help talk' },
      '14': { id: 14, case: 'first-letter', name: 'Kategorie', canonical: 'Category' },
      '15': { id: 15, case: 'first-letter', name: 'Kategorie Diskussion', canonical: 'Category talk' },
      '100': { id: 100, case: 'first-letter', name: 'Portal', canonical: 'Portal' },
      '101': { id: 101, case: 'first-letter', name: 'Portal Diskussion', canonical: 'Portal Diskussion' },
      '828': { id: 828, case: 'first-letter', name: 'Modul', canonical: 'Module' },
      '829': { id: 829, case: 'first-letter', name: 'Modul Diskussion', canonical: 'Module talk' },
    },
    namespacealiases: [
      { id: 2, alias: 'Benutzerin' },
      { id: 3, alias: 'BD' },
      { id: 3, alias: 'Benutzerin Diskussion' },
      { id: 4, alias: 'WP' },
      { id: 5, alias: 'WD' },
      { id: 5, alias: 'Wikipedia talk' },
      { id: 6, alias: 'Bild' },
      { id: 6, alias: 'Image' },
      { id: 7, alias: 'Bild Diskussion' },
      { id: 7, alias: 'Image talk' },
      { id: 12, alias: 'H' },
      { id: 13, alias: 'HD' },
      { id: 100, alias: 'P' },
      { id: 101, alias: 'PD' },
    ],
  },
};
