import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWikiCache } from '../../../utils/cache/wiki-cache';
import { toWikiApiFailure, type WikiApiFailure } from '../../../utils/wiki-api/errors';
import { fetchRegistryPage } from '../../../utils/wiki-api/registry-page';
import { fetchTeamPages } from '../../../utils/wiki-api/team-pages';
import type { WikiClient } from '../../../utils/wiki-api/transport';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { apiRequests, localWikiClient } from './local-client';

// Faults injected by the HTTPS front in front of the real local MediaWiki.

let wiki: LocalWiki;
let client: WikiClient;
let apiUrl: string;
const registryTitle = 'Meta:Wiki Wayfinder/Registry.json';

async function failureOf(promise: Promise<unknown>): Promise<WikiApiFailure> {
  try {
    await promise;
  } catch (error) {
    return toWikiApiFailure(error);
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  wiki = await startLocalWiki();
  ({ client, apiUrl } = localWikiClient(wiki));
}, 120_000);

afterAll(async () => {
  await wiki?.stop();
});

beforeEach(() => {
  wiki.front.reset();
  fakeBrowser.reset();
});

describe('retries', () => {
  it('waits out a 429 with Retry-After and then answers', async () => {
    wiki.front.injectFault({ kind: '429', match: '^/w/api\\.php', retryAfterSeconds: 1 });
    const started = Date.now();
    const registry = await fetchRegistryPage(client.session(apiUrl), registryTitle);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(registry.status).toBe('found');
    // The front logs a status when its response has ended, a moment after the client has read it.
    await vi.waitFor(() => expect(wiki.front.snapshot().log.map((entry) => entry.status)).toEqual([429, 200]));
  });

  it('reports a 429 whose Retry-After is beyond the interactive budget at once, with the time', async () => {
    wiki.front.injectFault({ kind: '429', match: '^/w/api\\.php', retryAfterSeconds: 30 });
    const started = Date.now();
    const failure = await failureOf(fetchRegistryPage(client.session(apiUrl), registryTitle));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(failure.reason).toBe('rate-limited');
    const until = failure.reason === 'rate-limited' ? Date.parse(failure.until) : 0;
    expect(until - started).toBeGreaterThanOrEqual(29_000);
    expect(apiRequests(wiki)).toHaveLength(1);
  });

  it('retries a background call turned away by maxlag', async () => {
    wiki.front.injectFault({ kind: 'maxlag', match: '^/w/api\\.php', retryAfterSeconds: 1 });
    const registry = await fetchRegistryPage(client.session(apiUrl, 'background'), registryTitle);
    expect(registry.status).toBe('found');
    const requests = apiRequests(wiki);
    expect(requests).toHaveLength(2);
    expect(requests.every((url) => url.searchParams.get('maxlag') === '5')).toBe(true);
  });

  it('retries a dropped connection once', async () => {
    wiki.front.injectFault({ kind: 'drop', match: '^/w/api\\.php' });
    expect((await fetchRegistryPage(client.session(apiUrl), registryTitle)).status).toBe('found');
    expect(apiRequests(wiki)).toHaveLength(2);
  });

  it('says offline when the connection drops twice, without a third try', async () => {
    wiki.front.injectFault({ kind: 'drop', match: '^/w/api\\.php', count: 2 });
    expect(await failureOf(fetchRegistryPage(client.session(apiUrl), registryTitle))).toEqual({ reason: 'offline' });
    expect(apiRequests(wiki)).toHaveLength(2);
  });
});

describe('failures keep the cache', () => {
  it.each([
    ['500', { reason: 'http', status: 500 }],
    ['malformed', { reason: 'invalid-answer', what: 'the answer is not JSON' }],
    ['truncated', { reason: 'invalid-answer', what: 'the answer is not JSON' }],
  ] as const)('a %s answer is a typed failure and the stale copy stays', async (kind, expected) => {
    let clock = Date.now();
    const cache = createWikiCache({ now: () => clock });
    const session = client.session(apiUrl);
    const first = await cache.getOrFetch('registry', registryTitle, () => fetchRegistryPage(session, registryTitle));
    expect(first.status).toBe('fresh');
    clock += 25 * 60 * 60 * 1000;

    wiki.front.injectFault({ kind, match: '^/w/api\\.php' });
    expect(await failureOf(fetchRegistryPage(session, 'Grants:Start'))).toEqual(expected);
    wiki.front.injectFault({ kind, match: '^/w/api\\.php' });
    const stale = await cache.getOrFetch('registry', registryTitle, () => fetchRegistryPage(session, registryTitle));
    expect(stale.status).toBe('stale');
    const afterRefresh = stale.status === 'stale' ? await stale.refreshed : null;
    expect(afterRefresh).toMatchObject({ status: 'stale', lastFailure: expected });
    expect(afterRefresh?.status === 'stale' && afterRefresh.value).toEqual(first.status === 'fresh' && first.value);
  });

  it('says offline while the wiki is down', async () => {
    wiki.front.injectFault({ kind: 'down', match: '^/w/api\\.php' });
    expect(await failureOf(fetchRegistryPage(client.session(apiUrl), registryTitle))).toEqual({ reason: 'offline' });
    wiki.front.clearFaults();
  });
});

describe('politeness and patience', () => {
  it('never has more than three requests in flight at the wiki', async () => {
    wiki.front.setLatency(150);
    const session = client.session(apiUrl);
    const titles = ['Grants:Start', 'Grants:Conference', 'Grants:MSIG', 'Grants:TPS', 'Grants:IEG', 'Grants:APG', 'Grants:Project'];
    await Promise.all([
      ...titles.map((title) => fetchRegistryPage(session, title)),
      fetchTeamPages(session, ['Community Development', 'Movement Insights']),
    ]);
    const snapshot = wiki.front.snapshot();
    expect(snapshot.log).toHaveLength(titles.length + 1);
    expect(snapshot.maxInFlight).toBe(3);
    expect(Math.max(...snapshot.log.map((entry) => entry.inFlightAtStart))).toBe(3);
  });

  it('gives an interactive call up after about 5 s and says so', async () => {
    wiki.front.injectFault({ kind: 'slow', match: '^/w/api\\.php', delayMs: 20_000 });
    const started = Date.now();
    const failure = await failureOf(fetchRegistryPage(client.session(apiUrl), registryTitle));
    const elapsed = Date.now() - started;
    expect(failure).toEqual({ reason: 'timeout', afterMs: 5000 });
    expect(elapsed).toBeGreaterThanOrEqual(4900);
    expect(elapsed).toBeLessThan(6500);
  }, 15_000);
});
