import { storage } from 'wxt/utils/storage';
import type { CacheKindRules } from './cache-kinds';
import { readEntry, sizeOf, type CacheEntry, type StoredValue } from './entry-format';
import type { IndexStore } from './index-store';
import { entryKey, localKey } from './storage-keys';

export interface EntryStore {
  /** The valid entries among `keys`, marked as used; a corrupted one is removed as if absent. */
  read(kind: string, keys: readonly string[]): Promise<Map<string, StoredValue>>;
  /** Stores one entry, evicting the least recently used ones if the cache passes its bound. */
  write(entry: CacheEntry): Promise<void>;
}

/** After an eviction the cache is filled to this share of its bound. */
const lowWaterShare = 0.9;

/** The entries in storage.local, each read through its kind's schema and counted in the index. */
export function createEntryStore(kinds: CacheKindRules, index: IndexStore, options: { maxBytes: number; now: () => number }): EntryStore {
  const { maxBytes, now } = options;

  async function remove(storageKey: string): Promise<void> {
    const lru = await index.load();
    lru.remove(storageKey);
    await Promise.all([storage.removeItem(localKey(storageKey)), index.persist(lru)]);
  }

  return {
    async read(kind, keys) {
      const lru = await index.load();
      const storageKeys = keys.map((key) => entryKey(kind, key));
      const stored = await storage.getItems(storageKeys.map(localKey));
      const valid = new Map<string, StoredValue>();
      for (const [position, key] of keys.entries()) {
        const storageKey = storageKeys[position]!;
        const found = stored[position]?.value;
        if (found === null || found === undefined) continue;
        const entry = readEntry(kinds, storageKey, found);
        if (entry === null) {
          await remove(storageKey);
          continue;
        }
        valid.set(key, entry);
        lru.touch(storageKey, now());
      }
      if (valid.size > 0) void index.persist(lru).catch(() => undefined);
      return valid;
    },

    async write(entry) {
      const lru = await index.load();
      const storageKey = entryKey(entry.kind, entry.key);
      const bytes = sizeOf(storageKey, entry);
      if (bytes > maxBytes) return;
      lru.put(storageKey, { kind: entry.kind, bytes, lastUsed: now() });
      const victims = lru.totalBytes() > maxBytes ? lru.victims(maxBytes * lowWaterShare, storageKey) : [];
      for (const victim of victims) lru.remove(victim);
      await storage.setItem(localKey(storageKey), entry);
      if (victims.length > 0) await storage.removeItems(victims.map(localKey));
      await index.persist(lru);
    },
  };
}
