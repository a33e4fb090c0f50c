import type { Certainty } from '../registry/schema';

const strength: Record<Certainty, number> = { unknown: 0, unverified: 1, indirect: 2, stated: 3 };

/** The weakest of some certainties: an answer is only as sure as its least sure step. */
export function weakest(certainties: Iterable<Certainty>): Certainty {
  let result: Certainty | null = null;
  for (const certainty of certainties) {
    if (result === null || strength[certainty] < strength[result]) result = certainty;
  }
  return result ?? 'unknown';
}
