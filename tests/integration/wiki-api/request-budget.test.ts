import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWikiCache } from '../../../utils/cache/wiki-cache';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import type { WikiPage } from '../../../utils/page/wiki-page';
import { fetchPageFacts } from '../../../utils/wiki-api/page-facts';
import { fetchRelatedGrants } from '../../../utils/wiki-api/related-grants';
import { fetchTeamPages } from '../../../utils/wiki-api/team-pages';
import type { ListedAccount } from '../../../utils/wiki-api/staff-wikitext';
import type { WikiSession } from '../../../utils/wiki-api/transport';
import { fetchUserActivity } from '../../../utils/wiki-api/user-activity';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { apiRequests, localWikiClient } from './local-client';

// The request budget of docs/API.md, measured at the front: the four queries composed through
// the cache the way a page view uses them. Which team owns a page is the resolver's answer;
// here it is given, so the test measures only this layer.

let wiki: LocalWiki;
let session: WikiSession;

function page(url: string): WikiPage {
  const parsed = parseWikiPageUrl(url);
  if (parsed === null) throw new Error(`not a wiki page URL: ${url}`);
  return parsed;
}

type Cache = ReturnType<typeof createWikiCache>;

/** One page view: page facts, then the owning team's page, its members and related grants. */
async function viewPage(cache: Cache, viewed: WikiPage, teamTitle: string): Promise<ListedAccount[]> {
  const factsKey = `${viewed.site.host}|${viewed.title ?? viewed.pageId ?? viewed.revisionId}`;
  const facts = await cache.getOrFetch('pageFacts', factsKey, () => fetchPageFacts(session, viewed));
  expect(facts.status).not.toBe('failed');

  const teams = await cache.getOrFetchMany('teamPage', [teamTitle], async (titles) => {
    const pages = await fetchTeamPages(session, titles);
    return new Map(pages.map((team) => [team.requestedTitle, team]));
  });
  const team = teams.get(teamTitle);
  const members = team?.status === 'failed' || team === undefined ? [] : team.value.members;

  const users = await cache.getOrFetchMany('user', members.map((member) => member.username), async (names) => {
    const activity = await fetchUserActivity(session, names);
    return new Map(activity.map((user) => [user.requestedName, user]));
  });
  expect([...users.values()].every((user) => user.status === 'fresh')).toBe(true);

  const teamPage = page(`https://meta.wikimedia.org/wiki/${encodeURIComponent(teamTitle)}`);
  await cache.getOrFetch('grants', teamTitle, () => fetchRelatedGrants(session, teamPage));
  return members;
}

beforeAll(async () => {
  wiki = await startLocalWiki();
  const { client, apiUrl } = localWikiClient(wiki);
  session = client.session(apiUrl);
}, 120_000);

afterAll(async () => {
  await wiki?.stop();
});

beforeEach(() => {
  fakeBrowser.reset();
  wiki.front.reset();
});

describe('request budget of a page view', () => {
  it('costs 4 requests cold, 1 for another page of a seen team, none on a repeat within the TTL', async () => {
    const cache = createWikiCache();
    const team = 'Community Relations Specialists';

    const members = await viewPage(cache, page('https://meta.wikimedia.org/wiki/Community_Relations_Specialists'), team);
    expect(members).toEqual([{ username: 'Frank Example (WMF)', host: session.host, shownAs: 'Frank Example' }]);
    expect(apiRequests(wiki)).toHaveLength(4);

    wiki.front.reset();
    await viewPage(cache, page('https://meta.wikimedia.org/wiki/Community_Relations_Specialists/pl'), team);
    expect(apiRequests(wiki)).toHaveLength(1);

    wiki.front.reset();
    await viewPage(cache, page('https://meta.wikimedia.org/wiki/Community_Relations_Specialists/pl'), team);
    expect(apiRequests(wiki)).toHaveLength(0);
  });
});
