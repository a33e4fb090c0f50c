import type { Source } from '../registry/schema';
import type { DatedSource } from './ownership';

/** Sources of one claim, each carrying the date the claim was checked. */
export function dated(sources: readonly Source[], verified: string): DatedSource[] {
  return sources.map((source) => (source.title === undefined ? { url: source.url, verified } : { ...source, verified }));
}

/** Each source once, at its first (most specific) appearance. */
export function uniqueSources(lists: Iterable<readonly DatedSource[]>): DatedSource[] {
  const seen = new Set<string>();
  const result: DatedSource[] = [];
  for (const list of lists) {
    for (const source of list) {
      if (seen.has(source.url)) continue;
      seen.add(source.url);
      result.push(source);
    }
  }
  return result;
}
