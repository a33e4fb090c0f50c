import { describe, expect, it } from 'vitest';
import {
  isLanguageCode,
  namespaceOf,
  normalizeTitle,
  pageUrl,
  splitTranslationSubpage,
  titleKey,
} from '../../../utils/page/title';
import type { ProjectFamily } from '../../../utils/page/wiki-page';

describe('normalizeTitle', () => {
  it.each<[string, ProjectFamily, string | null]>([
    ['Community_Engagement', 'meta', 'Community Engagement'],
    ['  community  engagement ', 'meta', 'Community engagement'],
    ['Community\u00A0Engagement', 'meta', 'Community Engagement'],
    ['Trust\u200E and Safety', 'meta', 'Trust and Safety'],
    ['grants : project/rapid', 'meta', 'Grants:Project/rapid'],
    ['GRANTS:Start', 'meta', 'Grants:Start'],
    ['research:Index', 'meta', 'Research:Index'],
    ['Project:About', 'meta', 'Meta:About'],
    ['Project:About', 'mediawiki', 'Project:About'],
    ['Grants:Start', 'wikipedia', 'Grants:Start'],
    [':Category:Foo', 'meta', 'Category:Foo'],
    ['Image:Example.jpg', 'commons', 'File:Example.jpg'],
    ['Tech/News#Latest', 'meta', 'Tech/News'],
    ['éducation', 'meta', 'Éducation'],
    ['ßtraße', 'meta', 'ßtraße'],
    ['ქართული', 'meta', 'ქართული'],
    ['chat', 'wiktionary', 'chat'],
    ['talk:chat', 'wiktionary', 'Talk:chat'],
    ['user:foo', 'wiktionary', 'User:Foo'],
    ['file:foo.ogg', 'wiktionary', 'File:Foo.ogg'],
    ['', 'meta', null],
    ['   ', 'meta', null],
    ['#Section', 'meta', null],
    ['Talk:', 'meta', null],
    ['Talk::Foo', 'meta', null],
    ['Foo|Bar', 'meta', null],
    ['[[Foo]]', 'meta', null],
    ['Foo{{!}}', 'meta', null],
    ['Foo%20Bar', 'meta', null],
    ['Foo&amp;Bar', 'meta', null],
    ['Foo\nBar', 'meta', null],
    ['Foo\uFFFD', 'meta', null],
    ['Sign~~~', 'meta', null],
    ['..', 'meta', null],
    ['./Foo', 'meta', null],
    ['Foo/../Bar', 'meta', null],
    ['Talk:../Foo', 'meta', null],
    ['Foo & Bar', 'meta', 'Foo & Bar'],
    ['100%', 'meta', '100%'],
  ])('normalizeTitle(%j, %s) is %j', (raw, family, expected) => {
    expect(normalizeTitle(raw, family)).toBe(expected);
  });
});

describe('namespaceOf', () => {
  it.each<[string, ProjectFamily, { id: number; name: string } | null]>([
    ['Community Engagement', 'meta', { id: 0, name: '' }],
    ['Grants:Start', 'meta', { id: 200, name: 'Grants' }],
    ['Grants talk:Start', 'meta', { id: 201, name: 'Grants talk' }],
    ['R:Index', 'meta', { id: 202, name: 'Research' }],
    ['Iberocoop:Portada', 'meta', { id: 206, name: 'Iberocoop' }],
    ['Event:Foo', 'meta', { id: 1728, name: 'Event' }],
    ['Translations:Foo/1/de', 'meta', { id: 1198, name: 'Translations' }],
    ['Meta:Babel', 'meta', { id: 4, name: 'Meta' }],
    ['Special:MyPage', 'meta', { id: -1, name: 'Special' }],
    ['Media:Foo.png', 'commons', { id: -2, name: 'Media' }],
    ['Grants:Start', 'outreach', { id: 0, name: '' }],
    ['Property:P31', 'wikidata', { id: 120, name: 'Property' }],
    ['Lexeme:L1', 'wikidata', { id: 146, name: 'Lexeme' }],
    ['WP:NPOV', 'wikipedia', { id: 4, name: 'Wikipedia' }],
    ['Wikispecies:About', 'species', { id: 4, name: 'Wikispecies' }],
    ['Gadget definition:Foo', 'meta', { id: 2302, name: 'Gadget definition' }],
    ['Foo|Bar', 'meta', null],
  ])('namespaceOf(%j, %s)', (title, family, expected) => {
    expect(namespaceOf(title, family)).toEqual(expected);
  });
});

describe('titleKey', () => {
  it.each([
    ['Community_Engagement', 'Community Engagement'],
    ['community engagement', 'Community engagement'],
    ['  Community   Engagement ', 'Community Engagement'],
    ['', ''],
  ])('titleKey(%j) is %j', (title, expected) => {
    expect(titleKey(title)).toBe(expected);
  });

  it('keeps titles of different pages apart', () => {
    expect(titleKey('Grants:Start')).not.toBe(titleKey('Grants:start'));
    expect(titleKey('Community Engagement')).not.toBe(titleKey('Community engagement'));
  });
});

describe('splitTranslationSubpage', () => {
  it.each([
    ['Community Engagement/pt', { sourceTitle: 'Community Engagement', language: 'pt' }],
    ['Grants:Start/zh-hans', { sourceTitle: 'Grants:Start', language: 'zh-hans' }],
    ['Tech/News/2024/10/sr-ec', { sourceTitle: 'Tech/News/2024/10', language: 'sr-ec' }],
    ['Wikimania/en', { sourceTitle: 'Wikimania', language: 'en' }],
    ['Community Engagement', null],
    ['Community Engagement/PT', null],
    ['Community Engagement/xx-nonsense', null],
    ['Wikimedia Foundation/Legal', null],
    ['/de', null],
    ['Grants:/de', null],
    ['Foo //de', null],
  ])('splitTranslationSubpage(%j)', (title, expected) => {
    expect(splitTranslationSubpage(title)).toEqual(expected);
  });
});

describe('pageUrl', () => {
  const meta = { host: 'meta.wikimedia.org' };
  it.each([
    ['Community Engagement', 'https://meta.wikimedia.org/wiki/Community_Engagement'],
    ['Grants:Project/Rapid', 'https://meta.wikimedia.org/wiki/Grants:Project/Rapid'],
    ['User:Quiddity (WMF)', 'https://meta.wikimedia.org/wiki/User:Quiddity_(WMF)'],
    ['Wikimedia España', 'https://meta.wikimedia.org/wiki/Wikimedia_Espa%C3%B1a'],
    ['What? Now & then', 'https://meta.wikimedia.org/wiki/What%3F_Now_%26_then'],
    ['C++ 100%', 'https://meta.wikimedia.org/wiki/C%2B%2B_100%25'],
    ['A,B;C@D$E', 'https://meta.wikimedia.org/wiki/A,B;C@D$E'],
  ])('pageUrl(meta, %j)', (title, expected) => {
    expect(pageUrl(meta, title)).toBe(expected);
  });
});

describe('isLanguageCode', () => {
  it.each(['en', 'pt', 'pt-br', 'zh-hans', 'zh-hant', 'sr-ec', 'sr-el', 'be-tarask', 'de-formal', 'nan', 'yue'])(
    '%s is a Translate language code',
    (code) => {
      expect(isLanguageCode(code)).toBe(true);
    },
  );

  it.each(['', 'EN', 'Legal', 'be-x-old', 'zh-min-nan', 'simple', 'xx', 'en_gb', '2024'])(
    '%j is not',
    (code) => {
      expect(isLanguageCode(code)).toBe(false);
    },
  );
});
