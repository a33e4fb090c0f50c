import { toWikiApiFailure, WikiApiError, type WikiApiFailure } from '../wiki-api/errors';
import type { CacheKindRules } from './cache-kinds';
import { hitOf, type CacheResult } from './cache-result';
import { newEntry } from './entry-format';
import type { EntryStore } from './entry-store';
import { entryKey } from './storage-keys';

export interface Fetching {
  /** Fetches one value and stores it; a failure is recorded beside the value it could not replace. */
  fetchAndStore(kind: string, key: string, fetcher: () => Promise<unknown>): Promise<CacheResult<unknown>>;
  /** The same, shared by every reader of a stale value while one refresh is under way. */
  refreshOnce(kind: string, key: string, fetcher: () => Promise<unknown>): Promise<CacheResult<unknown>>;
  /** Fetches many values of one kind in a single call and stores each. */
  fetchManyAndStore(kind: string, keys: string[], fetchMany: (keys: string[]) => Promise<Map<string, unknown>>): Promise<Map<string, CacheResult<unknown>>>;
}

/** The network side of the cache: what happens when a value is missing, stale or refused. */
export function createFetching(kinds: CacheKindRules, entries: EntryStore, now: () => number): Fetching {
  const refreshing = new Map<string, Promise<CacheResult<unknown>>>();

  async function recordFailure(kind: string, key: string, failure: WikiApiFailure): Promise<CacheResult<unknown>> {
    const stored = (await entries.read(kind, [key])).get(key);
    if (stored === undefined) return { status: 'failed', failure };
    // A caller that left is no failure of the wiki's: the stored value keeps its record.
    if (failure.reason === 'aborted') return hitOf(stored, kinds[kind]!.ttlMs, now());
    const entry = { ...stored.entry, lastFailure: { at: now(), failure } };
    await entries.write(entry).catch(() => undefined);
    return hitOf({ entry, value: stored.value }, kinds[kind]!.ttlMs, now());
  }

  async function fetchAndStore(kind: string, key: string, fetcher: () => Promise<unknown>): Promise<CacheResult<unknown>> {
    let value: unknown;
    try {
      // Fetched values are checked too: a value that could not be read back is not stored.
      value = kinds[kind]!.schema.parse(await fetcher());
    } catch (error) {
      return recordFailure(kind, key, toWikiApiFailure(error));
    }
    const storedAt = now();
    await entries.write(newEntry(kinds, kind, key, value, storedAt)).catch(() => undefined);
    return { status: 'fresh', value, storedAt, ageMs: 0, lastFailure: null, refreshed: null };
  }

  return {
    fetchAndStore,

    refreshOnce(kind, key, fetcher) {
      const storageKey = entryKey(kind, key);
      let refresh = refreshing.get(storageKey);
      if (refresh === undefined) {
        refresh = fetchAndStore(kind, key, fetcher).finally(() => refreshing.delete(storageKey));
        refreshing.set(storageKey, refresh);
      }
      return refresh;
    },

    async fetchManyAndStore(kind, keys, fetchMany) {
      const results = new Map<string, CacheResult<unknown>>();
      let fetched: Map<string, unknown>;
      try {
        fetched = await fetchMany(keys);
      } catch (error) {
        const failure = toWikiApiFailure(error);
        for (const key of keys) results.set(key, await recordFailure(kind, key, failure));
        return results;
      }
      for (const key of keys) {
        results.set(key, await fetchAndStore(kind, key, async () => {
          if (!fetched.has(key)) throw new WikiApiError({ reason: 'invalid-answer', what: `no answer for ${key}` });
          return fetched.get(key);
        }));
      }
      return results;
    },
  };
}
