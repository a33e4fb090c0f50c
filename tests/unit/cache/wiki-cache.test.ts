import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { createCache, createWikiCache, type CacheResult } from '../../../utils/cache/wiki-cache';
import { WikiApiError } from '../../../utils/wiki-api/errors';

const minute = 60_000;
const kinds = {
  note: { ttlMs: minute, schema: z.object({ text: z.string() }) },
  other: { ttlMs: 10 * minute, schema: z.object({ n: z.number() }) },
};
type Note = { text: string };

let clock = 1_000_000;
const now = (): number => clock;

function valueOf<T>(result: CacheResult<T>): T {
  if (result.status === 'failed') throw new Error(`expected a value, got ${result.failure.reason}`);
  return result.value;
}

async function entryKeys(): Promise<string[]> {
  return Object.keys(await storage.snapshot('local')).filter((key) => key.includes(':entry:'));
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_000_000;
});

describe('getOrFetch', () => {
  it('fetches a missing value once, then serves it fresh with its age', async () => {
    const cache = createCache(kinds, { now });
    const fetcher = vi.fn(async (): Promise<Note> => ({ text: 'first' }));

    expect(await cache.getOrFetch('note', 'a', fetcher)).toMatchObject({ status: 'fresh', value: { text: 'first' }, ageMs: 0 });
    clock += 20_000;
    const again = await cache.getOrFetch('note', 'a', fetcher);
    expect(again).toMatchObject({ status: 'fresh', value: { text: 'first' }, ageMs: 20_000, refreshed: null });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('serves a stale value at once and refreshes it behind', async () => {
    const cache = createCache(kinds, { now });
    await cache.getOrFetch('note', 'a', async () => ({ text: 'old' }));
    clock += minute;
    let release: (note: Note) => void = () => {};
    const fetcher = vi.fn(() => new Promise<Note>((resolve) => (release = resolve)));

    const stale = await cache.getOrFetch('note', 'a', fetcher);
    expect(stale).toMatchObject({ status: 'stale', value: { text: 'old' }, ageMs: minute });
    expect(fetcher).toHaveBeenCalledTimes(1);
    // A second reader while the refresh runs shares it.
    const alsoStale = await cache.getOrFetch('note', 'a', fetcher);
    expect(fetcher).toHaveBeenCalledTimes(1);

    release({ text: 'new' });
    const refreshed = await (stale.status === 'stale' ? stale.refreshed : null);
    expect(refreshed).toMatchObject({ status: 'fresh', value: { text: 'new' }, ageMs: 0 });
    expect(await (alsoStale.status === 'stale' ? alsoStale.refreshed : null)).toEqual(refreshed);
    expect(await cache.get('note', 'a')).toMatchObject({ status: 'fresh', value: { text: 'new' } });
  });

  it('keeps the stale value when the refresh fails and reports the failure beside it', async () => {
    const cache = createCache(kinds, { now });
    await cache.getOrFetch('note', 'a', async () => ({ text: 'kept' }));
    clock += 2 * minute;
    const failing = async (): Promise<Note> => {
      throw new WikiApiError({ reason: 'http', status: 503 });
    };

    const stale = await cache.getOrFetch('note', 'a', failing);
    const afterRefresh = await (stale.status === 'stale' ? stale.refreshed : null);
    expect(afterRefresh).toMatchObject({
      status: 'stale',
      value: { text: 'kept' },
      lastFailure: { reason: 'http', status: 503 },
    });

    const later = await cache.get('note', 'a');
    expect(later).toMatchObject({ value: { text: 'kept' }, lastFailure: { reason: 'http', status: 503 } });
  });

  it('does not record a refresh its caller abandoned as a failure', async () => {
    const cache = createCache(kinds, { now });
    await cache.set('note', 'a', { text: 'kept' });
    clock += 2 * minute;
    const stale = await cache.getOrFetch('note', 'a', async () => {
      throw new WikiApiError({ reason: 'aborted' });
    });
    expect(await (stale.status === 'stale' ? stale.refreshed : null)).toMatchObject({ lastFailure: null });
  });

  it('reports the failure when there is nothing to show', async () => {
    const cache = createCache(kinds, { now });
    const result = await cache.getOrFetch('note', 'a', async () => {
      throw new WikiApiError({ reason: 'offline' });
    });
    expect(result).toEqual({ status: 'failed', failure: { reason: 'offline' } });
    expect(await cache.get('note', 'a')).toBeNull();
  });

  it('does not store a fetched value that fails its kind’s schema', async () => {
    const cache = createCache(kinds, { now });
    const result = await cache.getOrFetch('note', 'a', async () => ({ text: 42 }) as unknown as Note);
    expect(result).toMatchObject({ status: 'failed', failure: { reason: 'invalid-answer' } });
    expect(await cache.get('note', 'a')).toBeNull();
  });
});

describe('storage', () => {
  it('survives a restart: a new instance reads what the old one stored', async () => {
    await createCache(kinds, { now }).set('note', 'a', { text: 'persisted' });
    const afterRestart = createCache(kinds, { now });
    expect(await afterRestart.get('note', 'a')).toMatchObject({ status: 'fresh', value: { text: 'persisted' } });
    expect((await afterRestart.stats()).kinds.note?.entries).toBe(1);
  });

  it('ignores a corrupted entry and replaces it with a fresh fetch', async () => {
    const cache = createCache(kinds, { now });
    await cache.set('note', 'a', { text: 'fine' });
    const [storageKey] = await entryKeys();
    // A well-formed entry whose value its kind's schema refuses.
    await storage.setItem(`local:${storageKey!}`, { format: 2, kind: 'note', kindVersion: 1, key: 'a', storedAt: clock, value: { text: 7 }, lastFailure: null });

    const fetcher = vi.fn(async (): Promise<Note> => ({ text: 'replaced' }));
    expect(valueOf(await cache.getOrFetch('note', 'a', fetcher))).toEqual({ text: 'replaced' });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(await createCache(kinds, { now }).get('note', 'a')).toMatchObject({ value: { text: 'replaced' } });
  });

  it('rebuilds a corrupted index from the entries', async () => {
    const cache = createCache(kinds, { now });
    await cache.set('note', 'a', { text: 'one' });
    await cache.set('other', 'b', { n: 2 });
    await storage.setItem('local:wayfinder-cache:index', 'not an index');

    const stats = await createCache(kinds, { now }).stats();
    expect(stats.kinds).toMatchObject({ note: { entries: 1 }, other: { entries: 1 } });
  });

  it('evicts the least recently used entries to stay within its bound', async () => {
    const text = 'x'.repeat(300);
    const probe = createCache(kinds, { now });
    await probe.set('note', 'a', { text });
    const entryBytes = (await probe.stats()).totalBytes;
    await probe.clear();
    // Room for four and a half entries: the fifth forces one eviction, down to 90 %.
    const maxBytes = Math.floor(entryBytes * 4.5);
    const cache = createCache(kinds, { now, maxBytes });
    for (const key of ['a', 'b', 'c', 'd']) {
      clock += 1;
      await cache.set('note', key, { text });
    }
    clock += 1;
    await cache.get('note', 'a');
    clock += 1;
    await cache.set('note', 'e', { text });

    const kept = await Promise.all(['a', 'b', 'c', 'd', 'e'].map(async (key) => (await cache.get('note', key)) !== null));
    expect(kept).toEqual([true, false, true, true, true]);
    expect((await cache.stats()).totalBytes).toBeLessThanOrEqual(maxBytes);
    expect(await entryKeys()).toHaveLength(4);
  });

  it('clears its own keys and nothing else', async () => {
    await storage.setItem('sync:settings', { language: 'de' });
    await storage.setItem('local:somethingElse', 1);
    const cache = createCache(kinds, { now });
    await cache.set('note', 'a', { text: 'gone' });

    await cache.clear();
    expect(await cache.get('note', 'a')).toBeNull();
    expect(await storage.getItem('sync:settings')).toEqual({ language: 'de' });
    expect(Object.keys(await storage.snapshot('local'))).toEqual(['somethingElse']);
    expect((await cache.stats()).totalBytes).toBe(0);
  });

  it('counts entries and bytes per kind', async () => {
    const cache = createCache(kinds, { now });
    await cache.set('note', 'a', { text: 'one' });
    await cache.set('note', 'b', { text: 'two' });
    await cache.set('other', 'c', { n: 3 });
    const stats = await cache.stats();
    expect(stats.kinds.note?.entries).toBe(2);
    expect(stats.kinds.other?.entries).toBe(1);
    const snapshot = await storage.snapshot('local');
    const noteBytes = Object.entries(snapshot)
      .filter(([key]) => key.includes(':entry:note:'))
      .reduce((total, [key, value]) => total + key.length + JSON.stringify(value).length, 0);
    expect(stats.kinds.note?.bytes).toBe(noteBytes);
  });
});

describe('getOrFetchMany', () => {
  it('fetches every missing and stale key in one call and serves the fresh ones as they are', async () => {
    const cache = createCache(kinds, { now });
    await cache.set('other', 'stale', { n: 1 });
    clock += 10 * minute;
    await cache.set('other', 'fresh', { n: 2 });
    const fetchMany = vi.fn(async (keys: string[]) => new Map(keys.map((key) => [key, { n: key.length }])));

    const results = await cache.getOrFetchMany('other', ['fresh', 'stale', 'missing'], fetchMany);
    expect(fetchMany).toHaveBeenCalledTimes(1);
    expect(fetchMany).toHaveBeenCalledWith(['stale', 'missing']);
    expect(results.get('fresh')).toMatchObject({ status: 'fresh', value: { n: 2 } });
    const stale = results.get('stale')!;
    expect(stale).toMatchObject({ status: 'stale', value: { n: 1 } });
    expect(await (stale.status === 'stale' ? stale.refreshed : null)).toMatchObject({ status: 'fresh', value: { n: 5 } });
    expect(results.get('missing')).toMatchObject({ status: 'fresh', value: { n: 7 } });
  });

  it('asks nothing when every key is fresh', async () => {
    const cache = createCache(kinds, { now });
    await cache.set('other', 'a', { n: 1 });
    const fetchMany = vi.fn(async () => new Map<string, { n: number }>());
    const results = await cache.getOrFetchMany('other', ['a'], fetchMany);
    expect(fetchMany).not.toHaveBeenCalled();
    expect(results.get('a')).toMatchObject({ status: 'fresh', value: { n: 1 } });
  });

  it('reports a key the fetch did not answer as failed', async () => {
    const cache = createCache(kinds, { now });
    const results = await cache.getOrFetchMany('other', ['a', 'b'], async () => new Map([['a', { n: 1 }]]));
    expect(results.get('a')).toMatchObject({ status: 'fresh' });
    expect(results.get('b')).toMatchObject({ status: 'failed', failure: { reason: 'invalid-answer' } });
  });
});

describe('the wiki cache’s kinds', () => {
  it('keeps page facts fresh for 10 minutes and team pages for a day', async () => {
    const cache = createWikiCache({ now });
    await cache.set('pageFacts', 'meta.wikimedia.org|Grants:Start', {
      title: 'Grants:Start',
      exists: true,
      namespace: 200,
      isHistorical: false,
      categories: [],
      templates: [],
      links: [],
      recentEditors: [],
    });
    await cache.set('teamPage', 'Trust and Safety', {
      requestedTitle: 'Trust and Safety',
      title: 'Trust and Safety',
      exists: true,
      movedTo: null,
      isHistorical: false,
      members: [],
      membersComplete: true,
    });
    clock += 10 * minute - 1;
    expect((await cache.get('pageFacts', 'meta.wikimedia.org|Grants:Start'))?.status).toBe('fresh');
    clock += 1;
    expect((await cache.get('pageFacts', 'meta.wikimedia.org|Grants:Start'))?.status).toBe('stale');
    expect((await cache.get('teamPage', 'Trust and Safety'))?.status).toBe('fresh');
    clock += 24 * 60 * minute;
    expect((await cache.get('teamPage', 'Trust and Safety'))?.status).toBe('stale');
  });
});
