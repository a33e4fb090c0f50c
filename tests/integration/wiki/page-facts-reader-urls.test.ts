import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fetchPageFacts } from '../../../utils/wiki-api/page-facts';
import type { WikiSession } from '../../../utils/wiki-api/transport';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { apiRequests, localWikiClient, wikiPageAt } from '../wiki-api/local-client';

// Page facts for URLs that name a page indirectly, against the real local MediaWiki: a redirect's
// facts and recent editors are its target's, and a subpage is a translation only when the wiki
// says so (page language; tests/fixtures/wiki/manifest.json sets it for the translations).

let wiki: LocalWiki;
let session: WikiSession;
const warnings: Error[] = [];
const teamPage = 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety';


beforeAll(async () => {
  wiki = await startLocalWiki();
  const { client, apiUrl } = localWikiClient(wiki, warnings);
  session = client.session(apiUrl);
  // A recent edit to the redirect itself, by someone who never edited its target.
  await wiki.editPage('Trust and Safety', `#REDIRECT [[${teamPage}]]\n`, { user: 'Example Volunteer', summary: 'Tidy the redirect' });
}, 120_000);

afterAll(async () => {
  await wiki?.stop();
});

beforeEach(() => {
  wiki.front.reset();
});

describe('fetchPageFacts for a redirect URL', () => {
  it("gives the target's facts and recent editors, in one request", async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Trust_and_Safety'));
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(facts).toMatchObject({ title: teamPage, redirectedFrom: 'Trust and Safety', exists: true, lastEdit: { user: 'Alice Example (WMF)' } });
    // Alice edited the target 2 days before seeding, Carol 200 days before (outside the 90-day
    // window); Example Volunteer edited only the redirect.
    expect(facts.recentEditors.map((editor) => editor.user)).toEqual(['Alice Example (WMF)']);
    expect(facts.recentEditors[0]?.timestamp).toBe(facts.lastEdit?.timestamp);
    expect(warnings).toEqual([]);
  });

  it('lists the recent editors of a page named by ?curid= at the root path', async () => {
    const target = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Trust_and_Safety'));
    const ids = await session.request(
      { action: 'query', titles: target.title },
      z.object({ query: z.object({ pages: z.array(z.object({ pageid: z.number() })) }) }),
    );
    const facts = await fetchPageFacts(session, wikiPageAt(`https://meta.wikimedia.org/?curid=${ids.query.pages[0]!.pageid}`));
    expect(facts.title).toBe(teamPage);
    expect(facts.recentEditors.map((editor) => editor.user)).toEqual(['Alice Example (WMF)']);
  });
});

describe('fetchPageFacts: which subpages are translations', () => {
  it('reads a translation the wiki gives its language, with its source', async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Community_Relations_Specialists/pl'));
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(facts).toMatchObject({ title: 'Community Relations Specialists/pl', translationSource: 'Community Relations Specialists' });
    // The topic is the source page: its editor (20 days ago), not the translator.
    expect(facts.recentEditors.map((editor) => editor.user)).toEqual(['Frank Example (WMF)']);
    expect(facts.lastEdit?.user).toBe('Example Translator');
  });

  it('does not take a user subpage ending in a language code for a translation', async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/User:Example_Translator/de'));
    expect(apiRequests(wiki)[0]?.searchParams.get('titles')).toBe('User:Example Translator/de');
    expect(facts.title).toBe('User:Example Translator/de');
    expect(facts.translationSource).toBeUndefined();
    expect(facts.recentEditors.map((editor) => editor.user)).toEqual(['Example Translator']);
  });

  it('does not take a subpage in the wiki’s own language for a translation, even with its source asked', async () => {
    await wiki.editPage('Tech/News/de', 'Notizen zum Newsletter, keine Übersetzung.', { user: 'Example Volunteer' });
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Tech/News/de'));
    expect(apiRequests(wiki)[0]?.searchParams.get('titles')).toBe('Tech/News/de|Tech/News');
    expect(facts).toMatchObject({ title: 'Tech/News/de', exists: true });
    expect(facts.translationSource).toBeUndefined();
  });
});
