import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/browser';
import type { LocalWiki } from '../wiki/local-wiki';
import { frontQuiet } from './front-quiet';
import { openFollowingPanel, viewPage } from './panel-driver';
import type { SessionPage } from './session-pages';

export interface SessionPass {
  views: number;
  /** Requests to /w/api.php counted at the wiki's front during the pass. */
  apiRequests: number;
  perView: number;
  /** Of those, reads of the on-wiki registry page (the refresh at install, not caused by a view). */
  registryRequests: number;
}

export interface SessionResult {
  cold: SessionPass;
  warm: SessionPass;
  /** The side panel's JS heap after both passes and a forced garbage collection. */
  heapUsedBytes: number;
  heapTotalBytes: number;
}

const apiPath = '/w/api.php';
const isRegistryRead = (url: string) => decodeURIComponent(url.replace(/\+/g, ' ')).includes('Wiki Wayfinder/Registry.json');

function countPass(wiki: LocalWiki, views: number): SessionPass {
  const { counts, log } = wiki.front.snapshot();
  const apiRequests = counts[apiPath] ?? 0;
  const registryRequests = log.filter((entry) => entry.url.startsWith(apiPath) && isRegistryRead(entry.url)).length;
  return { views, apiRequests, perView: apiRequests / views, registryRequests };
}

async function heapOf(panel: Page): Promise<{ usedSize: number; totalSize: number }> {
  const session = await panel.context().newCDPSession(panel);
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usage;
}

/**
 * A reading session as a contributor has it: a fresh browser profile (the extension just
 * installed, its cache empty), the side panel following one tab through `pages`, then the same
 * pages again with everything cached. Counts every Action API request at the wiki's front,
 * including the in-page badge's and the refresh the extension runs at install.
 */
export async function measureSession(options: { wiki: LocalWiki; extensionDir: string; pages: readonly SessionPage[] }): Promise<SessionResult> {
  const { wiki, extensionDir, pages } = options;
  wiki.front.reset();
  const context = await launchWithExtension({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash, extensionDir });
  try {
    const following = await openFollowingPanel(context, await extensionIdOf(context));
    for (const page of pages) await viewPage(following, page.url);
    await frontQuiet(wiki);
    const cold = countPass(wiki, pages.length);

    wiki.front.reset();
    for (const page of pages) await viewPage(following, page.url);
    await frontQuiet(wiki);
    const warm = countPass(wiki, pages.length);

    const heap = await heapOf(following.panel);
    return { cold, warm, heapUsedBytes: heap.usedSize, heapTotalBytes: heap.totalSize };
  } finally {
    await context.close();
  }
}
