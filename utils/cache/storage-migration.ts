import { storage } from 'wxt/utils/storage';
import type { CacheKindRules } from './cache-kinds';
import { cacheIndexSchema, readEntry, sizeOf, type CacheEntry, type IndexRecords } from './entry-format';
import { convertV1Entry, v1IndexSchema } from './entry-format-v1';
import { cachePrefix, indexKey, isEntryKey, localKey } from './storage-keys';

/**
 * Brings every key under the cache's prefix to the current format and returns the index
 * records of what remains. Run when the stored index is not a current one: missing, corrupted,
 * of format 1 (the release before) or of other kind versions (cache-kinds.ts).
 *
 * - a current entry stays as it is;
 * - a format 1 entry is converted in place (same key), when it can be trusted (entry-format-v1.ts);
 * - anything else under the prefix is removed: malformed entries, entries of a retired kind or
 *   kind version, stray keys. So nothing the index does not count is left in storage.
 *
 * The caller writes the new index last. Until it does, a restart finds no current index and
 * runs this again, which is safe: converted entries are current entries by then.
 */
export async function migrateStorage(kinds: CacheKindRules): Promise<IndexRecords> {
  const everything = await storage.snapshot('local');
  const lastUse = lastUseOf(everything[indexKey]);
  const records: IndexRecords = {};
  const converted: { key: ReturnType<typeof localKey>; value: CacheEntry }[] = [];
  const removed: string[] = [];
  for (const [storageKey, stored] of Object.entries(everything)) {
    if (!storageKey.startsWith(cachePrefix) || storageKey === indexKey) continue;
    const current = isEntryKey(storageKey) ? readEntry(kinds, storageKey, stored)?.entry : undefined;
    const entry = current ?? (isEntryKey(storageKey) ? convertV1Entry(kinds, storageKey, stored) : null);
    if (entry === null) {
      removed.push(storageKey);
      continue;
    }
    if (current === undefined) converted.push({ key: localKey(storageKey), value: entry });
    records[storageKey] = { kind: entry.kind, bytes: sizeOf(storageKey, entry), lastUsed: lastUse[storageKey] ?? entry.storedAt };
  }
  if (converted.length > 0) await storage.setItems(converted);
  if (removed.length > 0) await storage.removeItems(removed.map(localKey));
  return records;
}

/** Last use as the old index knew it (format 1 or 2), so eviction order survives the migration. */
function lastUseOf(storedIndex: unknown): Record<string, number> {
  const index = cacheIndexSchema.safeParse(storedIndex);
  const old = index.success ? index : v1IndexSchema.safeParse(storedIndex);
  if (!old.success) return {};
  return Object.fromEntries(Object.entries(old.data.records).map(([storageKey, record]) => [storageKey, record.lastUsed]));
}
