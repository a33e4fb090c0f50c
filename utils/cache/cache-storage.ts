import { z } from 'zod';
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import { wikiApiFailureSchema } from '../wiki-api/errors';

/**
 * Every key of the cache starts with this, and nothing else in the extension's storage does:
 * clearing the cache can never touch settings.
 */
export const cachePrefix = 'wayfinder-cache:';
const entryPrefix = `${cachePrefix}entry:`;

/**
 * Version of the entry envelope. A new shape bumps it; entries of the old shape then fail
 * validation and are dropped and fetched again, which is the right migration for a cache.
 */
const entryFormat = 1;

export const cacheEntrySchema = z.object({
  format: z.literal(entryFormat),
  kind: z.string(),
  key: z.string(),
  /** When the value was fetched (epoch ms). */
  storedAt: z.number(),
  value: z.unknown(),
  /** The last refresh that failed, kept beside the value it could not replace. */
  lastFailure: z.object({ at: z.number(), failure: wikiApiFailureSchema }).nullable(),
});
export type CacheEntry = z.infer<typeof cacheEntrySchema>;

export function newEntry(kind: string, key: string, value: unknown, storedAt: number): CacheEntry {
  return { format: entryFormat, kind, key, storedAt, value, lastFailure: null };
}

export const indexRecordSchema = z.object({
  kind: z.string(),
  bytes: z.number().int().nonnegative(),
  lastUsed: z.number(),
});
export type IndexRecord = z.infer<typeof indexRecordSchema>;

/** What is stored and how big, so size and eviction need no scan of the entries. */
export const cacheIndexSchema = z.object({ records: z.record(z.string(), indexRecordSchema) });
export type CacheIndex = z.infer<typeof cacheIndexSchema>;

/**
 * The index item is versioned by WXT: a new index shape raises `version` here and adds a
 * `migrations` entry, which WXT runs before the first read. Defined on demand, not at import,
 * because WXT touches storage as soon as an item is defined.
 */
export function defineCacheIndexItem(): WxtStorageItem<unknown, Record<string, never>> {
  return storage.defineItem<unknown, Record<string, never>>(`local:${cachePrefix}index`, { version: 1 });
}

/** The storage key (area-less) of one cached value. */
export function entryKey(kind: string, key: string): string {
  return `${entryPrefix}${kind}:${key}`;
}

export function isEntryKey(storageKey: string): boolean {
  return storageKey.startsWith(entryPrefix);
}

export function localKey(storageKey: string): StorageItemKey {
  return `local:${storageKey}`;
}

/** Roughly what storage.local counts against its quota: key plus JSON value. */
export function sizeOf(storageKey: string, entry: CacheEntry): number {
  return storageKey.length + JSON.stringify(entry).length;
}
