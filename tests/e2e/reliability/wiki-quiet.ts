import type { LocalWiki } from '../../wiki/local-wiki';
import { expect } from '../fixtures';

/**
 * Waits until the wiki has had no request for a moment: the background's scheduled refresh and
 * the in-page badges of newly opened tabs make requests of their own, and those should be over
 * before a test starts counting or injecting faults.
 */
export async function waitForQuiet(wiki: LocalWiki, quietMs = 500): Promise<void> {
  let last = -1;
  await expect
    .poll(
      () => {
        const { log, inFlight } = wiki.front.snapshot();
        const settled = inFlight === 0 && log.length === last;
        last = log.length;
        return settled;
      },
      { intervals: [quietMs], timeout: 70_000, message: 'the wiki never went quiet' },
    )
    .toBe(true);
}
