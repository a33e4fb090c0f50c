import type { LocalWiki } from '../wiki/local-wiki';

/** Waits until the wiki's front has had nothing in flight and no new request for `quietMs`. */
export async function frontQuiet(wiki: LocalWiki, quietMs = 1000, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const { counts, inFlight } = wiki.front.snapshot();
    // Counts, not the log: the log keeps only its last 10,000 entries.
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (inFlight > 0 || total !== seen) {
      seen = total;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    // Short quiet windows are checked more often, so that they add little more than themselves.
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, quietMs / 4)));
  }
  throw new Error(`The wiki's front was still busy after ${timeoutMs} ms`);
}
