import { describe, expect, it } from 'vitest';
import { isWorkAccount, listedAccounts } from '../../../utils/wiki-api/staff-wikitext';

const meta = 'meta.wikimedia.org';
const names = (wikitext: string) => listedAccounts(wikitext, meta).map((account) => account.username);

// Team pages in our own words, shaped like Meta's: a lead paragraph, a people section (a list or
// a table), history with a credited volunteer, talk-like signatures, and templates.
describe('listedAccounts', () => {
  it('lists the work accounts and the people of a people section, in the order the page gives them', () => {
    const text = [
      'The team helps communities. {{Team navigation}}',
      '== Who we are ==',
      '* [[User:Zed Example (WMF)|Zed]], lead',
      '* [[User:Ann Example|Ann]], contractor',
      '{| class="wikitable"',
      '| [[user:bea_Example-WMF|Bea]] || engineer',
      '|}',
      '== History ==',
      'Set up with [[User:Old Example (WMF)]]; thanks to [[User:Kind Volunteer]] for the translation.',
    ].join('\n');
    expect(names(text)).toEqual(['Zed Example (WMF)', 'Ann Example', 'Bea Example-WMF', 'Old Example (WMF)']);
  });

  it('keeps the name a link shows, which ties the person to the account, without its markup', () => {
    const text = [
      '== Our team ==',
      "* [[User:STe Example (WMF)|''Sandra Example'']], specialist",
      '* {{u|Ben Example (WMF)|Benoît  Example}}, specialist',
      '* [[User:Plain Example (WMF)]], specialist',
      '* [[User:Piped Example (WMF)|]], specialist',
    ].join('\n');
    expect(listedAccounts(text, meta)).toEqual([
      { username: 'STe Example (WMF)', host: meta, shownAs: 'Sandra Example' },
      { username: 'Ben Example (WMF)', host: meta, shownAs: 'Benoît Example' },
      { username: 'Plain Example (WMF)', host: meta },
      { username: 'Piped Example (WMF)', host: meta },
    ]);
  });

  it.each([
    ['a credited volunteer outside a people section', 'Thanks to [[User:Kind Volunteer]].'],
    ['a signature, even of a work account, in a people section', '== Team ==\n* Moved here. [[User:Sig Example (WMF)|Sig]] ([[User talk:Sig Example (WMF)|talk]]) 09:12, 3 March 2024 (UTC)'],
    ['a user template signature', '== Team ==\n:Done. {{u|Sig Example (WMF)}} 10:00, 1 May 2025 (UTC)'],
    ['a former members section', '== Former staff ==\n* [[User:Gone Example (WMF)]]'],
    ['a people subsection under a former section', '== Past team members ==\n=== 2019 ===\n* [[User:Gone Example (WMF)]]'],
    ['a user subpage', '== Team ==\n* [[User:Ann Example (WMF)/sandbox|draft]]'],
    ['a user talk page', '== Team ==\n* [[User talk:Ann Example (WMF)|Ann]]'],
    ['a link hidden in a comment', '== Team ==\n<!-- * [[User:Hidden Example (WMF)]] -->'],
    ['a link in nowiki', '== Team ==\n<nowiki>[[User:Escaped Example (WMF)]]</nowiki>'],
    ['a link only transcluders see', '== Team ==\n<includeonly>[[User:Transcluded Example (WMF)]]</includeonly>'],
    ['an interwiki prefix whose wiki this cannot check', '== Team ==\n* [[phab:User:Ann Example (WMF)]]'],
    ['a link to a contributions page', '== Team ==\n* [[Special:Contributions/Ann Example (WMF)]]'],
  ])('leaves out %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a people section open through its subsections, and closes it at the next section of its level', () => {
    const text = ['== Team ==', '=== Product ===', '* [[User:Ann Example]]', '== Thanks ==', '* [[User:Kind Volunteer]]'].join('\n');
    expect(names(text)).toEqual(['Ann Example']);
  });

  it('reads headings written with translation markup, and lists people after a comment that spans lines', () => {
    const text = ['<translate>', '== <!--T:4--> Our team ==', '<!-- a note', 'over two lines -->', '* [[User:Ann Example]]', '</translate>'].join('\n');
    expect(names(text)).toEqual(['Ann Example']);
  });

  it('reads user links written with the user templates', () => {
    expect(names('== Staff ==\n* {{u|Ann Example}}, {{User|Bea Example}} and {{noping|Cem Example (WMF)|Cem}}')).toEqual(['Ann Example', 'Bea Example', 'Cem Example (WMF)']);
  });

  it('names each account once, in the order of its first mention', () => {
    expect(names('[[User:Bea Example (WMF)]] [[User:Ann Example (WMF)]] [[User:Bea_Example_(WMF)|again]]')).toEqual(['Bea Example (WMF)', 'Ann Example (WMF)']);
  });

  it('places interwiki user links on their own wiki', () => {
    const text = '== Team ==\n* [[mw:User:Ann Example|Ann]]\n* [[:m:User:Bea Example]]\n* [[w:de:User:Cem Example]]\n* [[wikitech:User:Dee Example]]\n* [[User:Eve Example]]';
    expect(listedAccounts(text, 'www.mediawiki.org')).toEqual([
      { username: 'Ann Example', host: 'www.mediawiki.org', shownAs: 'Ann' },
      { username: 'Bea Example', host: 'meta.wikimedia.org' },
      { username: 'Cem Example', host: 'de.wikipedia.org' },
      { username: 'Dee Example', host: 'wikitech.wikimedia.org' },
      { username: 'Eve Example', host: 'www.mediawiki.org' },
    ]);
  });

  it('counts the same name on two wikis as two accounts', () => {
    expect(listedAccounts('[[User:Ann Example (WMF)]] [[mw:User:Ann Example (WMF)]]', meta)).toHaveLength(2);
  });
});

describe('isWorkAccount', () => {
  it.each([
    ['Ann Example (WMF)', true],
    ['AExample-WMF', true],
    ['Ann Example (wmf)', true],
    ['Ann Example', false],
    ['WMF Fan', false],
    ['Ann (WMF) Example', false],
  ])('%s → %s', (name, expected) => {
    expect(isWorkAccount(name)).toBe(expected);
  });
});
