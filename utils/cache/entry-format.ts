import { z } from 'zod';
import { wikiApiFailureSchema } from '../wiki-api/errors';
import { kindVersion, ruleOf, type CacheKindRules } from './cache-kinds';
import { entryKey } from './storage-keys';

/**
 * Format 2 of what the cache stores (entries and their index).
 *
 * Format 1 versioned the entry envelope only. Two things it could not do:
 * - retire one kind's values: a release that changed what, say, team pages mean without changing
 *   their shape could only raise the envelope's format, which threw away every kind;
 * - retire anything for good: an entry was dropped only when read, so one never read again
 *   stayed in storage, and an index rebuilt meanwhile did not count it, so eviction never
 *   reached it either.
 *
 * So format 2 records, in each entry, its kind's version (`kindVersion`, see cache-kinds.ts),
 * and in the index, the format and the kind versions it describes. A start that finds an index
 * of another format or other kind versions (or none, or a corrupted one) brings all of the
 * cache's storage to the current format once, before the first read (storage-migration.ts):
 * format 1 entries are converted, everything else that is not a valid current entry is removed,
 * and the index is rebuilt from what remains.
 */
export const entryFormat = 2;

const lastFailureSchema = z.object({ at: z.number(), failure: wikiApiFailureSchema });

export const cacheEntrySchema = z.object({
  format: z.literal(entryFormat),
  kind: z.string(),
  /** The version of its kind the value was stored under. */
  kindVersion: z.number().int().positive(),
  key: z.string(),
  /** When the value was fetched (epoch ms). */
  storedAt: z.number(),
  value: z.unknown(),
  /** The last refresh that failed, kept beside the value it could not replace. */
  lastFailure: lastFailureSchema.nullable(),
});
export type CacheEntry = z.infer<typeof cacheEntrySchema>;

export function newEntry(kinds: CacheKindRules, kind: string, key: string, value: unknown, storedAt: number): CacheEntry {
  return { format: entryFormat, kind, kindVersion: kindVersion(kinds[kind]!), key, storedAt, value, lastFailure: null };
}

/** A failure recorded by an older release, kept only if it still reads as one (it is advice, not data). */
export function currentFailure(stored: unknown): CacheEntry['lastFailure'] {
  const failure = lastFailureSchema.safeParse(stored);
  return failure.success ? failure.data : null;
}

/** An entry checked at the storage boundary, with its value as its kind's schema read it. */
export interface StoredValue {
  entry: CacheEntry;
  value: unknown;
}

/**
 * What is stored under `storageKey`, if it is a current entry that belongs there: format 2, a
 * known kind at its current version, stored under its own kind and key, and a value its kind's
 * schema accepts. Anything else is null, never an exception.
 */
export function readEntry(kinds: CacheKindRules, storageKey: string, stored: unknown): StoredValue | null {
  const entry = cacheEntrySchema.safeParse(stored);
  if (!entry.success) return null;
  const rule = ruleOf(kinds, entry.data.kind);
  if (rule === undefined || entry.data.kindVersion !== kindVersion(rule)) return null;
  if (entryKey(entry.data.kind, entry.data.key) !== storageKey) return null;
  const value = rule.schema.safeParse(entry.data.value);
  return value.success ? { entry: entry.data, value: value.data } : null;
}

export const indexRecordSchema = z.object({
  kind: z.string(),
  bytes: z.number().int().nonnegative(),
  lastUsed: z.number(),
});
export type IndexRecord = z.infer<typeof indexRecordSchema>;
export type IndexRecords = Record<string, IndexRecord>;

/** What is stored and how big, so size and eviction need no scan of the entries. */
export const cacheIndexSchema = z.object({
  format: z.literal(entryFormat),
  /** The kind versions the entries were migrated to: others mean a release changed them. */
  kindVersions: z.record(z.string(), z.number().int().positive()),
  records: z.record(z.string(), indexRecordSchema),
});
export type CacheIndex = z.infer<typeof cacheIndexSchema>;

/** Roughly what storage.local counts against its quota: key plus JSON value. */
export function sizeOf(storageKey: string, entry: CacheEntry): number {
  return storageKey.length + JSON.stringify(entry).length;
}
