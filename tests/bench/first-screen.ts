import type { BrowserContext } from '@playwright/test';
import { median } from './statistics';

export type FirstScreenPage = 'directory' | 'audit';

export interface FirstScreenRow {
  page: FirstScreenPage;
  /** What the page opens on, in words (the audit page shows the last run when there is one). */
  state: string;
  /** Navigation start to the first paint with text (the page's header): median. */
  firstPaintMs: number;
  /** Navigation start to the page's first screen complete on screen: median, the goal's figure. */
  firstScreenMs: number;
  firstScreenSamplesMs: number[];
  /**
   * Navigation start to the whole page drawn, parts below the first screen included (no element
   * busy any more): median. The directory builds its team cards after its first screen.
   */
  everythingMs: number;
}

/** Issue 15: the directory and the audit page show their first screen within 100 ms of opening, warm. */
export const firstScreenGoalMs = 100;

/**
 * What each page shows once its first screen is complete: the directory its teams (once it has
 * read and prepared the registry), the audit page its form and its run, or that there is none
 * (the background's first snapshot). Both say so with `aria-busy="false"` on their main element; the
 * element named here is checked to be there as well, so that a failed load is no sample.
 */
const pages: Record<FirstScreenPage, { file: string; content: string }> = {
  directory: { file: 'directory.html', content: '#wf-directory-teams' },
  audit: { file: 'audit.html', content: 'form' },
};

const readyGlobal = '__wayfinderFirstScreenMs';
const everythingGlobal = '__wayfinderEverythingMs';

/**
 * Runs in the page before its own scripts (a string: tsx would wrap a function's inner functions
 * in a helper the page does not have), on these two pages only. When the main element turns
 * not busy, it waits for the next frame and records the time in the task after it: the frame
 * that draws the complete screen has then been produced, and is on screen a few ms later. The
 * same again once no element of the page is busy: everything drawn.
 */
const initScript = `(() => {
  if (location.protocol !== 'chrome-extension:' || !${JSON.stringify(Object.values(pages).map((page) => `/${page.file}`))}.includes(location.pathname)) return;
  const afterNextFrame = (name) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { globalThis[name] = performance.now(); };
    channel.port2.postMessage(null);
  });
  let screen = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector('main[aria-busy="false"]') === null) return;
    if (!screen) { screen = true; afterNextFrame(${JSON.stringify(readyGlobal)}); }
    if (document.querySelector('[aria-busy="true"]') !== null) return;
    observer.disconnect();
    afterNextFrame(${JSON.stringify(everythingGlobal)});
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

/** Browsers that already run the script: a second copy would only observe the same pages twice. */
const watched = new WeakSet<BrowserContext>();

/**
 * One opening of the page in a new tab, both times from the new document's navigation start (its
 * time origin). A page complete before its first paint is seen at that paint, which Chromium
 * times when the frame is presented; one completed later, at the frame after it.
 */
async function openOnce(context: BrowserContext, url: string, content: string): Promise<{ firstPaintMs: number; firstScreenMs: number; everythingMs: number }> {
  const tab = await context.newPage();
  const frameAt = async (name: string) => {
    const handle = await tab.waitForFunction((global) => (globalThis as unknown as Record<string, number | undefined>)[global] ?? null, name, { timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  };
  try {
    await tab.goto(url);
    const readyFrameMs = await frameAt(readyGlobal);
    const everythingFrameMs = await frameAt(everythingGlobal);
    if ((await tab.locator(content).count()) === 0) throw new Error(`${url} finished loading without ${content}`);
    const firstPaintMs = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    if (Number.isNaN(firstPaintMs)) throw new Error(`${url} has no first-contentful-paint entry`);
    return { firstPaintMs, firstScreenMs: Math.max(firstPaintMs, readyFrameMs), everythingMs: Math.max(firstPaintMs, everythingFrameMs) };
  } finally {
    await tab.close();
  }
}

/**
 * Each page opened once to warm it (the browser has then read and compiled its files, as when
 * someone opens it a second time), then `runs` times in a new tab each, with the background
 * already running: the warm opening the goal is about.
 */
export async function measureFirstScreens(options: {
  context: BrowserContext;
  extensionId: string;
  openings: readonly { page: FirstScreenPage; state: string }[];
  runs: number;
}): Promise<FirstScreenRow[]> {
  const { context, extensionId, runs } = options;
  if (!watched.has(context)) {
    await context.addInitScript({ content: initScript });
    watched.add(context);
  }
  const rows: FirstScreenRow[] = [];
  for (const { page, state } of options.openings) {
    const { file, content } = pages[page];
    const url = `chrome-extension://${extensionId}/${file}`;
    await openOnce(context, url, content);
    const samples: Awaited<ReturnType<typeof openOnce>>[] = [];
    for (let run = 0; run < runs; run++) samples.push(await openOnce(context, url, content));
    const firstScreenSamplesMs = samples.map((sample) => sample.firstScreenMs);
    rows.push({
      page,
      state,
      firstPaintMs: median(samples.map((sample) => sample.firstPaintMs)),
      firstScreenMs: median(firstScreenSamplesMs),
      firstScreenSamplesMs,
      everythingMs: median(samples.map((sample) => sample.everythingMs)),
    });
  }
  return rows;
}
