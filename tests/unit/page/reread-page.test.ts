import { describe, expect, it } from 'vitest';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { needsSiteNamespaces, rereadPage } from '../../../utils/page/reread-page';
import { namespaceTableOf, siteNamespacesAnswerSchema } from '../../../utils/page/site-namespaces';
import { wikiPageSchema, type WikiPage } from '../../../utils/page/wiki-page';
import { dewikiSiteinfo } from './dewiki-siteinfo';

const dewiki = namespaceTableOf(siteNamespacesAnswerSchema.parse(dewikiSiteinfo));

function urlPage(url: string): WikiPage {
  const page = parseWikiPageUrl(url);
  if (page === null) throw new Error(`not a page URL: ${url}`);
  return page;
}

const dePage = (path: string) => urlPage(`https://de.wikipedia.org/wiki/${path}`);

describe('what the URL alone reads on a German wiki', () => {
  it('leaves a localised prefix in a main-namespace title, and asks for the wiki’s names then only', () => {
    expect(dePage('Diskussion:Berlin')).toMatchObject({ title: 'Diskussion:Berlin', namespace: { id: 0, name: '' }, isSpecial: false });
    expect(needsSiteNamespaces(dePage('Diskussion:Berlin'))).toBe(true);
    expect(needsSiteNamespaces(dePage('Berlin'))).toBe(false);
    expect(needsSiteNamespaces(dePage('Talk:Berlin'))).toBe(false);
    expect(needsSiteNamespaces(dePage('WP:Kurier'))).toBe(false);
    expect(needsSiteNamespaces(urlPage('https://de.wikipedia.org/w/index.php?curid=12'))).toBe(false);
  });
});

describe('rereadPage with the German Wikipedia’s namespaces', () => {
  it('reads a talk page as one', () => {
    const page = rereadPage(dePage('Diskussion:Berlin'), dewiki);
    expect(page).toMatchObject({ title: 'Diskussion:Berlin', namespace: { id: 1, name: 'Diskussion' }, isSpecial: false, translation: null });
    expect(wikiPageSchema.parse(page)).toEqual(page);
  });

  it('recognises special and media pages', () => {
    expect(rereadPage(dePage('Spezial:Suche'), dewiki)).toMatchObject({ title: 'Spezial:Suche', namespace: { id: -1 }, isSpecial: true, translation: null });
    expect(rereadPage(dePage('Medium:Beispiel.jpg'), dewiki)).toMatchObject({ namespace: { id: -2, name: 'Medium' }, isSpecial: true });
  });

  it('takes a user subpage in a language code for the user’s own, not a translation', () => {
    const urlOnly = dePage('Benutzerin:Anna/de');
    expect(urlOnly.translation).toEqual({ sourceTitle: 'Benutzerin:Anna', language: 'de' });
    expect(rereadPage(urlOnly, dewiki)).toMatchObject({ title: 'Benutzer:Anna/de', namespace: { id: 2, name: 'Benutzer' }, translation: null });
  });

  it('keeps a translation subpage’s first reading in a namespace that has translations', () => {
    expect(rereadPage(dePage('Hilfe:Übersicht/en'), dewiki)).toMatchObject({
      title: 'Hilfe:Übersicht/en',
      namespace: { id: 12, name: 'Hilfe' },
      translation: { sourceTitle: 'Hilfe:Übersicht', language: 'en' },
    });
  });

  it('capitalises the title as the namespace does, whatever the URL’s case and underscores', () => {
    expect(rereadPage(dePage('benutzer_diskussion:anna'), dewiki)).toMatchObject({ title: 'Benutzer Diskussion:Anna', namespace: { id: 3 } });
  });

  it('follows Special:MyLanguage under the local name of the Special namespace', () => {
    expect(rereadPage(dePage('Spezial:MyLanguage/Hilfe:Übersicht'), dewiki)).toMatchObject({
      title: 'Hilfe:Übersicht',
      namespace: { id: 12 },
      isSpecial: false,
    });
    expect(rereadPage(dePage('Spezial:MyLanguage/Berlin'), dewiki)).toMatchObject({ title: 'Berlin', namespace: { id: 0 }, isSpecial: false });
  });

  it('keeps the ids the URL gave', () => {
    const page = rereadPage(urlPage('https://de.wikipedia.org/w/index.php?title=Diskussion:Berlin&oldid=42'), dewiki);
    expect(page).toMatchObject({ title: 'Diskussion:Berlin', revisionId: 42, namespace: { id: 1 } });
  });

  it.each([
    ['a main-namespace title with a colon', 'Star_Wars:_Episode_IV'],
    ['an interwiki prefix', 'en:Berlin'],
    ['a title the wiki would refuse', 'Diskussion:'],
    ['a page in a namespace the URL already knew', 'Talk:Berlin'],
    ['a title without a colon', 'Berlin'],
  ])('leaves %s as the URL read it', (_what, path) => {
    const page = dePage(path);
    expect(rereadPage(page, dewiki)).toBe(page);
  });
});
