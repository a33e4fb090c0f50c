import type { CDPSession, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, launchWithoutExtension } from '../e2e/browser';
import { metaUrl } from '../e2e/fixtures';
import type { LocalWiki } from '../wiki/local-wiki';
import { frontQuiet } from './front-quiet';
import { median } from './statistics';

export interface PageLoadResult {
  title: string;
  runs: number;
  /** Navigation start to the end of the load event, medians (without: both plain instances together). */
  withoutExtensionMs: number;
  withExtensionMs: number;
  /** withExtensionMs / withoutExtensionMs. */
  ratio: number;
  /** One instance without the extension against the other: what the method reads when nothing differs. */
  controlRatio: number;
  /** Main-thread time of the tasks that ran the content script's code on the page, median per page load. */
  contentScriptMs: number;
  contentScriptSamplesMs: number[];
}

/** A page the badge appears on (historical), so the content script does all its work. */
const loadTestTitle = 'Community Engagement';

async function loadTimeMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  // loadEventEnd is written once the load event's handlers have returned.
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd);
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string; worldId?: number };
}

/**
 * The content script's main-thread time in one trace: every top-level task of the renderer that
 * ran its code, whole (the evaluation of content-scripts/*.js, with its isolated world set up,
 * and each callback into its world, microtasks included).
 */
function contentScriptTaskMs(events: readonly TraceEvent[], extensionId: string): number {
  const complete = events.filter((event): event is TraceEvent & { dur: number } => event.ph === 'X' && event.dur !== undefined);
  const origin = `chrome-extension://${extensionId}/`;
  // The isolated worlds our scripts ran in, per renderer process (world ids are per process).
  const worlds = new Set(complete.filter((event) => event.name === 'v8.run' && event.args?.fileName?.startsWith(origin)).map((event) => `${event.pid}/${event.args?.worldId}`));
  const ours = complete.filter(
    (event) =>
      (event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(origin)) ||
      (event.name === 'v8.callFunction' && event.args?.worldId !== undefined && worlds.has(`${event.pid}/${event.args.worldId}`)),
  );
  const tasks = new Set<TraceEvent & { dur: number }>();
  for (const event of ours) {
    const task = complete.find(
      (candidate) => candidate.name === 'RunTask' && candidate.pid === event.pid && candidate.tid === event.tid && candidate.ts <= event.ts && candidate.ts + candidate.dur >= event.ts + event.dur,
    );
    tasks.add(task ?? event);
  }
  return [...tasks].reduce((sum, task) => sum + task.dur, 0) / 1000;
}

async function traced(session: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are the JSON objects of the trace format.
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await work();
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  return events;
}

/** One traced load in a tab that has shown the page before, as when a reader moves between pages. */
async function contentScriptSample(page: Page, session: CDPSession, extensionId: string, url: string): Promise<number> {
  const events = await traced(session, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('wiki-wayfinder-badge').waitFor();
  });
  return contentScriptTaskMs(events, extensionId);
}

/**
 * Load time of a wiki page in three Chromium instances: two without the extension and one with
 * it, loading in turn (the first of each round rotates), after warm-up loads in each (the wiki's
 * PHP workers and every HTTP cache warm). The two plain instances measured against each other
 * give the method's own noise on this machine. Then traced loads with the extension for the
 * content script's main-thread time.
 */
export async function measurePageLoad(options: { wiki: LocalWiki; extensionDir: string; runs: number }): Promise<PageLoadResult> {
  const { wiki, extensionDir, runs } = options;
  const url = metaUrl(loadTestTitle);
  const launch = { frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash };
  const contexts = await Promise.all([launchWithoutExtension(launch), launchWithoutExtension(launch), launchWithExtension({ ...launch, extensionDir })]);
  try {
    const extensionId = await extensionIdOf(contexts[2]);
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    for (let warmUp = 0; warmUp < 2; warmUp++) for (const page of pages) await loadTimeMs(page, url);
    await frontQuiet(wiki);
    const samples: number[][] = pages.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (let turn = 0; turn < pages.length; turn++) {
        const index = (run + turn) % pages.length;
        samples[index]!.push(await loadTimeMs(pages[index]!, url));
        // The badge asks the background after the load; let that finish before the next load.
        await frontQuiet(wiki, 300);
      }
    }
    const [plainA = [], plainB = [], extended = []] = samples;
    const session = await contexts[2].newCDPSession(pages[2]!);
    const contentScriptSamplesMs: number[] = [];
    for (let run = 0; run < runs; run++) contentScriptSamplesMs.push(await contentScriptSample(pages[2]!, session, extensionId, url));
    await session.detach();
    const withoutExtensionMs = median([...plainA, ...plainB]);
    const withExtensionMs = median(extended);
    return {
      title: loadTestTitle,
      runs,
      withoutExtensionMs,
      withExtensionMs,
      ratio: withExtensionMs / withoutExtensionMs,
      controlRatio: median(plainB) / median(plainA),
      contentScriptMs: median(contentScriptSamplesMs),
      contentScriptSamplesMs,
    };
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}
