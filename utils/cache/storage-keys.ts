import type { StorageItemKey } from 'wxt/utils/storage';

/**
 * Every key of the cache starts with this, and nothing else in the extension's storage does:
 * clearing the cache can never touch settings. The keys are the same in format 1 and 2, so a
 * migration rewrites entries in place.
 */
export const cachePrefix = 'wayfinder-cache:';
const entryPrefix = `${cachePrefix}entry:`;

/** The storage key (area-less) of the index of sizes and last use. */
export const indexKey = `${cachePrefix}index`;

/**
 * The storage key (area-less) of one cached value. Kinds are names without `:`, so the key
 * names one kind and one key.
 */
export function entryKey(kind: string, key: string): string {
  return `${entryPrefix}${kind}:${key}`;
}

export function isEntryKey(storageKey: string): boolean {
  return storageKey.startsWith(entryPrefix);
}

export function localKey(storageKey: string): StorageItemKey {
  return `local:${storageKey}`;
}
