import type { WikiApiFailure } from '../wiki-api/errors';
import type { StoredValue } from './entry-format';

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

/** What a stored value is worth now: fresh within its kind's TTL, stale after. */
export function hitOf({ entry, value }: StoredValue, ttlMs: number, now: number): CacheHit<unknown> {
  const ageMs = Math.max(0, now - entry.storedAt);
  return {
    status: ageMs < ttlMs ? 'fresh' : 'stale',
    value,
    storedAt: entry.storedAt,
    ageMs,
    lastFailure: entry.lastFailure?.failure ?? null,
    refreshed: null,
  };
}
