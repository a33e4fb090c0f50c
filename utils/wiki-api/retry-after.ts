/** Used when a 429 names no time: long enough not to hammer a limit we cannot see. */
const assumedWaitMs = 60_000;

/** When a Retry-After header (delta seconds or an HTTP date) lets us try again, as epoch ms. */
export function retryAfterTime(header: string | null, nowMs: number): number {
  if (header === null) return nowMs + assumedWaitMs;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return nowMs + Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? nowMs + assumedWaitMs : Math.max(date, nowMs);
}
