import { describe, expect, it } from 'vitest';
import {
  namespaceNameOf,
  namespaceRulesOf,
  namespaceTableOf,
  namespaceTableSchema,
  siteNamespacesAnswerSchema,
} from '../../../utils/page/site-namespaces';
import { parseTitleWith } from '../../../utils/page/title';
import { dewikiSiteinfo } from './dewiki-siteinfo';

const dewiki = namespaceTableOf(siteNamespacesAnswerSchema.parse(dewikiSiteinfo));
const rules = namespaceRulesOf(dewiki);
const read = (raw: string) => parseTitleWith(raw, rules);

/** A copy of the German answer with `change` applied to its query. */
function dewikiWith(change: (query: Record<string, unknown>) => void): unknown {
  const answer = structuredClone(dewikiSiteinfo) as { query: Record<string, unknown> };
  change(answer.query);
  return answer;
}

describe('the German Wikipedia namespace table', () => {
  it('keeps every namespace with its local name and case', () => {
    expect(dewiki.namespaces).toHaveLength(Object.keys(dewikiSiteinfo.query.namespaces).length);
    expect(dewiki.namespaces.slice(0, 6)).toEqual([
      { id: -2, name: 'Medium', capitalized: true },
      { id: -1, name: 'Spezial', capitalized: true },
      { id: 0, name: '', capitalized: true },
      { id: 1, name: 'Diskussion', capitalized: true },
      { id: 2, name: 'Benutzer', capitalized: true },
      { id: 3, name: 'Benutzer Diskussion', capitalized: true },
    ]);
    expect(namespaceNameOf(dewiki, 5)).toBe('Wikipedia Diskussion');
    expect(namespaceNameOf(dewiki, 0)).toBe('');
    expect(namespaceNameOf(dewiki, 200)).toBeUndefined();
  });

  it('is a value the cache accepts as it is', () => {
    expect(namespaceTableSchema.parse(dewiki)).toEqual(dewiki);
  });

  it.each([
    // Local names, with the title's first letter capitalised as the namespace's case says.
    ['Diskussion:Berlin', 1, 'Diskussion:Berlin'],
    ['diskussion:berlin', 1, 'Diskussion:Berlin'],
    ['Benutzer_Diskussion:Anna', 3, 'Benutzer Diskussion:Anna'],
    ['BENUTZER diskussion:Anna', 3, 'Benutzer Diskussion:Anna'],
    ['Spezial:Suche', -1, 'Spezial:Suche'],
    ['Medium:Beispiel.jpg', -2, 'Medium:Beispiel.jpg'],
    ['Wikipedia Diskussion:Kurier', 5, 'Wikipedia Diskussion:Kurier'],
    ['Portal:Berlin', 100, 'Portal:Berlin'],
    ['Modul:Zitation', 828, 'Modul:Zitation'],
    // Canonical English names, which every wiki accepts, read as the local ones.
    ['User talk:Anna', 3, 'Benutzer Diskussion:Anna'],
    ['Special:Search', -1, 'Spezial:Search'],
    ['Project:Kurier', 4, 'Wikipedia:Kurier'],
    ['Module talk:Zitation', 829, 'Modul Diskussion:Zitation'],
    // Aliases: genderized forms, old names, short forms.
    ['Benutzerin:Anna', 2, 'Benutzer:Anna'],
    ['Benutzerin_Diskussion:Anna', 3, 'Benutzer Diskussion:Anna'],
    ['BD:Anna', 3, 'Benutzer Diskussion:Anna'],
    ['Bild:Beispiel.jpg', 6, 'Datei:Beispiel.jpg'],
    ['Image:Beispiel.jpg', 6, 'Datei:Beispiel.jpg'],
    ['wp:Kurier', 4, 'Wikipedia:Kurier'],
    ['Wikipedia talk:Kurier', 5, 'Wikipedia Diskussion:Kurier'],
    ['PD:Berlin', 101, 'Portal Diskussion:Berlin'],
    // Not a namespace: the whole title is in the main one.
    ['Star Wars: Episode IV', 0, 'Star Wars: Episode IV'],
    ['en:Berlin', 0, 'En:Berlin'],
  ])('reads %s as namespace %i, %s', (raw, id, title) => {
    expect(read(raw)).toEqual({ title, namespace: { id, name: namespaceNameOf(dewiki, id) } });
  });

  it('refuses what MediaWiki refuses in a namespace', () => {
    expect(read('Diskussion:')).toBeNull();
    expect(read('Diskussion::Berlin')).toBeNull();
  });
});

describe('prefix precedence, as Language::getNsIndex', () => {
  const table = namespaceTableOf(
    siteNamespacesAnswerSchema.parse({
      query: {
        namespaces: {
          '0': { id: 0, case: 'first-letter', name: '' },
          '4': { id: 4, case: 'first-letter', name: 'Talk', canonical: 'Project' },
          '1': { id: 1, case: 'first-letter', name: 'Diskussion', canonical: 'Talk' },
          '100': { id: 100, case: 'first-letter', name: 'Portal', canonical: 'Portal' },
          '102': { id: 102, case: 'first-letter', name: 'Thema', canonical: 'Thema' },
        },
        namespacealiases: [
          { id: 4, alias: 'Diskussion' },
          { id: 102, alias: 'Portal' },
        ],
      },
    }),
  );
  const lookup = namespaceRulesOf(table).lookup;

  it('takes a canonical name before a local name or an alias', () => {
    expect(lookup('talk')).toEqual({ id: 1, name: 'Diskussion' });
    expect(lookup('Portal')).toEqual({ id: 100, name: 'Portal' });
  });

  it('takes an alias before a local name', () => {
    expect(lookup('Diskussion')).toEqual({ id: 4, name: 'Talk' });
  });
});

describe('a wiki without capital links', () => {
  const rules = namespaceRulesOf(
    namespaceTableOf(
      siteNamespacesAnswerSchema.parse({
        query: {
          namespaces: {
            '0': { id: 0, case: 'case-sensitive', name: '' },
            '1': { id: 1, case: 'case-sensitive', name: 'Diskussion', canonical: 'Talk' },
            '2': { id: 2, case: 'first-letter', name: 'Benutzer', canonical: 'User' },
          },
          namespacealiases: [],
        },
      }),
    ),
  );

  it('keeps the first letter where the namespace is case-sensitive, and capitalises it elsewhere', () => {
    expect(parseTitleWith('diskussion:wort', rules)?.title).toBe('Diskussion:wort');
    expect(parseTitleWith('wort', rules)?.title).toBe('wort');
    expect(parseTitleWith('benutzer:anna', rules)?.title).toBe('Benutzer:Anna');
  });
});

describe('siteNamespacesAnswerSchema', () => {
  it('ignores the fields it does not read', () => {
    const answer = dewikiWith((query) => {
      const namespaces = query.namespaces as Record<string, Record<string, unknown>>;
      namespaces['8'] = { ...namespaces['8'], subpages: true, content: false, nonincludable: false, namespaceprotection: 'editinterface' };
      query.general = { sitename: 'Wikipedia' };
    });
    expect(namespaceTableOf(siteNamespacesAnswerSchema.parse(answer))).toEqual(dewiki);
  });

  it.each<[string, unknown]>([
    ['no answer at all', null],
    ['an answer without query', { batchcomplete: true }],
    ['namespaces as a list', dewikiWith((query) => (query.namespaces = Object.values(query.namespaces as object)))],
    ['no aliases', dewikiWith((query) => delete query.namespacealiases)],
    ['an unknown case', dewikiWith((query) => ((query.namespaces as Record<string, { case: string }>)['1']!.case = 'upper'))],
    ['a namespace without a name', dewikiWith((query) => delete (query.namespaces as Record<string, { name?: string }>)['1']!.name)],
    ['a nameless namespace other than the main one', dewikiWith((query) => ((query.namespaces as Record<string, { name: string }>)['1']!.name = ''))],
    ['a main namespace with a name', dewikiWith((query) => ((query.namespaces as Record<string, { name: string }>)['0']!.name = 'Artikel'))],
    ['no main namespace', dewikiWith((query) => delete (query.namespaces as Record<string, unknown>)['0'])],
    ['two namespaces with one id', dewikiWith((query) => ((query.namespaces as Record<string, { id: number }>)['101']!.id = 100))],
    ['a fractional id', dewikiWith((query) => ((query.namespaces as Record<string, { id: number }>)['100']!.id = 100.5))],
    ['an id below Media', dewikiWith((query) => ((query.namespaces as Record<string, { id: number }>)['100']!.id = -3))],
    ['an alias of no namespace', dewikiWith((query) => (query.namespacealiases as unknown[]).push({ id: 118, alias: 'Entwurf' }))],
    ['an empty alias', dewikiWith((query) => (query.namespacealiases as unknown[]).push({ id: 2, alias: '' }))],
    ['a name too long to be one', dewikiWith((query) => ((query.namespaces as Record<string, { name: string }>)['100']!.name = 'P'.repeat(256)))],
    [
      'more namespaces than any wiki has',
      dewikiWith((query) => {
        const namespaces = query.namespaces as Record<string, unknown>;
        for (let id = 1000; id < 1500; id += 1) namespaces[String(id)] = { id, case: 'first-letter', name: `N${id}` };
      }),
    ],
    ['more aliases than any wiki has', dewikiWith((query) => (query.namespacealiases = Array.from({ length: 2001 }, (_, index) => ({ id: 2, alias: `B${index}` }))))],
  ])('refuses %s', (_what, answer) => {
    expect(siteNamespacesAnswerSchema.safeParse(answer).success).toBe(false);
  });
});
