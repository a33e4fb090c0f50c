import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { normalizeTitle, pageUrl } from '../../../utils/page/title';
import { wikiPageSchema } from '../../../utils/page/wiki-page';
import { propertyRuns } from '../property-runs';

const wikiHosts = [
  'meta.wikimedia.org',
  'meta.m.wikimedia.org',
  'commons.wikimedia.org',
  'outreach.wikimedia.org',
  'en.wikipedia.org',
  'en.m.wikipedia.org',
  'fr.wiktionary.org',
  'www.wikidata.org',
  'm.wikidata.org',
  'www.mediawiki.org',
  'ru.wikimedia.org',
  'test.wikipedia.org',
  'phabricator.wikimedia.org',
  'www.wikipedia.org',
  'upload.wikimedia.org',
];

// Titles drawn from every Unicode plane, with the characters that matter to MediaWiki mixed in.
const titleBody = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '_', ':', '/', '%', '+', '#', '?', '&', '.', '~', 'é', 'ß', 'ქ', '😀', 'Grants', 'R', 'pt'),
  maxLength: 12,
});
const titleText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  titleBody,
  fc
    .tuple(
      fc.constantFrom('', ':', 'grants:', 'R:', 'Research talk:', 'Special:', 'Media:', 'project:', 'Image:', 'Talk:'),
      titleBody,
      fc.constantFrom('', '/pt', '/zh-hans', '/sr-ec', '#Section'),
    )
    .map((parts) => parts.join('')),
);

const wikiUrl = fc.oneof(
  fc.tuple(fc.constantFrom('https', 'http', 'HTTPS'), fc.constantFrom(...wikiHosts), fc.webPath(), fc.webQueryParameters(), fc.webFragments()).map(
    ([scheme, host, path, query, fragment]) => `${scheme}://${host}${path}?${query}#${fragment}`,
  ),
  fc.tuple(fc.constantFrom(...wikiHosts), titleText).map(([host, title]) => `https://${host}/wiki/${encodeURIComponent(title)}`),
  fc.tuple(fc.constantFrom(...wikiHosts), titleText).map(([host, title]) => `https://${host}/wiki/${title}`),
  fc
    .tuple(fc.constantFrom(...wikiHosts), titleText, fc.constantFrom('oldid', 'diff', 'curid'), fc.oneof(fc.nat(), fc.string()))
    .map(([host, title, idName, id]) => `https://${host}/w/index.php?${new URLSearchParams({ title, [idName]: String(id) })}`),
);

const anyInput = fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true }), wikiUrl, fc.anything());

describe('parseWikiPageUrl properties', () => {
  it('never throws and only returns pages that match the schema', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const page = parseWikiPageUrl(input);
        return page === null || wikiPageSchema.safeParse(page).success;
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('parses the canonical URL of a parsed page back to the same page', () => {
    fc.assert(
      fc.property(wikiUrl, (url) => {
        const page = parseWikiPageUrl(url);
        fc.pre(page !== null && page.title !== null);
        if (page === null || page.title === null) return;
        expect(parseWikiPageUrl(pageUrl(page.site, page.title))).toEqual({ ...page, pageId: null, revisionId: null });
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('finds any normalised title again in its canonical URL', () => {
    const site = { host: 'meta.wikimedia.org' };
    fc.assert(
      fc.property(titleText, (raw) => {
        const title = normalizeTitle(raw, 'meta');
        fc.pre(title !== null);
        if (title === null) return;
        expect(normalizeTitle(title, 'meta')).toBe(title);
        expect(parseWikiPageUrl(pageUrl(site, title))?.title).toBe(title);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
