export interface TimeLeftInput {
  /** Pages read so far. */
  done: number;
  /** Pages the wiki says the input holds; null when it does not say. */
  expected: number | null;
  /** Time spent reading so far (paused time excluded by the caller). */
  elapsedMs: number;
}

/**
 * The time the rest should take at the pace so far, or null when there is nothing to go on:
 * the total is unknown, or no page has been read. The UI formats it. Never negative: a
 * category's count can be lower than what its tree yields, and a clock can step back.
 */
export function estimateTimeLeft({ done, expected, elapsedMs }: TimeLeftInput): { ms: number } | null {
  if (expected === null || !Number.isFinite(expected) || !Number.isFinite(done) || !Number.isFinite(elapsedMs) || done <= 0) return null;
  const left = Math.max(0, expected - done);
  return { ms: Math.round((Math.max(0, elapsedMs) / done) * left) };
}
