import { describe, expect, it } from 'vitest';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import type { Namespace, ProjectFamily, Site, WikiPage } from '../../../utils/page/wiki-page';

function site(host: string, family: ProjectFamily, language: string | null = null): Site {
  return { host, apiUrl: `https://${host}/w/api.php`, family, language };
}

const meta = site('meta.wikimedia.org', 'meta');
const commons = site('commons.wikimedia.org', 'commons');
const enwiki = site('en.wikipedia.org', 'wikipedia', 'en');
const wikidata = site('www.wikidata.org', 'wikidata');
const mediawiki = site('www.mediawiki.org', 'mediawiki');
const main: Namespace = { id: 0, name: '' };
const ns = (id: number, name: string): Namespace => ({ id, name });

function page(onSite: Site, title: string | null, extra: Partial<WikiPage> = {}): WikiPage {
  return {
    site: onSite,
    title,
    pageId: null,
    revisionId: null,
    namespace: title === null ? null : main,
    isSpecial: false,
    translation: null,
    ...extra,
  };
}

const pages: [string, WikiPage][] = [
  // Meta-Wiki, the pages this extension is mostly about
  ['https://meta.wikimedia.org/wiki/Community_Engagement', page(meta, 'Community Engagement')],
  [
    'https://meta.wikimedia.org/wiki/Grants:Project/Rapid',
    page(meta, 'Grants:Project/Rapid', { namespace: ns(200, 'Grants') }),
  ],
  ['https://meta.m.wikimedia.org/wiki/Trust_and_Safety', page(meta, 'Trust and Safety')],
  [
    'https://meta.wikimedia.org/w/index.php?title=Community_Engagement/pt&action=history',
    page(meta, 'Community Engagement/pt', {
      translation: { sourceTitle: 'Community Engagement', language: 'pt' },
    }),
  ],
  [
    'https://meta.wikimedia.org/wiki/Grants:Start/zh-hans',
    page(meta, 'Grants:Start/zh-hans', {
      namespace: ns(200, 'Grants'),
      translation: { sourceTitle: 'Grants:Start', language: 'zh-hans' },
    }),
  ],
  [
    'https://meta.wikimedia.org/wiki/Community_Relations_Specialists/pt-br',
    page(meta, 'Community Relations Specialists/pt-br', {
      translation: { sourceTitle: 'Community Relations Specialists', language: 'pt-br' },
    }),
  ],
  [
    'https://meta.wikimedia.org/wiki/Talk:Wikimania/be-tarask',
    page(meta, 'Talk:Wikimania/be-tarask', {
      namespace: ns(1, 'Talk'),
      translation: { sourceTitle: 'Talk:Wikimania', language: 'be-tarask' },
    }),
  ],
  ['https://meta.wikimedia.org/wiki/Wikimedia_Foundation/Legal', page(meta, 'Wikimedia Foundation/Legal')],
  ['https://meta.wikimedia.org/wiki/Tech/News/2024/03', page(meta, 'Tech/News/2024/03')],
  ['https://meta.wikimedia.org/wiki/Community_Engagement/PT', page(meta, 'Community Engagement/PT')],
  ['https://www.mediawiki.org/wiki/Product_Ambassadors', page(mediawiki, 'Product Ambassadors')],
  [
    'https://outreach.wikimedia.org/wiki/Education/About/WMF_Team',
    page(site('outreach.wikimedia.org', 'outreach'), 'Education/About/WMF Team'),
  ],
  // ids from the query string
  ['https://meta.wikimedia.org/w/index.php?diff=12345&oldid=12300', page(meta, null, { revisionId: 12300 })],
  ['https://meta.wikimedia.org/w/index.php?diff=next&oldid=456', page(meta, null, { revisionId: 456 })],
  [
    'https://meta.wikimedia.org/w/index.php?title=Grants:Start&diff=prev&oldid=789',
    page(meta, 'Grants:Start', { namespace: ns(200, 'Grants'), revisionId: 789 }),
  ],
  ['https://meta.wikimedia.org/w/index.php?diff=999', page(meta, null, { revisionId: 999 })],
  ['https://meta.wikimedia.org/w/index.php?curid=42', page(meta, null, { pageId: 42 })],
  [
    'https://meta.wikimedia.org/w/index.php?title=Community_Engagement&oldid=123',
    page(meta, 'Community Engagement', { revisionId: 123 }),
  ],
  ['https://meta.wikimedia.org/wiki/Trust_and_Safety?oldid=77', page(meta, 'Trust and Safety', { revisionId: 77 })],
  [
    'https://meta.wikimedia.org/w/index.php?title=Trust_and_Safety&diff=cur&oldid=abc',
    page(meta, 'Trust and Safety'),
  ],
  ['https://meta.wikimedia.org/w/index.php?curid=0&title=Meta:About', page(meta, 'Meta:About', { namespace: ns(4, 'Meta') })],
  // encodings, fragments, query noise
  ['https://meta.wikimedia.org/wiki/Community%20Engagement', page(meta, 'Community Engagement')],
  ['https://meta.wikimedia.org/wiki/Wikimedia_Espa%C3%B1a', page(meta, 'Wikimedia España')],
  ['https://meta.wikimedia.org/wiki/Wikimedia_España', page(meta, 'Wikimedia España')],
  ['https://meta.wikimedia.org/w/index.php?title=Community+Engagement&action=edit', page(meta, 'Community Engagement')],
  ['https://meta.wikimedia.org/wiki/C%2B%2B', page(meta, 'C++')],
  ['https://meta.wikimedia.org/wiki/A+B', page(meta, 'A+B')],
  ['https://meta.wikimedia.org/wiki/Tech/News#Latest_issue', page(meta, 'Tech/News')],
  ['https://meta.wikimedia.org/wiki/Tech%2FNews%23Latest', page(meta, 'Tech/News')],
  ['https://meta.wikimedia.org/wiki/Trust_and_Safety?action=edit&section=1', page(meta, 'Trust and Safety')],
  ['https://meta.wikimedia.org/wiki/__Community___Engagement__', page(meta, 'Community Engagement')],
  ['https://meta.wikimedia.org/wiki/community_engagement', page(meta, 'Community engagement')],
  ['https://meta.wikimedia.org/wiki/:Community_Engagement', page(meta, 'Community Engagement')],
  // host spellings
  ['http://meta.wikimedia.org/wiki/Meta:Babel', page(meta, 'Meta:Babel', { namespace: ns(4, 'Meta') })],
  ['HTTPS://META.WIKIMEDIA.ORG/wiki/Community_Engagement', page(meta, 'Community Engagement')],
  ['https://meta.wikimedia.org./wiki/Community_Engagement', page(meta, 'Community Engagement')],
  ['https://meta.wikimedia.org:443/wiki/Community_Engagement', page(meta, 'Community Engagement')],
  ['  https://meta.wikimedia.org/wiki/Community_Engagement  ', page(meta, 'Community Engagement')],
  // namespaces
  ['https://meta.wikimedia.org/wiki/grants:start', page(meta, 'Grants:Start', { namespace: ns(200, 'Grants') })],
  ['https://meta.wikimedia.org/wiki/Grants_talk:Start', page(meta, 'Grants talk:Start', { namespace: ns(201, 'Grants talk') })],
  ['https://meta.wikimedia.org/wiki/R:Index', page(meta, 'Research:Index', { namespace: ns(202, 'Research') })],
  ['https://meta.wikimedia.org/wiki/Research_talk:Index', page(meta, 'Research talk:Index', { namespace: ns(203, 'Research talk') })],
  ['https://meta.wikimedia.org/wiki/Iberocoop:Portada', page(meta, 'Iberocoop:Portada', { namespace: ns(206, 'Iberocoop') })],
  ['https://meta.wikimedia.org/wiki/Iberocoop_talk:Portada', page(meta, 'Iberocoop talk:Portada', { namespace: ns(207, 'Iberocoop talk') })],
  ['https://meta.wikimedia.org/wiki/Event:Wikimania_2025', page(meta, 'Event:Wikimania 2025', { namespace: ns(1728, 'Event') })],
  ['https://meta.wikimedia.org/wiki/Event_talk:Wikimania_2025', page(meta, 'Event talk:Wikimania 2025', { namespace: ns(1729, 'Event talk') })],
  ['https://meta.wikimedia.org/wiki/Project:About', page(meta, 'Meta:About', { namespace: ns(4, 'Meta') })],
  ['https://meta.wikimedia.org/wiki/Project_talk:About', page(meta, 'Meta talk:About', { namespace: ns(5, 'Meta talk') })],
  ['https://meta.wikimedia.org/wiki/User:Quiddity_(WMF)', page(meta, 'User:Quiddity (WMF)', { namespace: ns(2, 'User') })],
  ['https://meta.wikimedia.org/wiki/Template:Historical', page(meta, 'Template:Historical', { namespace: ns(10, 'Template') })],
  ['https://meta.wikimedia.org/wiki/Module:Foo', page(meta, 'Module:Foo', { namespace: ns(828, 'Module') })],
  ['https://meta.wikimedia.org/wiki/Programs:Foo', page(meta, 'Programs:Foo')],
  ['https://en.wikipedia.org/wiki/Grants:Foo', page(enwiki, 'Grants:Foo')],
  ['https://en.wikipedia.org/wiki/WP:VPT', page(enwiki, 'Wikipedia:VPT', { namespace: ns(4, 'Wikipedia') })],
  ['https://en.wikipedia.org/wiki/Wikipedia_talk:Foo', page(enwiki, 'Wikipedia talk:Foo', { namespace: ns(5, 'Wikipedia talk') })],
  ['https://commons.wikimedia.org/wiki/Image:Example.jpg', page(commons, 'File:Example.jpg', { namespace: ns(6, 'File') })],
  ['https://commons.wikimedia.org/wiki/COM:VP', page(commons, 'Commons:VP', { namespace: ns(4, 'Commons') })],
  ['https://commons.m.wikimedia.org/wiki/Category:Wikimania', page(commons, 'Category:Wikimania', { namespace: ns(14, 'Category') })],
  // special pages
  ['https://meta.wikimedia.org/wiki/Special:RecentChanges', page(meta, 'Special:RecentChanges', { namespace: ns(-1, 'Special'), isSpecial: true })],
  ['https://meta.wikimedia.org/wiki/special:Diff/123', page(meta, 'Special:Diff/123', { namespace: ns(-1, 'Special'), isSpecial: true })],
  [
    'https://meta.wikimedia.org/w/index.php?title=Special:Search&search=grants%2Fde',
    page(meta, 'Special:Search', { namespace: ns(-1, 'Special'), isSpecial: true }),
  ],
  ['https://meta.wikimedia.org/wiki/Special:Translate/de', page(meta, 'Special:Translate/de', { namespace: ns(-1, 'Special'), isSpecial: true })],
  ['https://commons.wikimedia.org/wiki/Media:Example.jpg', page(commons, 'Media:Example.jpg', { namespace: ns(-2, 'Media'), isSpecial: true })],
  // every project family
  ['https://en.wikipedia.org/wiki/Main_Page', page(enwiki, 'Main Page')],
  ['https://en.m.wikipedia.org/wiki/Main_Page', page(enwiki, 'Main Page')],
  ['https://de.wikipedia.org/wiki/Wikipedia:Hauptseite', page(site('de.wikipedia.org', 'wikipedia', 'de'), 'Wikipedia:Hauptseite', { namespace: ns(4, 'Wikipedia') })],
  ['https://simple.wikipedia.org/wiki/Dog', page(site('simple.wikipedia.org', 'wikipedia', 'en'), 'Dog')],
  ['https://zh-min-nan.wikipedia.org/wiki/Tai-oan', page(site('zh-min-nan.wikipedia.org', 'wikipedia', 'nan'), 'Tai-oan')],
  ['https://be-tarask.m.wikipedia.org/wiki/Foo', page(site('be-tarask.wikipedia.org', 'wikipedia', 'be-tarask'), 'Foo')],
  ['https://fr.wiktionary.org/wiki/chat', page(site('fr.wiktionary.org', 'wiktionary', 'fr'), 'chat')],
  ['https://en.wiktionary.org/wiki/user:foo', page(site('en.wiktionary.org', 'wiktionary', 'en'), 'User:Foo', { namespace: ns(2, 'User') })],
  ['https://en.wikibooks.org/wiki/Cookbook', page(site('en.wikibooks.org', 'wikibooks', 'en'), 'Cookbook')],
  ['https://en.wikinews.org/wiki/Main_Page', page(site('en.wikinews.org', 'wikinews', 'en'), 'Main Page')],
  ['https://en.wikiquote.org/wiki/Main_Page', page(site('en.wikiquote.org', 'wikiquote', 'en'), 'Main Page')],
  ['https://de.wikisource.org/wiki/Hauptseite', page(site('de.wikisource.org', 'wikisource', 'de'), 'Hauptseite')],
  ['https://wikisource.org/wiki/Main_Page', page(site('wikisource.org', 'wikisource'), 'Main Page')],
  ['https://en.wikiversity.org/wiki/Main_Page', page(site('en.wikiversity.org', 'wikiversity', 'en'), 'Main Page')],
  ['https://beta.wikiversity.org/wiki/Main_Page', page(site('beta.wikiversity.org', 'wikiversity'), 'Main Page')],
  ['https://en.wikivoyage.org/wiki/Lisbon', page(site('en.wikivoyage.org', 'wikivoyage', 'en'), 'Lisbon')],
  ['https://www.wikidata.org/wiki/Q42', page(wikidata, 'Q42')],
  ['https://m.wikidata.org/wiki/Property:P31', page(wikidata, 'Property:P31', { namespace: ns(120, 'Property') })],
  ['https://wikidata.org/wiki/Q42', page(wikidata, 'Q42')],
  ['https://www.wikifunctions.org/wiki/Z801', page(site('www.wikifunctions.org', 'wikifunctions'), 'Z801')],
  ['https://species.wikimedia.org/wiki/Panthera_leo', page(site('species.wikimedia.org', 'species'), 'Panthera leo')],
  ['https://m.mediawiki.org/wiki/Help:Contents', page(mediawiki, 'Help:Contents', { namespace: ns(12, 'Help') })],
  ['https://mediawiki.org/wiki/Project:About', page(mediawiki, 'Project:About', { namespace: ns(4, 'Project') })],
  ['https://incubator.wikimedia.org/wiki/Main_Page', page(site('incubator.wikimedia.org', 'incubator'), 'Main Page')],
  ['https://wikimania.wikimedia.org/wiki/Wikimania', page(site('wikimania.wikimedia.org', 'wikimania'), 'Wikimania')],
  ['https://wikimania2017.wikimedia.org/wiki/Main_Page', page(site('wikimania2017.wikimedia.org', 'wikimania'), 'Main Page')],
  ['https://foundation.wikimedia.org/wiki/Home', page(site('foundation.wikimedia.org', 'foundation-wiki'), 'Home')],
  ['https://wikitech.wikimedia.org/wiki/Main_Page', page(site('wikitech.wikimedia.org', 'wikitech'), 'Main Page')],
  ['https://test.wikipedia.org/wiki/Main_Page', page(site('test.wikipedia.org', 'test'), 'Main Page')],
  ['https://test2.wikipedia.org/wiki/Main_Page', page(site('test2.wikipedia.org', 'test'), 'Main Page')],
  ['https://test.m.wikidata.org/wiki/Q1', page(site('test.wikidata.org', 'test'), 'Q1')],
  ['https://test-commons.wikimedia.org/wiki/Main_Page', page(site('test-commons.wikimedia.org', 'test'), 'Main Page')],
  ['https://ru.wikimedia.org/wiki/Main_Page', page(site('ru.wikimedia.org', 'chapter'), 'Main Page')],
  ['https://pa-us.wikimedia.org/wiki/Main_Page', page(site('pa-us.wikimedia.org', 'chapter'), 'Main Page')],
  ['https://login.wikimedia.org/wiki/Special:UserLogin', page(site('login.wikimedia.org', 'other'), 'Special:UserLogin', { namespace: ns(-1, 'Special'), isSpecial: true })],
];

const notPages: [string, string][] = [
  ['Phabricator', 'https://phabricator.wikimedia.org/T344479'],
  ['mailing lists', 'https://lists.wikimedia.org/postorius/lists/wikimedia-l.lists.wikimedia.org/'],
  ['Diff blog', 'https://diff.wikimedia.org/2019/11/15/wikimedia-foundation-chief-of-community-engagement-to-leave-the-foundation/'],
  ['Foundation website', 'https://wikimediafoundation.org/about/'],
  ['Gerrit', 'https://gerrit.wikimedia.org/r/q/status:open'],
  ['GitLab', 'https://gitlab.wikimedia.org/repos/'],
  ['docs', 'https://doc.wikimedia.org/mediawiki-core/'],
  ['stats', 'https://stats.wikimedia.org/'],
  ['uploads', 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg'],
  ['dumps', 'https://dumps.wikimedia.org/enwiki/'],
  ['unknown wikimedia.org host', 'https://grafana.wikimedia.org/wiki/Foo'],
  ['Toolforge (old)', 'https://tools.wmflabs.org/wiki/Foo'],
  ['Toolforge', 'https://capx.toolforge.org/wiki/Foo'],
  ['Wikimedia Cloud', 'https://foo.wmcloud.org/wiki/Foo'],
  ['Wikipedia portal', 'https://www.wikipedia.org/wiki/Foo'],
  ['Wiktionary portal', 'https://www.wiktionary.org/'],
  ['bare wikipedia.org', 'https://wikipedia.org/wiki/Foo'],
  ['mobile of nothing', 'https://m.wikipedia.org/wiki/Foo'],
  ['two-level subdomain', 'https://a.b.wikipedia.org/wiki/Foo'],
  ['look-alike suffix', 'https://wikipedia.org.evil.com/wiki/Foo'],
  ['look-alike prefix', 'https://evilwikipedia.org/wiki/Foo'],
  ['look-alike meta', 'https://meta.wikimedia.org.evil.com/wiki/Foo'],
  ['credentials', 'https://user:secret@meta.wikimedia.org/wiki/Foo'],
  ['user only', 'https://user@meta.wikimedia.org/wiki/Foo'],
  ['other port', 'https://meta.wikimedia.org:8443/wiki/Foo'],
  ['ftp', 'ftp://meta.wikimedia.org/wiki/Foo'],
  ['chrome page', 'chrome://extensions/'],
  ['about page', 'about:blank'],
  ['javascript', 'javascript:alert(1)'],
  ['data', 'data:text/html,<h1>meta.wikimedia.org</h1>'],
  ['empty', ''],
  ['garbage', 'not a url at all'],
  ['no scheme', 'meta.wikimedia.org/wiki/Foo'],
  ['protocol-relative', '//meta.wikimedia.org/wiki/Foo'],
  ['site root', 'https://meta.wikimedia.org/'],
  ['empty article path', 'https://meta.wikimedia.org/wiki/'],
  ['API endpoint', 'https://meta.wikimedia.org/w/api.php?action=query&titles=Foo'],
  ['index.php without title', 'https://meta.wikimedia.org/w/index.php?action=history'],
  ['zero and junk ids', 'https://meta.wikimedia.org/w/index.php?curid=0&oldid=-5&diff=1e3'],
  ['illegal characters', 'https://meta.wikimedia.org/wiki/Foo%3Cbar%3E'],
  ['percent escape left in title', 'https://meta.wikimedia.org/wiki/Foo%2541'],
  ['malformed percent-encoding', 'https://meta.wikimedia.org/wiki/%E0%A4%A'],
  ['namespace without a name', 'https://meta.wikimedia.org/wiki/Talk:'],
  ['only a fragment', 'https://meta.wikimedia.org/wiki/%23Section'],
  ['relative path title', 'https://meta.wikimedia.org/w/index.php?title=../Foo'],
  ['signature tildes', 'https://meta.wikimedia.org/wiki/Foo~~~'],
];

describe('parseWikiPageUrl', () => {
  it.each(pages)('%s', (url, expected) => {
    expect(parseWikiPageUrl(url)).toEqual(expected);
  });

  it.each(notPages)('gives null for %s', (_label, url) => {
    expect(parseWikiPageUrl(url)).toBeNull();
  });

  it.each([undefined, null, 42, {}, ['https://meta.wikimedia.org/wiki/Foo'], new URL('https://meta.wikimedia.org/wiki/Foo')])(
    'gives null for the non-string %o',
    (input) => {
      expect(parseWikiPageUrl(input)).toBeNull();
    },
  );

  it('returns a fresh site object each time', () => {
    const first = parseWikiPageUrl('https://meta.wikimedia.org/wiki/A');
    const second = parseWikiPageUrl('https://meta.wikimedia.org/wiki/B');
    expect(first?.site).not.toBe(second?.site);
  });
});
