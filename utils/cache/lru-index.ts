import type { IndexRecord, IndexRecords } from './entry-format';

export interface KindStats {
  entries: number;
  bytes: number;
}

/**
 * The in-memory copy of the cache index: sizes and last use of every entry. Eviction drops the
 * least recently used entries until the total is back under a low-water mark, so a full cache
 * does not evict on every write.
 */
export class LruIndex {
  constructor(private readonly records: IndexRecords) {}

  put(storageKey: string, record: IndexRecord): void {
    this.records[storageKey] = record;
  }

  touch(storageKey: string, now: number): void {
    const record = this.records[storageKey];
    if (record !== undefined) record.lastUsed = now;
  }

  remove(storageKey: string): void {
    delete this.records[storageKey];
  }

  totalBytes(): number {
    return Object.values(this.records).reduce((total, record) => total + record.bytes, 0);
  }

  /** Keys to drop, oldest use first, so that at most `targetBytes` remain; `keep` stays. */
  victims(targetBytes: number, keep: string): string[] {
    let total = this.totalBytes();
    const victims: string[] = [];
    const byAge = Object.entries(this.records).sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    for (const [storageKey, record] of byAge) {
      if (total <= targetBytes) break;
      if (storageKey === keep) continue;
      victims.push(storageKey);
      total -= record.bytes;
    }
    return victims;
  }

  statsByKind(): Record<string, KindStats> {
    const stats: Record<string, KindStats> = {};
    for (const record of Object.values(this.records)) {
      const kind = (stats[record.kind] ??= { entries: 0, bytes: 0 });
      kind.entries += 1;
      kind.bytes += record.bytes;
    }
    return stats;
  }

  snapshot(): IndexRecords {
    return Object.fromEntries(Object.entries(this.records).map(([key, record]) => [key, { ...record }]));
  }
}
