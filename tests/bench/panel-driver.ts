import type { BrowserContext, Page } from '@playwright/test';
import { ownerShownMark, urlChangeMark } from '../../entrypoints/sidepanel/performance-marks';

/**
 * The side panel as Chrome shows it, driven for measurements: the panel page open without `?url`
 * in one tab, so it follows the active tab of its window, and a wiki tab in front of it that the
 * benchmark navigates. The panel leaves two performance marks for each URL
 * (entrypoints/sidepanel/performance-marks.ts): when it learns the URL, and when it first
 * renders that URL's owner or its final "unknown".
 */
export interface FollowingPanel {
  panel: Page;
  tab: Page;
}


export async function openFollowingPanel(context: BrowserContext, extensionId: string): Promise<FollowingPanel> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const tab = await context.newPage();
  await tab.bringToFront();
  return { panel, tab };
}

/**
 * Polls from Node rather than inside the page: the panel's tab is in the background while the
 * wiki tab is in front, and a background page's own timers are throttled to once a second.
 */
export async function pollUntil<T>(page: Page, read: () => Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; the panel shows ${await panelSummary(page)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** What the panel shows and which marks it holds, to say why a wait failed. */
function panelSummary(panel: Page): Promise<string> {
  return panel.evaluate(() =>
    JSON.stringify({
      heading: document.querySelector('h1')?.textContent,
      busy: document.querySelector('main')?.getAttribute('aria-busy'),
      marks: performance.getEntriesByType('mark').map((mark) => [mark.name, (mark as PerformanceMark).detail]),
    }),
  );
}

interface MarkTimes {
  urlChange: number;
  ownerShown: number | null;
}

function readMarks(panel: Page, url: string): Promise<MarkTimes | null> {
  return panel.evaluate(
    ([url, urlChangeName, ownerShownName]) => {
      const changes = performance.getEntriesByName(urlChangeName).filter((mark) => (mark as PerformanceMark).detail === url);
      const change = changes.at(-1);
      if (change === undefined) return null;
      const shown = performance
        .getEntriesByName(ownerShownName)
        .find((mark) => (mark as PerformanceMark).detail === url && mark.startTime >= change.startTime);
      return { urlChange: change.startTime, ownerShown: shown?.startTime ?? null };
    },
    [url, urlChangeMark, ownerShownMark] as const,
  );
}

/** Navigates the wiki tab and returns the URL as the browser reports it (the panel sees that form). */
async function navigate({ panel, tab }: FollowingPanel, url: string): Promise<string> {
  await panel.evaluate(() => performance.clearMarks());
  await tab.goto(url, { waitUntil: 'commit' });
  return tab.url();
}

/**
 * Shows a blank page in the wiki tab and waits until the panel has noticed (it then shows "not a
 * Wikimedia page"), so that the next navigation, even back to the same URL, is a URL change.
 */
export async function leavePage(following: FollowingPanel): Promise<void> {
  await following.panel.evaluate(() => performance.clearMarks());
  await following.tab.goto('about:blank');
  await pollUntil(
    following.panel,
    () =>
      following.panel.evaluate((name) => (performance.getEntriesByName(name).some((mark) => (mark as PerformanceMark).detail === null) ? true : null), urlChangeMark),
    30_000,
    'the panel to leave the page',
  );
}

/** Milliseconds from the panel learning `url` to its owner on screen. */
export async function timeToOwner(following: FollowingPanel, url: string, timeoutMs = 30_000): Promise<number> {
  const shownUrl = await navigate(following, url);
  const marks = await pollUntil(
    following.panel,
    async () => {
      const times = await readMarks(following.panel, shownUrl);
      return times?.ownerShown == null ? null : { urlChange: times.urlChange, ownerShown: times.ownerShown };
    },
    timeoutMs,
    `the owner of ${shownUrl}`,
  );
  return marks.ownerShown - marks.urlChange;
}

/**
 * Shows `url` in the wiki tab and waits until the panel's answer is complete (nothing left
 * loading) for the URL the tab ends on: a redirect page rewrites it to its target once loaded.
 */
export async function viewPage(following: FollowingPanel, url: string, timeoutMs = 30_000): Promise<void> {
  await navigate(following, url);
  await pollUntil(
    following.panel,
    async () => {
      const times = await readMarks(following.panel, following.tab.url());
      if (times === null) return null;
      // Read in a later task than the mark, so the panel has already rendered "loading" for this URL.
      const busy = await following.panel.evaluate(() => document.querySelector('main')?.getAttribute('aria-busy'));
      return busy === 'false' ? true : null;
    },
    timeoutMs,
    `the complete answer for ${url}`,
  );
}

/** Empties the background's cache of wiki answers, so the next view is a cold one. */
export async function clearExtensionCache(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'cache-clear' });
  });
}

/**
 * One round trip to the wiki's Action API as the extension sees it: the cheapest query, fetched
 * from the panel page (extension pages may fetch the wikis), median of five, after four queries
 * at once have warmed the connections and the local server's PHP workers (a worker's first
 * answer is slow).
 */
export async function apiRoundTripMs(panel: Page): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return panel.evaluate(async (api) => {
    await Promise.all(['w1', 'w2', 'w3', 'w4'].map((tag) => fetch(`${api}&probe=${tag}`).then((response) => response.text())));
    const times: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const started = performance.now();
      await fetch(`${api}&probe=${attempt}`).then((response) => response.text());
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[2]!;
  }, 'https://meta.wikimedia.org/w/api.php?action=query&format=json&formatversion=2');
}
