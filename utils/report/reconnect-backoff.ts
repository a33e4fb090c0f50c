/**
 * How long a page waits before reconnecting to the background, shared by the report port and
 * the settings port. The browser stops the background's worker when it is idle and the page
 * reconnects, which wakes it: that first reconnect should be quick. A background that is gone
 * (it fails at start, or the extension was reloaded under the page) refuses every connection
 * at once, so each wait doubles, up to a bound: the page never spins, and notices within that
 * bound that the background is back. No jitter: every page talks to its own local background.
 *
 * 250 ms, 500 ms, 1 s, 2 s, 4 s, 8 s, 16 s, then 30 s for as long as it takes.
 */
export const reconnectBackoff = {
  firstMs: 250,
  maxMs: 30_000,
  /** A connection that lasted this long worked: the next wait starts again from `firstMs`. */
  workedAfterMs: 5_000,
};

/** The wait before the next connection, after `failures` connections in a row that did not last. */
export function reconnectDelayMs(failures: number): number {
  const { firstMs, maxMs } = reconnectBackoff;
  // Doubling stops at the bound, so a long outage never overflows to Infinity or NaN.
  return Math.min(maxMs, firstMs * 2 ** Math.min(Math.max(0, failures), 16));
}
