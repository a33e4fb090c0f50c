import { z } from 'zod';
import { kindVersion, ruleOf, type CacheKindRules } from './cache-kinds';
import { currentFailure, entryFormat, type CacheEntry } from './entry-format';
import { entryKey } from './storage-keys';

/**
 * Format 1, as the release before format 2 wrote it (utils/cache/cache-storage.ts then), read
 * only to migrate it. Never change these: they describe data already in users' browsers.
 *
 * An entry: `{ format: 1, kind, key, storedAt, value, lastFailure: { at, failure } | null }`
 * under `wayfinder-cache:entry:<kind>:<key>`. The index, `wayfinder-cache:index`:
 * `{ records: { [storage key]: { kind, bytes, lastUsed } } }` (a WXT item of version 1, which
 * writes no `$` metadata key).
 */
const v1EntrySchema = z.object({
  format: z.literal(1),
  kind: z.string(),
  key: z.string(),
  storedAt: z.number(),
  value: z.unknown(),
  // Checked again when converted: the failure is kept only if today's schema still reads it.
  lastFailure: z.object({ at: z.number(), failure: z.unknown() }).nullable(),
});

export const v1IndexSchema = z.object({
  records: z.record(z.string(), z.object({ kind: z.string(), bytes: z.number().int().nonnegative(), lastUsed: z.number() })),
});

/**
 * A format 1 entry as a format 2 one, or null when it cannot be trusted: malformed, of a kind
 * this release no longer has, stored under another key than its own, or with a value its
 * kind's schema refuses. Format 1 values were stored before kinds had versions, which is
 * version 1: a kind already raised past it has retired them.
 */
export function convertV1Entry(kinds: CacheKindRules, storageKey: string, stored: unknown): CacheEntry | null {
  const entry = v1EntrySchema.safeParse(stored);
  if (!entry.success) return null;
  const { kind, key, storedAt, value, lastFailure } = entry.data;
  const rule = ruleOf(kinds, kind);
  if (rule === undefined || kindVersion(rule) !== 1 || entryKey(kind, key) !== storageKey) return null;
  if (!rule.schema.safeParse(value).success) return null;
  return { format: entryFormat, kind, kindVersion: 1, key, storedAt, value, lastFailure: currentFailure(lastFailure) };
}
