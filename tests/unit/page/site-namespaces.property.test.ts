import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { rereadPage } from '../../../utils/page/reread-page';
import { namespaceRulesOf, namespaceTableOf, siteNamespacesAnswerSchema } from '../../../utils/page/site-namespaces';
import { wikiPageSchema } from '../../../utils/page/wiki-page';
import { propertyRuns } from '../property-runs';
import { dewikiSiteinfo } from './dewiki-siteinfo';

const dewiki = namespaceTableOf(siteNamespacesAnswerSchema.parse(dewikiSiteinfo));
const lookup = namespaceRulesOf(dewiki).lookup;

/** A spelling of a prefix as a URL may carry it: any letter's case flipped, spaces as underscores. */
const respelled = (prefix: string) =>
  fc.array(fc.boolean(), { minLength: prefix.length, maxLength: prefix.length }).map((flips) =>
    [...prefix]
      .map((letter, index) => (flips[index] ? (letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase()) : letter))
      .join('')
      .replace(/ /g, '_'),
  );
const anyPrefix = fc.constantFrom(...dewiki.prefixes).chain(({ prefix, id }) => respelled(prefix).map((spelling) => ({ spelling, id })));

/** Any answer the schema takes: names and aliases from anywhere, cases at random. */
const anyAnswer = fc
  .uniqueArray(fc.integer({ min: -2, max: 3000 }), { maxLength: 12 })
  .chain((ids) =>
    fc.record({
      namespaces: fc.tuple(...[0, ...ids.filter((id) => id !== 0)].map((id) =>
        fc.record({
          id: fc.constant(id),
          case: fc.constantFrom('first-letter' as const, 'case-sensitive' as const),
          name: id === 0 ? fc.constant('') : fc.string({ minLength: 1, maxLength: 12 }),
          canonical: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
        }),
      )),
      aliases: fc.array(fc.record({ id: fc.constantFrom(0, ...ids), alias: fc.string({ minLength: 1, maxLength: 12 }) }), { maxLength: 8 }),
    }),
  )
  .map(({ namespaces, aliases }) => ({
    query: { namespaces: Object.fromEntries(namespaces.map((namespace) => [String(namespace.id), namespace])), namespacealiases: aliases },
  }));

const anyRawTitle = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.tuple(fc.constantFrom('Diskussion', 'spezial', 'Benutzerin_Diskussion', 'BD', 'Star Wars', 'en', ''), fc.string({ maxLength: 20 })).map(([prefix, rest]) => `${prefix}:${rest}`),
);

describe('namespace table properties', () => {
  it('finds every prefix of the wiki in any case, with underscores or spaces', () => {
    fc.assert(
      fc.property(anyPrefix, ({ spelling, id }) => {
        // A prefix that clashes with one of higher precedence names that one: MediaWiki's rule.
        const winner = dewiki.prefixes.find(({ prefix }) => prefix.toLowerCase() === spelling.replace(/_/g, ' ').toLowerCase());
        expect(lookup(spelling.replace(/_/g, ' '))?.id).toBe(winner?.id ?? id);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('reads any page again without throwing, into a valid page, and a second reading changes nothing', () => {
    fc.assert(
      fc.property(anyAnswer, anyRawTitle, (answer, raw) => {
        const table = namespaceTableOf(siteNamespacesAnswerSchema.parse(answer));
        const page = parseWikiPageUrl(`https://de.wikipedia.org/wiki/${encodeURIComponent(raw)}`);
        if (page === null) return;
        const reread = rereadPage(page, table);
        expect(wikiPageSchema.safeParse(reread).success).toBe(true);
        expect(reread.site).toBe(page.site);
        expect(rereadPage(reread, table)).toEqual(reread);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('moves a title into the namespace its prefix names, and nowhere else', () => {
    fc.assert(
      fc.property(anyPrefix, fc.stringMatching(/^[a-zäöü]{1,8}(?: [a-zäöü]{1,8}){0,2}$/), ({ spelling }, rest) => {
        const page = parseWikiPageUrl(`https://de.wikipedia.org/wiki/${encodeURIComponent(`${spelling}:${rest}`)}`);
        if (page === null || page.namespace?.id !== 0) return;
        const reread = rereadPage(page, dewiki);
        const namespace = lookup(spelling.replace(/_/g, ' '))!;
        expect(reread.namespace).toEqual(namespace);
        expect(reread.title).toBe(`${namespace.name}:${rest.charAt(0).toUpperCase()}${rest.slice(1)}`);
        expect(reread.isSpecial).toBe(namespace.id < 0);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
