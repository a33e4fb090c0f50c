import type { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { toWikiApiFailure, WikiApiError, type WikiApiFailure } from '../wiki-api/errors';
import { wikiCacheKinds, type CacheKindRules, type WikiCacheKinds } from './cache-kinds';
import {
  cacheEntrySchema,
  cacheIndexSchema,
  cachePrefix,
  defineCacheIndexItem,
  entryKey,
  isEntryKey,
  localKey,
  newEntry,
  sizeOf,
  type CacheEntry,
  type CacheIndex,
} from './cache-storage';
import { LruIndex, type KindStats } from './lru-index';

/** A value the cache can show: fresh, or stale and being refreshed behind. */
export interface CacheHit<T> {
  status: 'fresh' | 'stale';
  value: T;
  /** When the value was fetched (epoch ms). */
  storedAt: number;
  ageMs: number;
  /** Why the last refresh failed, when it did: the value shown is the one it could not replace. */
  lastFailure: WikiApiFailure | null;
  /** For a stale value: the refresh under way, settling with what the cache holds afterwards. */
  refreshed: Promise<CacheResult<T>> | null;
}
export type CacheResult<T> = CacheHit<T> | { status: 'failed'; failure: WikiApiFailure };

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
/** After an eviction the cache is filled to this share of its bound. */
const lowWaterShare = 0.9;

/**
 * A TTL cache over storage.local. Use one instance per extension (the background): the index
 * of sizes and last use is kept in memory and written back, and two instances would overwrite
 * each other's index.
 */
export function createCache<Kinds extends CacheKindRules>(kinds: Kinds, options: CacheOptions = {}): Cache<Kinds> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const now = options.now ?? Date.now;
  const indexItem = defineCacheIndexItem();
  let loaded: Promise<LruIndex> | null = null;
  let indexWrite: Promise<void> = Promise.resolve();
  let indexWriteQueued = false;
  const refreshing = new Map<string, Promise<CacheResult<unknown>>>();

  /** Rebuilds the index from the entries themselves, when it is missing or corrupted. */
  async function rebuildIndex(): Promise<CacheIndex> {
    const everything = await storage.snapshot('local');
    const records: CacheIndex['records'] = {};
    for (const [storageKey, stored] of Object.entries(everything)) {
      const entry = isEntryKey(storageKey) ? cacheEntrySchema.safeParse(stored) : null;
      if (entry?.success) {
        records[storageKey] = { kind: entry.data.kind, bytes: sizeOf(storageKey, entry.data), lastUsed: entry.data.storedAt };
      }
    }
    return { records };
  }

  function index(): Promise<LruIndex> {
    loaded ??= (async () => {
      const stored = cacheIndexSchema.safeParse(await indexItem.getValue());
      return new LruIndex(stored.success ? stored.data : await rebuildIndex());
    })();
    return loaded;
  }

  /** Writes the index back; writes asked for while one waits are folded into it. */
  function persistIndex(lru: LruIndex): Promise<void> {
    if (indexWriteQueued) return indexWrite;
    indexWriteQueued = true;
    indexWrite = indexWrite
      .catch(() => undefined)
      .then(() => {
        indexWriteQueued = false;
        return indexItem.setValue(lru.snapshot());
      });
    return indexWrite;
  }

  function hitOf<T>(entry: CacheEntry, value: T, ttlMs: number): CacheHit<T> {
    const ageMs = Math.max(0, now() - entry.storedAt);
    return {
      status: ageMs < ttlMs ? 'fresh' : 'stale',
      value,
      storedAt: entry.storedAt,
      ageMs,
      lastFailure: entry.lastFailure?.failure ?? null,
      refreshed: null,
    };
  }

  /** A stored entry checked against its kind's schema; a corrupted one is removed. */
  async function validEntry(kind: string, key: string, stored: unknown): Promise<{ entry: CacheEntry; value: unknown } | null> {
    if (stored === null || stored === undefined) return null;
    const storageKey = entryKey(kind, key);
    const entry = cacheEntrySchema.safeParse(stored);
    const value = entry.success && entry.data.kind === kind ? kinds[kind]!.schema.safeParse(entry.data.value) : null;
    if (entry.success && value?.success) return { entry: entry.data, value: value.data };
    const lru = await index();
    lru.remove(storageKey);
    await Promise.all([storage.removeItem(localKey(storageKey)), persistIndex(lru)]);
    return null;
  }

  async function read(kind: string, keys: readonly string[]): Promise<Map<string, CacheHit<unknown>>> {
    const lru = await index();
    const stored = await storage.getItems(keys.map((key) => localKey(entryKey(kind, key))));
    const hits = new Map<string, CacheHit<unknown>>();
    for (const [position, key] of keys.entries()) {
      const valid = await validEntry(kind, key, stored[position]?.value);
      if (valid === null) continue;
      hits.set(key, hitOf(valid.entry, valid.value, kinds[kind]!.ttlMs));
      lru.touch(entryKey(kind, key), now());
    }
    if (hits.size > 0) void persistIndex(lru).catch(() => undefined);
    return hits;
  }

  async function write(kind: string, key: string, entry: CacheEntry): Promise<void> {
    const lru = await index();
    const storageKey = entryKey(kind, key);
    const bytes = sizeOf(storageKey, entry);
    if (bytes > maxBytes) return;
    lru.put(storageKey, { kind, bytes, lastUsed: now() });
    const victims = lru.totalBytes() > maxBytes ? lru.victims(maxBytes * lowWaterShare, storageKey) : [];
    for (const victim of victims) lru.remove(victim);
    await storage.setItem(localKey(storageKey), entry);
    if (victims.length > 0) await storage.removeItems(victims.map(localKey));
    await persistIndex(lru);
  }

  async function store(kind: string, key: string, value: unknown): Promise<void> {
    await write(kind, key, newEntry(kind, key, value, now()));
  }

  /** Fetched values are checked too: a value that could not be read back is not stored. */
  function checked(kind: string, value: unknown): unknown {
    return kinds[kind]!.schema.parse(value);
  }

  async function recordFailure(kind: string, key: string, failure: WikiApiFailure): Promise<CacheResult<unknown>> {
    const [stored] = await storage.getItems([localKey(entryKey(kind, key))]);
    const valid = await validEntry(kind, key, stored?.value);
    if (valid === null) return { status: 'failed', failure };
    // A caller that left is no failure of the wiki's: the stored value keeps its record.
    const entry: CacheEntry =
      failure.reason === 'aborted' ? valid.entry : { ...valid.entry, lastFailure: { at: now(), failure } };
    if (entry !== valid.entry) await write(kind, key, entry).catch(() => undefined);
    return hitOf(entry, valid.value, kinds[kind]!.ttlMs);
  }

  async function fetchAndStore(kind: string, key: string, fetcher: () => Promise<unknown>): Promise<CacheResult<unknown>> {
    let value: unknown;
    try {
      value = checked(kind, await fetcher());
    } catch (error) {
      return recordFailure(kind, key, toWikiApiFailure(error));
    }
    const storedAt = now();
    await write(kind, key, newEntry(kind, key, value, storedAt)).catch(() => undefined);
    return { status: 'fresh', value, storedAt, ageMs: 0, lastFailure: null, refreshed: null };
  }

  function refreshOnce(kind: string, key: string, fetcher: () => Promise<unknown>): Promise<CacheResult<unknown>> {
    const storageKey = entryKey(kind, key);
    let refresh = refreshing.get(storageKey);
    if (refresh === undefined) {
      refresh = fetchAndStore(kind, key, fetcher).finally(() => refreshing.delete(storageKey));
      refreshing.set(storageKey, refresh);
    }
    return refresh;
  }

  async function fetchManyAndStore(
    kind: string,
    keys: string[],
    fetchMany: (keys: string[]) => Promise<Map<string, unknown>>,
  ): Promise<Map<string, CacheResult<unknown>>> {
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
  }

  return {
    async get(kind, key) {
      return ((await read(kind, [key])).get(key) ?? null) as CacheHit<ValueOf<Kinds, typeof kind>> | null;
    },

    async set(kind, key, value) {
      await store(kind, key, checked(kind, value));
    },

    async getOrFetch(kind, key, fetcher) {
      const hit = (await read(kind, [key])).get(key);
      if (hit === undefined) return (await fetchAndStore(kind, key, fetcher)) as CacheResult<ValueOf<Kinds, typeof kind>>;
      if (hit.status === 'stale') hit.refreshed = refreshOnce(kind, key, fetcher);
      return hit as CacheHit<ValueOf<Kinds, typeof kind>>;
    },

    async getOrFetchMany(kind, keys, fetchMany) {
      const hits = await read(kind, keys);
      const needed = keys.filter((key) => hits.get(key)?.status !== 'fresh');
      const batch = needed.length > 0 ? fetchManyAndStore(kind, needed, fetchMany) : null;
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
      const everything = await storage.snapshot('local');
      const ours = Object.keys(everything).filter((storageKey) => storageKey.startsWith(cachePrefix));
      loaded = Promise.resolve(new LruIndex({ records: {} }));
      await indexWrite.catch(() => undefined);
      await storage.removeItems(ours.map(localKey));
    },

    async stats() {
      const lru = await index();
      return { kinds: lru.statsByKind(), totalBytes: lru.totalBytes(), maxBytes };
    },
  };
}

/** The cache of the live wiki data, with the extension's kinds and TTLs. */
export function createWikiCache(options: CacheOptions = {}): Cache<WikiCacheKinds> {
  return createCache(wikiCacheKinds, options);
}
