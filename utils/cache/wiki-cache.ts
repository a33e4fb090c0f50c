import type { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { wikiCacheKinds, type CacheKindRules, type WikiCacheKinds } from './cache-kinds';
import { hitOf, type CacheHit, type CacheResult } from './cache-result';
import { newEntry } from './entry-format';
import { createEntryStore } from './entry-store';
import { createFetching } from './fetch-and-store';
import { createIndexStore } from './index-store';
import type { KindStats } from './lru-index';
import { cachePrefix, localKey } from './storage-keys';

export type { CacheHit, CacheResult } from './cache-result';

export interface CacheStats {
  kinds: Record<string, KindStats>;
  totalBytes: number;
  maxBytes: number;
}

export interface CacheOptions {
  /** Bound on the cache's share of storage.local (the quota is 10 MB in Chrome). */
  maxBytes?: number;
  now?: () => number;
}

type ValueOf<Kinds extends CacheKindRules, K extends keyof Kinds> = z.output<Kinds[K]['schema']>;

export interface Cache<Kinds extends CacheKindRules> {
  /** The stored value as it is, without fetching; null when absent or corrupted. */
  get<K extends keyof Kinds & string>(kind: K, key: string): Promise<CacheHit<ValueOf<Kinds, K>> | null>;
  set<K extends keyof Kinds & string>(kind: K, key: string, value: ValueOf<Kinds, K>): Promise<void>;
  /** Stale-while-revalidate: a stored value at once (refreshed behind when stale), else a fetch. */
  getOrFetch<K extends keyof Kinds & string>(
    kind: K,
    key: string,
    fetcher: () => Promise<ValueOf<Kinds, K>>,
  ): Promise<CacheResult<ValueOf<Kinds, K>>>;
  /** The same for many keys, fetching every missing or stale one in a single call. */
  getOrFetchMany<K extends keyof Kinds & string>(
    kind: K,
    keys: readonly string[],
    fetchMany: (keys: string[]) => Promise<Map<string, ValueOf<Kinds, K>>>,
  ): Promise<Map<string, CacheResult<ValueOf<Kinds, K>>>>;
  /** Removes every cached value (and nothing else). */
  clear(): Promise<void>;
  stats(): Promise<CacheStats>;
}

const defaultMaxBytes = 4 * 1024 * 1024;

/**
 * A TTL cache over storage.local. Use one instance per extension (the background): the index
 * of sizes and last use is kept in memory and written back, and two instances would overwrite
 * each other's index.
 *
 * Its parts: index-store.ts (the index, and the migration of an older format at the first
 * load), entry-store.ts (entries checked at the storage boundary, eviction), fetch-and-store.ts
 * (fetching, shared refreshes, recorded failures). This file only answers the API below.
 */
export function createCache<Kinds extends CacheKindRules>(kinds: Kinds, options: CacheOptions = {}): Cache<Kinds> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const now = options.now ?? Date.now;
  const index = createIndexStore(kinds);
  const entries = createEntryStore(kinds, index, { maxBytes, now });
  const fetching = createFetching(kinds, entries, now);

  async function read(kind: string, keys: readonly string[]): Promise<Map<string, CacheHit<unknown>>> {
    const stored = await entries.read(kind, keys);
    return new Map([...stored].map(([key, value]) => [key, hitOf(value, kinds[kind]!.ttlMs, now())]));
  }

  return {
    async get(kind, key) {
      return ((await read(kind, [key])).get(key) ?? null) as CacheHit<ValueOf<Kinds, typeof kind>> | null;
    },

    async set(kind, key, value) {
      await entries.write(newEntry(kinds, kind, key, kinds[kind]!.schema.parse(value), now()));
    },

    async getOrFetch(kind, key, fetcher) {
      const hit = (await read(kind, [key])).get(key);
      if (hit === undefined) return (await fetching.fetchAndStore(kind, key, fetcher)) as CacheResult<ValueOf<Kinds, typeof kind>>;
      if (hit.status === 'stale') hit.refreshed = fetching.refreshOnce(kind, key, fetcher);
      return hit as CacheHit<ValueOf<Kinds, typeof kind>>;
    },

    async getOrFetchMany(kind, keys, fetchMany) {
      const hits = await read(kind, keys);
      const needed = keys.filter((key) => hits.get(key)?.status !== 'fresh');
      const batch = needed.length > 0 ? fetching.fetchManyAndStore(kind, needed, fetchMany) : null;
      const results = new Map<string, CacheResult<unknown>>();
      for (const key of keys) {
        const hit = hits.get(key);
        if (hit !== undefined) {
          if (hit.status === 'stale' && batch !== null) hit.refreshed = batch.then((fetched) => fetched.get(key)!);
          results.set(key, hit);
        } else {
          results.set(key, (await batch!).get(key)!);
        }
      }
      return results as Map<string, CacheResult<ValueOf<Kinds, typeof kind>>>;
    },

    async clear() {
      await index.reset();
      const everything = await storage.snapshot('local');
      const ours = Object.keys(everything).filter((storageKey) => storageKey.startsWith(cachePrefix));
      await storage.removeItems(ours.map(localKey));
    },

    async stats() {
      const lru = await index.load();
      return { kinds: lru.statsByKind(), totalBytes: lru.totalBytes(), maxBytes };
    },
  };
}

/** The cache of the live wiki data, with the extension's kinds and TTLs. */
export function createWikiCache(options: CacheOptions = {}): Cache<WikiCacheKinds> {
  return createCache(wikiCacheKinds, options);
}
