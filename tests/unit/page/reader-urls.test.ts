import { describe, expect, it } from 'vitest';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import type { Namespace, ProjectFamily, Site, WikiPage } from '../../../utils/page/wiki-page';

// URLs as readers meet them beyond /wiki/Title. Real titles, and where a stored copy showed them:
// - sr.wikipedia.org/sr-el/Обласно-специфичан_језик: a proxied copy of that URL
//   (http://206.189.44.186/host-https-sr.wikipedia.org/sr-el/…, "Oblasno-specifičan jezik");
// - zh.wikipedia's Wikipedia:维基媒体姊妹项目 and User talk:鄭景安, under /zh-mo/ and /zh-tw/ in
//   mirrors that copy zh.wikipedia's paths (wiki.ccget.cc/zh-mo/…, 54e1ad4b48888.kfd.me/zh-tw/…);
// - www.mediawiki.org's Help:Extension:Translate/Page translation administration, its /mk
//   translation (m.mediawiki.org/wiki/…/mk) and Special:MyLanguage link to it (proxied copy);
// - Special:MyLanguage/Wikidata:Meta-Wiki on m.wikidata.org (proxied copy, fanyv88.com).
// The unit number 1 of the Translations: page is the form Translate gives units, not a page seen.

function site(host: string, family: ProjectFamily, language: string | null = null): Site {
  return { host, apiUrl: `https://${host}/w/api.php`, family, language };
}

const meta = site('meta.wikimedia.org', 'meta');
const mediawiki = site('www.mediawiki.org', 'mediawiki');
const zhwiki = site('zh.wikipedia.org', 'wikipedia', 'zh');
const srwiki = site('sr.wikipedia.org', 'wikipedia', 'sr');
const ns = (id: number, name: string): Namespace => ({ id, name });
const main = ns(0, '');
const translationAdmin = 'Help:Extension:Translate/Page translation administration';

function page(onSite: Site, title: string | null, extra: Partial<WikiPage> = {}): WikiPage {
  return { site: onSite, title, pageId: null, revisionId: null, namespace: title === null ? null : main, isSpecial: false, translation: null, ...extra };
}

describe('parseWikiPageUrl: URL forms readers meet', () => {
  it.each<[string, string, WikiPage | null]>([
    // the root path takes index.php's query
    ['root path with curid', 'https://meta.wikimedia.org/?curid=10553', page(meta, null, { pageId: 10553 })],
    ['mobile root path with curid', 'https://meta.m.wikimedia.org/?curid=10553', page(meta, null, { pageId: 10553 })],
    ['root path with oldid', 'https://meta.wikimedia.org/?oldid=27010', page(meta, null, { revisionId: 27010 })],
    ['root path with a title', 'https://meta.wikimedia.org/?title=Tech/News', page(meta, 'Tech/News')],
    ['root path alone (the main page, unnamed)', 'https://meta.wikimedia.org/', null],
    // variant article paths, only where Wikimedia configures them
    [
      'zh variant path',
      'https://zh.wikipedia.org/zh-mo/Wikipedia:%E7%BB%B4%E5%9F%BA%E5%AA%92%E4%BD%93%E5%A7%8A%E5%A6%B9%E9%A1%B9%E7%9B%AE',
      page(zhwiki, 'Wikipedia:维基媒体姊妹项目', { namespace: ns(4, 'Wikipedia') }),
    ],
    ['zh-tw path, talk page', 'https://zh.wikipedia.org/zh-tw/User_talk:%E9%84%AD%E6%99%AF%E5%AE%89', page(zhwiki, 'User talk:鄭景安', { namespace: ns(3, 'User talk') })],
    ['zh-hans path on mobile', 'https://zh.m.wikipedia.org/zh-hans/User_talk:%E9%84%AD%E6%99%AF%E5%AE%89', page(zhwiki, 'User talk:鄭景安', { namespace: ns(3, 'User talk') })],
    ['zh (the unconverted variant)', 'https://zh.wikipedia.org/zh/User_talk:%E9%84%AD%E6%99%AF%E5%AE%89', page(zhwiki, 'User talk:鄭景安', { namespace: ns(3, 'User talk') })],
    [
      'sr-el path',
      'https://sr.wikipedia.org/sr-el/%D0%9E%D0%B1%D0%BB%D0%B0%D1%81%D0%BD%D0%BE-%D1%81%D0%BF%D0%B5%D1%86%D0%B8%D1%84%D0%B8%D1%87%D0%B0%D0%BD_%D1%98%D0%B5%D0%B7%D0%B8%D0%BA',
      page(srwiki, 'Обласно-специфичан језик'),
    ],
    ['sr-ec path', 'https://sr.wikipedia.org/sr-ec/%D0%9E%D0%B1%D0%BB%D0%B0%D1%81%D0%BD%D0%BE-%D1%81%D0%BF%D0%B5%D1%86%D0%B8%D1%84%D0%B8%D1%87%D0%B0%D0%BD_%D1%98%D0%B5%D0%B7%D0%B8%D0%BA', page(srwiki, 'Обласно-специфичан језик')],
    ['a variant of another language', 'https://zh.wikipedia.org/sr-el/Foo', null],
    ['a variant path on a wiki without them', 'https://meta.wikimedia.org/zh-tw/Tech/News', null],
    ['a variant path on Serbian Wikiversity (commented out in Wikimedia’s settings)', 'https://sr.wikiversity.org/sr-el/Foo', null],
    ['a variant path with no title', 'https://zh.wikipedia.org/zh-tw/', null],
    // Special:MyLanguage shows the page it names
    ['Special:MyLanguage', 'https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Extension:Translate/Page_translation_administration', page(mediawiki, translationAdmin, { namespace: ns(12, 'Help') })],
    ['Special:MyLanguage, other case', 'https://www.mediawiki.org/wiki/special:mylanguage/Help:Extension:Translate/Page_translation_administration', page(mediawiki, translationAdmin, { namespace: ns(12, 'Help') })],
    ['Special:MyLanguage on mobile Wikidata', 'https://m.wikidata.org/wiki/Special:MyLanguage/Wikidata:Meta-Wiki', page(site('www.wikidata.org', 'wikidata'), 'Wikidata:Meta-Wiki', { namespace: ns(4, 'Wikidata') })],
    ['Special:MyLanguage in index.php', 'https://meta.wikimedia.org/w/index.php?title=Special:MyLanguage/Tech/News', page(meta, 'Tech/News')],
    ['Special:MyLanguage with no page', 'https://meta.wikimedia.org/wiki/Special:MyLanguage', page(meta, 'Special:MyLanguage', { namespace: ns(-1, 'Special'), isSpecial: true })],
    // translation units: their namespace says whose they are
    [
      'a translation unit',
      'https://www.mediawiki.org/wiki/Translations:Help:Extension:Translate/Page_translation_administration/1/mk',
      page(mediawiki, `Translations:${translationAdmin}/1/mk`, {
        namespace: ns(1198, 'Translations'),
        translation: { sourceTitle: translationAdmin, language: 'mk' },
      }),
    ],
    [
      'the page-title unit on Meta',
      'https://meta.wikimedia.org/wiki/Translations:Tech/News/Page_display_title/de',
      page(meta, 'Translations:Tech/News/Page display title/de', { namespace: ns(1198, 'Translations'), translation: { sourceTitle: 'Tech/News', language: 'de' } }),
    ],
    ['a Translations: page that is no unit', 'https://meta.wikimedia.org/wiki/Translations:Tech', page(meta, 'Translations:Tech', { namespace: ns(1198, 'Translations') })],
  ])('%s', (_name, url, expected) => {
    expect(parseWikiPageUrl(url)).toEqual(expected);
  });
});

describe('parseWikiPageUrl: the first reading of a translation', () => {
  it.each<[string, string, WikiPage['translation']]>([
    ['a translation subpage', `https://www.mediawiki.org/wiki/${translationAdmin}/mk`, { sourceTitle: translationAdmin, language: 'mk' }],
    ['a Meta translation subpage', 'https://meta.wikimedia.org/wiki/Tech/News/de', { sourceTitle: 'Tech/News', language: 'de' }],
    // Invented user pages: a language code ends them, and they are someone's own, not translations.
    ['a user subpage', 'https://meta.wikimedia.org/wiki/User:Example/de', null],
    ['a user talk subpage', 'https://meta.wikimedia.org/wiki/User_talk:Example/fr', null],
    ['a subpage that is no language code', 'https://meta.wikimedia.org/wiki/Tech/News/Latest', null],
  ])('%s', (_name, url, translation) => {
    expect(parseWikiPageUrl(url)?.translation).toEqual(translation);
  });
});
