import type { Cache, CacheResult } from '../cache/wiki-cache';
import type { WikiCacheKinds } from '../cache/cache-kinds';
import { apiUrlOf, resolveSite } from '../page/resolve-site';
import { namespaceOf } from '../page/title';
import type { WikiPage } from '../page/wiki-page';
import { fetchPageFacts } from '../wiki-api/page-facts';
import { fetchRelatedGrants } from '../wiki-api/related-grants';
import { fetchSiteNamespaces } from '../wiki-api/site-namespaces';
import { fetchTeamPages } from '../wiki-api/team-pages';
import type { WikiClient } from '../wiki-api/transport';
import { fetchUserActivity } from '../wiki-api/user-activity';
import type { Fetched, ReportSources } from './build-report';
import type { LoadedRegistry } from './registry-store';

const keyOf = (host: string, name: string) => `${host}|${name}`;

/** The cache key of a team page, shared with the scheduled refresh that fills it ahead. */
export const teamPageCacheKey = keyOf;

/** A page's cache key: by id where the URL gave only an id, else by title. */
function pageKeyOf(page: WikiPage): string {
  const name = page.title ?? (page.pageId !== null ? `#page${page.pageId}` : `#rev${page.revisionId}`);
  return keyOf(page.site.host, name);
}

function fetchedOf<T>(result: CacheResult<T> | undefined): Fetched<T> {
  if (!result) return { value: null, fetchedAt: null, stale: false, failure: null, refreshing: null };
  if (result.status === 'failed') return { value: null, fetchedAt: null, stale: false, failure: result.failure, refreshing: null };
  return {
    value: result.value,
    fetchedAt: new Date(result.storedAt).toISOString(),
    stale: result.status === 'stale',
    failure: result.lastFailure,
    refreshing: result.refreshed,
  };
}

/** Many cached results as one part of a report: the oldest age, any failure, every refresh. */
function fetchedOfMany<T>(results: Iterable<CacheResult<T>>): Fetched<T[]> {
  const parts = [...results].map((result) => fetchedOf(result));
  const times = parts.flatMap((part) => (part.fetchedAt ? [part.fetchedAt] : []));
  const refreshes = parts.flatMap((part) => (part.refreshing ? [part.refreshing] : []));
  return {
    value: parts.flatMap((part) => (part.value === null ? [] : [part.value])),
    fetchedAt: times.length > 0 ? times.reduce((oldest, at) => (at < oldest ? at : oldest)) : null,
    stale: parts.some((part) => part.stale),
    failure: parts.find((part) => part.failure)?.failure ?? null,
    refreshing: refreshes.length > 0 ? Promise.allSettled(refreshes) : null,
  };
}

/**
 * The live data behind a report: each part read through the cache (stale-while-revalidate),
 * fetched by the API layer on a miss, as interactive calls of the page's own wiki.
 */
export function createLiveSources(client: WikiClient, cache: Cache<WikiCacheKinds>, registry: () => Promise<LoadedRegistry>): ReportSources {
  return {
    registry,
    now: Date.now,

    // A stale table is used as it is while it is refreshed: namespaces seldom change in a week.
    siteNamespaces: async (host, signal) =>
      fetchedOf(await cache.getOrFetch('siteNamespaces', host, () => fetchSiteNamespaces(client.session(apiUrlOf(host)), signal))).value,

    pageFacts: async (page, signal) =>
      fetchedOf(await cache.getOrFetch('pageFacts', pageKeyOf(page), () => fetchPageFacts(client.session(page.site.apiUrl), page, signal))),

    teamPages: async (host, titles, signal) => {
      const results = await cache.getOrFetchMany(
        'teamPage',
        titles.map((title) => teamPageCacheKey(host, title)),
        async (keys) => {
          const wanted = keys.map((key) => key.slice(host.length + 1));
          const pages = await fetchTeamPages(client.session(apiUrlOf(host)), wanted, signal);
          return new Map(pages.map((teamPage) => [teamPageCacheKey(host, teamPage.requestedTitle), teamPage]));
        },
      );
      return fetchedOfMany(results.values());
    },

    userActivity: async (host, usernames, signal) => {
      const results = await cache.getOrFetchMany(
        'user',
        usernames.map((name) => keyOf(host, name)),
        async (keys) => {
          const wanted = keys.map((key) => key.slice(host.length + 1));
          const users = await fetchUserActivity(client.session(apiUrlOf(host)), wanted, signal);
          return new Map(users.map((user) => [keyOf(host, user.requestedName), user]));
        },
      );
      return fetchedOfMany(results.values());
    },

    relatedGrants: async (topic, signal) => {
      const family = resolveSite(topic.host)?.family ?? 'meta';
      const result = await cache.getOrFetch('grants', keyOf(topic.host, topic.title), () =>
        fetchRelatedGrants(client.session(apiUrlOf(topic.host)), { title: topic.title, namespace: namespaceOf(topic.title, family), translation: null }, signal),
      );
      const fetched = fetchedOf(result);
      return {
        ...fetched,
        value: fetched.value?.grants.map(({ title, exists, via }) => ({ title, exists, via })) ?? null,
      };
    },
  };
}
