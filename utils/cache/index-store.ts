import { storage } from 'wxt/utils/storage';
import { kindVersions, type CacheKindRules } from './cache-kinds';
import { cacheIndexSchema, entryFormat, type CacheIndex } from './entry-format';
import { LruIndex } from './lru-index';
import { migrateStorage } from './storage-migration';
import { indexKey, localKey } from './storage-keys';

export interface IndexStore {
  /** The index, loaded once; a start that finds no current index migrates storage first. */
  load(): Promise<LruIndex>;
  /** Writes the index back; writes asked for while one waits are folded into it. */
  persist(lru: LruIndex): Promise<void>;
  /** Forgets every record, for a cleared cache; waits for loads and writes under way. */
  reset(): Promise<void>;
}

/**
 * The index as stored in `wayfinder-cache:index`. It carries its own format rather than using
 * WXT's item versions: a WXT migration converts one item, and a new format converts every entry.
 */
export function createIndexStore(kinds: CacheKindRules): IndexStore {
  const versions = kindVersions(kinds);
  let loaded: Promise<LruIndex> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let writeQueued = false;

  const write = (lru: LruIndex) => storage.setItem<CacheIndex>(localKey(indexKey), { format: entryFormat, kindVersions: versions, records: lru.snapshot() });

  async function loadOrMigrate(): Promise<LruIndex> {
    const stored = cacheIndexSchema.safeParse(await storage.getItem(localKey(indexKey)));
    if (stored.success && sameVersions(stored.data.kindVersions, versions)) return new LruIndex(stored.data.records);
    const lru = new LruIndex(await migrateStorage(kinds));
    await write(lru);
    return lru;
  }

  function persist(lru: LruIndex): Promise<void> {
    if (writeQueued) return writing;
    writeQueued = true;
    writing = writing
      .catch(() => undefined)
      .then(() => {
        writeQueued = false;
        return write(lru);
      });
    return writing;
  }

  return {
    load() {
      // A failed load (storage refused) is tried again by the next call, not kept.
      loaded ??= loadOrMigrate().catch((error: unknown) => {
        loaded = null;
        throw error;
      });
      return loaded;
    },
    persist,
    async reset() {
      await loaded?.catch(() => undefined);
      loaded = Promise.resolve(new LruIndex({}));
      await writing.catch(() => undefined);
    },
  };
}

function sameVersions(stored: Record<string, number>, current: Record<string, number>): boolean {
  const kinds = Object.keys(current);
  return Object.keys(stored).length === kinds.length && kinds.every((kind) => stored[kind] === current[kind]);
}
