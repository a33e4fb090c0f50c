import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { describeTopic } from '../../../utils/ownership/topic';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { rereadPage } from '../../../utils/page/reread-page';
import { namespaceTableOf, siteNamespacesAnswerSchema } from '../../../utils/page/site-namespaces';
import type { WikiPage } from '../../../utils/page/wiki-page';
import { dewikiSiteinfo } from '../page/dewiki-siteinfo';
import { factsFor } from './pages';

// Real titles: Tech/News and Community Engagement are Meta pages (tests/fixtures/wiki holds our
// own versions); Help:Extension:Translate/Page translation administration and its /mk
// translation were seen at m.mediawiki.org/wiki/Help:Extension:Translate/Page_translation_administration/mk.
// User:Example/de is invented: a user's own subpage that ends in a language code.

function urlPage(url: string): WikiPage {
  const page = parseWikiPageUrl(url);
  if (page === null) throw new Error(`not a page URL: ${url}`);
  return page;
}

const translationAdmin = 'Help:Extension:Translate/Page translation administration';
type Expected = { title: string; translationOf: { title: string; language: string } | null; matchTitles: string[] };

describe('describeTopic: which pages are translations, and of what', () => {
  it.each<[string, string, PageFacts | null, Expected]>([
    // Before page facts: the URL's first reading, never for user pages.
    ['a subpage, before facts', 'https://meta.wikimedia.org/wiki/Community_Engagement/pt', null,
      { title: 'Community Engagement/pt', translationOf: { title: 'Community Engagement', language: 'pt' }, matchTitles: ['Community Engagement'] }],
    ['a user subpage, before facts', 'https://meta.wikimedia.org/wiki/User:Example/de', null,
      { title: 'User:Example/de', translationOf: null, matchTitles: ['User:Example/de'] }],
    ['a translation unit, before facts', `https://www.mediawiki.org/wiki/Translations:${translationAdmin}/1/mk`, null,
      { title: `Translations:${translationAdmin}/1/mk`, translationOf: { title: translationAdmin, language: 'mk' }, matchTitles: [translationAdmin] }],
    ['Special:MyLanguage, before facts', 'https://meta.wikimedia.org/wiki/Special:MyLanguage/Tech/News', null,
      { title: 'Tech/News', translationOf: null, matchTitles: ['Tech/News'] }],
    // With facts: only what the wiki said.
    ['a translation the wiki confirms', 'https://meta.wikimedia.org/wiki/Community_Engagement/pt',
      factsFor('Community Engagement/pt', { translationSource: 'Community Engagement' }),
      { title: 'Community Engagement/pt', translationOf: { title: 'Community Engagement', language: 'pt' }, matchTitles: ['Community Engagement'] }],
    ['a subpage the wiki does not call a translation', 'https://meta.wikimedia.org/wiki/Community_Engagement/pt',
      factsFor('Community Engagement/pt'),
      { title: 'Community Engagement/pt', translationOf: null, matchTitles: ['Community Engagement/pt'] }],
    ['a user subpage the wiki calls a translation (a translatable user page)', 'https://meta.wikimedia.org/wiki/User:Example/de',
      factsFor('User:Example/de', { namespace: 2, translationSource: 'User:Example' }),
      { title: 'User:Example/de', translationOf: { title: 'User:Example', language: 'de' }, matchTitles: ['User:Example'] }],
    ['a translation unit, with facts', `https://www.mediawiki.org/wiki/Translations:${translationAdmin}/1/mk`,
      factsFor(`Translations:${translationAdmin}/1/mk`, { namespace: 1198, translationSource: translationAdmin }),
      { title: `Translations:${translationAdmin}/1/mk`, translationOf: { title: translationAdmin, language: 'mk' }, matchTitles: [translationAdmin] }],
    ['a redirect to a translation', 'https://meta.wikimedia.org/wiki/CE/pt',
      factsFor('Community Engagement/pt', { redirectedFrom: 'CE/pt', translationSource: 'Community Engagement' }),
      { title: 'Community Engagement/pt', translationOf: { title: 'Community Engagement', language: 'pt' }, matchTitles: ['Community Engagement', 'CE/pt'] }],
    // A talk page's subject is read from its title: the facts are about the talk page.
    ['the talk page of a translation', 'https://meta.wikimedia.org/wiki/Talk:Community_Engagement/pt', factsFor('Talk:Community Engagement/pt', { namespace: 1 }),
      { title: 'Talk:Community Engagement/pt', translationOf: { title: 'Community Engagement', language: 'pt' }, matchTitles: ['Community Engagement'] }],
    ['the talk page of a user subpage', 'https://meta.wikimedia.org/wiki/User_talk:Example/de', factsFor('User talk:Example/de', { namespace: 3 }),
      { title: 'User talk:Example/de', translationOf: null, matchTitles: ['User:Example/de'] }],
  ])('%s', (_name, url, facts, expected) => {
    const topic = describeTopic(urlPage(url), facts, null);
    expect({ title: topic.title, translationOf: topic.translationOf, matchTitles: topic.matchTitles }).toEqual(expected);
  });
});

describe('describeTopic: talk pages under the wiki’s own namespace names', () => {
  const dewiki = namespaceTableOf(siteNamespacesAnswerSchema.parse(dewikiSiteinfo));
  const dePage = (path: string) => rereadPage(urlPage(`https://de.wikipedia.org/wiki/${path}`), dewiki);

  it.each<[string, string, PageFacts | null, string]>([
    ['a talk page, before facts', 'Diskussion:Berlin', null, 'Berlin'],
    ['a user talk page, before facts', 'Benutzer_Diskussion:Anna', null, 'Benutzer:Anna'],
    ['a project talk page, before facts', 'Wikipedia_Diskussion:Kurier', null, 'Wikipedia:Kurier'],
    ['a talk page under a genderized alias', 'Benutzerin_Diskussion:Anna', null, 'Benutzer:Anna'],
    ['a project talk page, with facts', 'Wikipedia_Diskussion:Kurier', factsFor('Wikipedia Diskussion:Kurier', { namespace: 5 }), 'Wikipedia:Kurier'],
    ['a portal talk page under a short alias, with facts', 'PD:Berlin', factsFor('Portal Diskussion:Berlin', { namespace: 101 }), 'Portal:Berlin'],
  ])('%s answers as its subject page', (_name, path, facts, subject) => {
    const topic = describeTopic(dePage(path), facts, dewiki);
    expect(topic.matchTitles).toEqual([subject]);
    expect(topic.reasons).toContainEqual({ code: 'talk-page-of', params: [subject] });
  });
});
