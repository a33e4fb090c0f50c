import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxAuditPages } from '../../../utils/audit/audit-input';
import { parsePastedTitles } from '../../../utils/audit/pasted-titles';
import { normalizeTitle } from '../../../utils/page/title';
import { propertyRuns } from '../property-runs';

const meta = 'meta.wikimedia.org';

describe('parsePastedTitles', () => {
  it('reads titles, URLs and wikitext links, one a line, as MediaWiki would name the pages', () => {
    const text = [
      'grants:Project/Rapid',
      '',
      '# a comment',
      'https://meta.wikimedia.org/wiki/Community_Resources',
      'https://meta.m.wikimedia.org/w/index.php?title=Talk:Wiki_Wayfinder&action=history',
      '[[Trust and Safety]]',
      '* [[Meta:Babel|the Babel page]] and more',
      '# [[:Category:Archives]]',
      '  Wikimedia_Foundation  ',
      '[[Grants:Start#How to apply]]',
    ].join('\r\n');
    expect(parsePastedTitles(text, meta)).toEqual({
      titles: [
        'Grants:Project/Rapid',
        'Community Resources',
        'Talk:Wiki Wayfinder',
        'Trust and Safety',
        'Meta:Babel',
        'Category:Archives',
        'Wikimedia Foundation',
        'Grants:Start',
      ],
      rejected: [],
      overLimit: 0,
    });
  });

  it('says why a line names no page of this wiki', () => {
    const text = [
      'https://en.wikipedia.org/wiki/Wikimedia_Foundation',
      'https://example.org/wiki/Foo',
      'https://meta.wikimedia.org/?curid=123',
      'Special:RecentChanges',
      'https://meta.wikimedia.org/wiki/Special:Version',
      'A [[b',
      'Title {{with a template}}',
      '[[]]',
      'x'.repeat(256),
    ];
    expect(parsePastedTitles(text.join('\n'), meta).rejected).toEqual([
      { line: text[0], reason: 'other-wiki' },
      { line: text[1], reason: 'not-a-page' },
      { line: text[2], reason: 'not-a-page' },
      { line: text[3], reason: 'special-page' },
      { line: text[4], reason: 'special-page' },
      { line: text[5], reason: 'not-a-page' },
      { line: text[6], reason: 'not-a-page' },
      { line: text[7], reason: 'not-a-page' },
      { line: text[8], reason: 'not-a-page' },
    ]);
  });

  it('reads a bulleted list of plain titles and URLs, keeping a title that starts with a star', () => {
    expect(parsePastedTitles('* Grants:Start\n** https://meta.wikimedia.org/wiki/Babel\n*NSYNC', meta).titles).toEqual(['Grants:Start', 'Babel', '*NSYNC']);
  });

  it('reads Special:MyLanguage links as the page they show', () => {
    expect(parsePastedTitles('https://meta.wikimedia.org/wiki/Special:MyLanguage/Grants:Start', meta).titles).toEqual(['Grants:Start']);
  });

  it('takes the wiki by its desktop host when given a mobile one', () => {
    expect(parsePastedTitles('https://meta.wikimedia.org/wiki/Grants:Start', 'meta.m.wikimedia.org').titles).toEqual(['Grants:Start']);
  });

  it('rejects every entry for a host that is no Wikimedia wiki, but still skips comments', () => {
    expect(parsePastedTitles('Foo\n# note\n\n', 'example.org')).toEqual({ titles: [], rejected: [{ line: 'Foo', reason: 'other-wiki' }], overLimit: 0 });
  });

  it('keeps the first of repeated titles however they were spelled', () => {
    expect(parsePastedTitles('grants:Start\nGrants:Start\nhttps://meta.wikimedia.org/wiki/Grants:Start\n[[grants:start]]', meta).titles).toEqual(['Grants:Start']);
  });

  it('keeps at most maxAuditPages titles and counts the ones left out', () => {
    const text = Array.from({ length: maxAuditPages + 5 }, (_, index) => `Page ${index}`).join('\n');
    const parsed = parsePastedTitles(`${text}\nPage 0`, meta);
    expect(parsed.titles).toHaveLength(maxAuditPages);
    expect(parsed.titles.at(-1)).toBe(`Page ${maxAuditPages - 1}`);
    expect(parsed.overLimit).toBe(5);
  });

  const line = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.webUrl(),
    fc.tuple(fc.constantFrom('https://meta.wikimedia.org/wiki/', 'https://en.m.wikipedia.org/w/index.php?title=', '[[', '* [[', '# ', ''), fc.string({ maxLength: 30 }), fc.constantFrom(']]', '|x]]', '', '#s')).map((parts) => parts.join('')),
  );

  it('never throws, and gives only titles MediaWiki accepts, each once', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom(meta, 'en.wikipedia.org', 'en.m.wikipedia.org', 'example.org'), (lines, separator, host) => {
        const text = lines.join(separator);
        const parsed = parsePastedTitles(text, host);
        expect(new Set(parsed.titles).size).toBe(parsed.titles.length);
        const family = host === meta ? 'meta' : 'wikipedia';
        for (const title of parsed.titles) expect(normalizeTitle(title, family)).toBe(title);
        expect(parsed.titles.length + parsed.rejected.length).toBeLessThanOrEqual(text.split(/\r\n|[\r\n\u2028\u2029]/).length);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
