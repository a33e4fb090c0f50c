import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fetchPageFacts } from '../../../utils/wiki-api/page-facts';
import { fetchRegistryPage } from '../../../utils/wiki-api/registry-page';
import { fetchRelatedGrants } from '../../../utils/wiki-api/related-grants';
import { fetchTeamPages } from '../../../utils/wiki-api/team-pages';
import type { WikiSession } from '../../../utils/wiki-api/transport';
import { fetchUserActivity } from '../../../utils/wiki-api/user-activity';
import {
  generatedIdeaCount,
  generatedIdeaTitlePrefix,
  largeIndexLinkCount,
  largeIndexTitle,
} from '../../wiki/generated-pages';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { apiRequests, localWikiClient, wikiPageAt } from './local-client';

// Every query against the real local MediaWiki seeded with tests/fixtures/wiki, through the
// HTTPS front, which also counts the requests each query costs.

let wiki: LocalWiki;
let session: WikiSession;
const linksAnswer = z.object({
  query: z.object({ pages: z.array(z.object({ links: z.array(z.object({ title: z.string() })).optional() })) }),
});
const warnings: Error[] = [];


beforeAll(async () => {
  wiki = await startLocalWiki();
  const { client, apiUrl } = localWikiClient(wiki, warnings);
  session = client.session(apiUrl);
}, 120_000);

afterAll(async () => {
  await wiki?.stop();
});

beforeEach(() => {
  wiki.front.reset();
});

describe('fetchPageFacts', () => {
  it('reads a historical page in one request: templates, categories, links, last edit', async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Community_Engagement'));
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(facts).toMatchObject({ title: 'Community Engagement', exists: true, namespace: 0, isHistorical: true });
    expect(facts.templates).toContain('Template:Historical');
    expect(facts.links).toEqual(expect.arrayContaining(['Grants:Start', 'Learning and Evaluation', 'Grants:TPS']));
    expect(facts.lastEdit).toEqual({ user: 'Example Archivist', timestamp: '2020-02-10T15:30:00Z' });
    expect(facts.redirectedFrom).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('follows a redirect and says where it came from', async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Trust_and_Safety'));
    expect(facts).toMatchObject({
      title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety',
      redirectedFrom: 'Trust and Safety',
      exists: true,
    });
    expect(facts.lastEdit?.user).toBe('Alice Example (WMF)');
  });

  it('lists recent editors from recent changes, newest first', async () => {
    const facts = await fetchPageFacts(
      session,
      wikiPageAt('https://meta.wikimedia.org/wiki/Wikimedia_Foundation/Advancement/Community_Growth'),
    );
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(facts.recentEditors.map((editor) => editor.user)).toEqual(['Erin Example (WMF)']);
    expect(facts.recentEditors[0]?.timestamp).toBe(facts.lastEdit?.timestamp);
  });

  it('reads a translation subpage together with its source', async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/Community_Engagement/pt'));
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(apiRequests(wiki)[0]?.searchParams.get('titles')).toBe('Community Engagement/pt|Community Engagement');
    expect(facts).toMatchObject({
      title: 'Community Engagement/pt',
      exists: true,
      translationSource: 'Community Engagement',
      isHistorical: true,
    });
    expect(facts.lastEdit?.user).toBe('Example Translator');
  });

  it('reports a missing page as not existing', async () => {
    const facts = await fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/wiki/No_such_team_page'));
    expect(facts).toMatchObject({ title: 'No such team page', exists: false, namespace: 0, links: [], recentEditors: [] });
    expect(facts.lastEdit).toBeUndefined();
  });

  it('finds pages named only by ?curid= and ?oldid=', async () => {
    const ids = await session.request(
      { action: 'query', titles: 'Community Engagement', prop: 'revisions', rvprop: 'ids', rvdir: 'newer', rvlimit: 1 },
      z.object({
        query: z.object({
          pages: z.array(z.object({ pageid: z.number(), revisions: z.array(z.object({ revid: z.number() })) })),
        }),
      }),
    );
    const pageId = ids.query.pages[0]!.pageid;
    const firstRevision = ids.query.pages[0]!.revisions[0]!.revid;

    const byCurid = await fetchPageFacts(session, wikiPageAt(`https://meta.wikimedia.org/w/index.php?curid=${pageId}`));
    expect(byCurid).toMatchObject({
      title: 'Community Engagement',
      isHistorical: true,
      lastEdit: { user: 'Example Archivist', timestamp: '2020-02-10T15:30:00Z' },
    });

    // An old revision is not the page's last edit, and the answer has no other: none is claimed.
    const byOldid = await fetchPageFacts(session, wikiPageAt(`https://meta.wikimedia.org/w/index.php?oldid=${firstRevision}`));
    expect(byOldid).toMatchObject({ title: 'Community Engagement', exists: true });
    expect(byOldid.lastEdit).toBeUndefined();
  });

  it('says a page id that names no page is unknown to the wiki', async () => {
    await expect(fetchPageFacts(session, wikiPageAt('https://meta.wikimedia.org/w/index.php?curid=987654'))).rejects.toMatchObject({
      failure: { reason: 'wiki-error', code: 'nosuchpageid' },
    });
  });
});

describe('fetchTeamPages', () => {
  it('answers for every team page of an answer in one request', async () => {
    const pages = await fetchTeamPages(session, [
      'Trust and Safety',
      'Community Relations Specialists',
      'Community Engagement',
      'No such team page',
    ]);
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(pages).toEqual([
      expect.objectContaining({
        requestedTitle: 'Trust and Safety',
        title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety',
        movedTo: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety',
        exists: true,
        isHistorical: false,
        // Each with the name its link shows: what ties a liaison's name to the account.
        members: ['Alice Example', 'Carol Example', 'Dave Example'].map((name) => ({ username: `${name} (WMF)`, host: session.host, shownAs: name })),
        membersComplete: true,
      }),
      expect.objectContaining({
        requestedTitle: 'Community Relations Specialists',
        exists: true,
        movedTo: null,
        members: [{ username: 'Frank Example (WMF)', host: session.host, shownAs: 'Frank Example' }],
        membersComplete: true,
      }),
      expect.objectContaining({ requestedTitle: 'Community Engagement', exists: true, isHistorical: true }),
      expect.objectContaining({ requestedTitle: 'No such team page', exists: false, members: [] }),
    ]);
  });

  it('lists only the staff the page writes: not the account its navigation box names, nor a credited volunteer', async () => {
    const title = 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety';
    // The page does link both (prop=links, what the staff were read from before), so the
    // fixture tests the difference.
    const links = await session.request({ action: 'query', titles: title, prop: 'links', plnamespace: 2, pllimit: 'max' }, linksAnswer);
    expect(links.query.pages[0]?.links?.map((link) => link.title)).toEqual(
      expect.arrayContaining(['User:Nav Example (WMF)', 'User:Example Volunteer', 'User:Alice Example (WMF)']),
    );
    const [teamPage] = await fetchTeamPages(session, [title]);
    expect(teamPage?.members.map((member) => member.username)).toEqual(['Alice Example (WMF)', 'Carol Example (WMF)', 'Dave Example (WMF)']);
  });

  it('batches more than 50 titles into requests of 50', async () => {
    const titles = Array.from(
      { length: generatedIdeaCount },
      (_, index) => `${generatedIdeaTitlePrefix}${String(index + 1).padStart(2, '0')}`,
    );
    const pages = await fetchTeamPages(session, titles);
    const requests = apiRequests(wiki);
    expect(requests).toHaveLength(2);
    expect(requests.map((url) => url.searchParams.get('titles')!.split('|').length).sort()).toEqual([15, 50]);
    expect(pages).toHaveLength(generatedIdeaCount);
    expect(pages.every((page) => page.exists)).toBe(true);
  });
});

describe('fetchUserActivity', () => {
  it('answers for every contact in one request: existence, blocks, edit counts, last edits', async () => {
    const users = await fetchUserActivity(session, [
      'Alice Example (WMF)',
      'Carol_Example_(WMF)',
      'Example Volunteer',
      'Nobody Example (WMF)',
      'Bad#Name',
    ]);
    expect(apiRequests(wiki)).toHaveLength(1);
    const [alice, carol, volunteer, nobody, bad] = users;
    expect(alice).toMatchObject({ name: 'Alice Example (WMF)', exists: true, blocked: null, locked: null });
    expect(alice?.lastEdit).toMatchObject({ status: 'found' });
    expect(carol).toMatchObject({
      requestedName: 'Carol_Example_(WMF)',
      name: 'Carol Example (WMF)',
      exists: true,
      blocked: { partial: false, expiry: 'infinite' },
    });
    expect(volunteer?.editCount).toBeGreaterThan(generatedIdeaCount);
    expect(volunteer?.lastEdit).toMatchObject({ status: 'found' });
    expect(nobody).toMatchObject({ exists: false, invalid: false, editCount: null, lastEdit: { status: 'none' } });
    expect(bad).toMatchObject({ exists: false, invalid: true });
  });

  it('finds each user’s own last edit in the merged contributions stream', async () => {
    const [alice, frank] = await fetchUserActivity(session, ['Alice Example (WMF)', 'Frank Example (WMF)']);
    const newestOf = async (user: string): Promise<string> => {
      const answer = await session.request(
        { action: 'query', list: 'usercontribs', ucuser: user, uclimit: 1, ucprop: 'timestamp' },
        z.object({ query: z.object({ usercontribs: z.array(z.object({ timestamp: z.string() })) }) }),
      );
      return answer.query.usercontribs[0]!.timestamp;
    };
    expect(alice?.lastEdit).toEqual({ status: 'found', timestamp: await newestOf('Alice Example (WMF)') });
    expect(frank?.lastEdit).toEqual({ status: 'found', timestamp: await newestOf('Frank Example (WMF)') });
  });
});

describe('fetchRelatedGrants', () => {
  it('joins linked Grants: pages and search hits in one request, with redirects resolved', async () => {
    const grants = await fetchRelatedGrants(session, wikiPageAt('https://meta.wikimedia.org/wiki/Community_Engagement'));
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(grants.complete).toBe(true);
    const linked = grants.grants.filter((grant) => grant.via === 'link').map((grant) => grant.title);
    expect(linked).toEqual(expect.arrayContaining(['Grants:Project', 'Grants:Project/Rapid', 'Grants:TPS', 'Grants:Start']));
    expect(new Set(grants.grants.map((grant) => grant.title)).size).toBe(grants.grants.length);
  });

  it('uses the source page of a translation', async () => {
    const grants = await fetchRelatedGrants(session, wikiPageAt('https://meta.wikimedia.org/wiki/Community_Engagement/de'));
    expect(grants.topicTitle).toBe('Community Engagement');
  });

  it('follows continuation past 500 linked pages', async () => {
    const grants = await fetchRelatedGrants(session, wikiPageAt(`https://meta.wikimedia.org/wiki/${largeIndexTitle}`));
    expect(apiRequests(wiki)).toHaveLength(2);
    const linked = grants.grants.filter((grant) => grant.via === 'link');
    expect(linked.length).toBe(largeIndexLinkCount + 1);
    expect(linked.filter((grant) => !grant.exists)).toHaveLength(largeIndexLinkCount);
    expect(grants.complete).toBe(true);
  });
});

describe('fetchRegistryPage', () => {
  it('reads the registry’s text and revision', async () => {
    const registry = await fetchRegistryPage(session, 'Meta:Wiki Wayfinder/Registry.json');
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(registry).toMatchObject({ status: 'found', title: 'Meta:Wiki Wayfinder/Registry.json', user: 'Fixture Admin' });
    expect(registry.status === 'found' && JSON.parse(registry.text)).toBeTruthy();
  });

  it('says when the registry page is missing', async () => {
    expect(await fetchRegistryPage(session, 'Meta:Wiki Wayfinder/Nothing.json')).toEqual({
      status: 'missing',
      title: 'Meta:Wiki Wayfinder/Nothing.json',
      deletedAt: null,
    });
  });

  it('says when a deleted registry page was deleted, in the same one request', async () => {
    const title = 'Meta:Wiki Wayfinder/Deleted for a test.json';
    await wiki.editPage(title, '{}');
    await wiki.deletePage(title, 'Test');
    const page = await fetchRegistryPage(session, title);
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(page).toEqual({ status: 'missing', title, deletedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });

  it('says a title no page can have is invalid', async () => {
    expect(await fetchRegistryPage(session, 'Meta:<Registry>')).toEqual({ status: 'invalid', title: 'Meta:<Registry>' });
  });
});
