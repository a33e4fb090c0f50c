import type { CDPSession, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, launchWithoutExtension } from '../e2e/browser';
import { metaUrl } from '../e2e/fixtures';
import type { LocalWiki } from '../wiki/local-wiki';
import { frontQuiet } from './front-quiet';
import { loadRatios, type LoadRound } from './load-ratio';
import { median, permutations, relativeHalfWidth, type Interval } from './statistics';

export interface PageLoadResult {
  title: string;
  /** Rounds measured: one load in each of the three instances per round. */
  rounds: number;
  /** Time the rounds took. */
  measuringSeconds: number;
  /** The interval's half-width the rounds went on for, relative (0.01 for ±1 %), and for how long at most. */
  precision: number;
  budgetSeconds: number;
  /** Navigation start to the end of the load event, medians (without: both plain instances together). */
  withoutExtensionMs: number;
  withExtensionMs: number;
  /** With the extension against without, median over rounds of each round's ratio, with its 95 % interval. */
  ratio: Interval;
  /** One instance without the extension against the other: what the method reads when nothing differs. */
  controlRatio: Interval;
  /** Main-thread time of the tasks that ran the content script's code on the page, median per page load. */
  contentScriptMs: number;
  contentScriptSamplesMs: number[];
}

export interface PageLoadOptions {
  wiki: LocalWiki;
  extensionDir: string;
  /** Rounds at least and at most; in between, rounds go on until the ratio's interval is within ±precision or the time is up. */
  rounds: { min: number; max: number };
  precision: number;
  budgetSeconds: number;
  /** Traced loads for the content script's main-thread time. */
  tracedLoads: number;
}

/** A page the badge appears on (historical), so the content script does all its work. */
const loadTestTitle = 'Community Engagement';

async function loadTimeMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  // loadEventEnd is written once the load event's handlers have returned.
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd);
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
}

/**
 * Waits until what a load started is over, so that it cannot slow the next load, in another
 * instance: the badge's question to the background (answered once the badge is in the page),
 * the page's own scripts after the load (the renderer idle) and any request to the wiki.
 */
async function settled(page: Page, wiki: LocalWiki, withBadge: boolean): Promise<void> {
  if (withBadge) await page.locator('wiki-wayfinder-badge').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  await frontQuiet(wiki, 50);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

type Slice = TraceEvent & { dur: number };

/**
 * The content script's main-thread time in one trace. The renderer's top-level tasks that exist
 * for the script count whole: its injection (the evaluation of the script, with its isolated
 * world set up), its timers, and the delivery of the background's answers to its messages (the
 * extension's message port), whose callbacks run in that task's microtasks. In the tasks of
 * events the page dispatches anyway, such as its load event, only the script's listeners count.
 */
function contentScriptTaskMs(events: readonly TraceEvent[], extensionId: string): number {
  const slices = events.filter((event): event is Slice => event.ph === 'X' && event.dur !== undefined);
  const origin = `chrome-extension://${extensionId}/`;
  const fromScript = (event: Slice) => event.args?.data?.url?.startsWith(origin) === true;
  const evaluation = (event: Slice) => event.name === 'EvaluateScript' && fromScript(event);
  // A call into one of the script's functions: a listener, a timer.
  const callback = (event: Slice) => event.name === 'FunctionCall' && fromScript(event);
  const threadOf = (event: Slice) => `${event.pid}/${event.tid}`;
  const threads = new Set(slices.filter(evaluation).map(threadOf));
  const portDelivery = (event: Slice) =>
    event.name === 'Receive mojo message' && threads.has(threadOf(event)) && event.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('extensions.mojom.MessagePort') === true;

  const tasks = slices.filter((event) => event.name === 'RunTask' && threads.has(threadOf(event)));
  const taskOf = (event: Slice) => tasks.find((task) => threadOf(task) === threadOf(event) && task.ts <= event.ts && task.ts + task.dur >= event.ts + event.dur);
  const within = (outer: Slice, test: (event: Slice) => boolean) =>
    slices.filter((event) => threadOf(event) === threadOf(outer) && event.ts >= outer.ts && event.ts + event.dur <= outer.ts + outer.dur && test(event));

  let total = 0;
  const counted = new Set<Slice>();
  for (const event of slices.filter((candidate) => evaluation(candidate) || callback(candidate) || portDelivery(candidate))) {
    const task = taskOf(event);
    if (task === undefined) {
      total += event.dur;
      continue;
    }
    if (counted.has(task)) continue;
    counted.add(task);
    const dispatches = within(task, (inner) => inner.name === 'EventDispatch');
    const listeners = within(task, callback).filter((call) => dispatches.some((dispatch) => dispatch.ts <= call.ts && dispatch.ts + dispatch.dur >= call.ts + call.dur));
    const forTheScript = within(task, (inner) => evaluation(inner) || portDelivery(inner)).length > 0 || listeners.length === 0;
    total += forTheScript ? task.dur : listeners.reduce((sum, listener) => sum + listener.dur, 0);
  }
  return total / 1000;
}

async function traced(session: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are the JSON objects of the trace format.
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  // Without V8's own category: its events (one for every DOM wrapper it creates, every compile)
  // cost time in the very tasks measured, and the script's calls are known by their URL anyway.
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
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
 * it, after warm-up loads in each (the wiki's PHP workers and every HTTP cache warm). Each round
 * loads once in each instance, in turn, the rounds cycling through every order of the three so
 * that each comes first, and after each other, equally often. Rounds go on until the interval
 * of the ratio is within ±precision, or the time is up: as for a fixed-width sequential interval,
 * the stopping rule looks at the interval's width only, never at where the estimate lies. The two plain
 * instances measured against each other give the method's own noise on this machine. Then
 * traced loads with the extension for the content script's main-thread time.
 */
export async function measurePageLoad(options: PageLoadOptions): Promise<PageLoadResult> {
  const { wiki, extensionDir, precision } = options;
  const url = metaUrl(loadTestTitle);
  const launch = { frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash };
  const contexts = await Promise.all([launchWithoutExtension(launch), launchWithoutExtension(launch), launchWithExtension({ ...launch, extensionDir })]);
  try {
    const extensionId = await extensionIdOf(contexts[2]);
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    const load = async (index: number) => {
      const time = await loadTimeMs(pages[index]!, url);
      await settled(pages[index]!, wiki, index === 2);
      return time;
    };
    for (let warmUp = 0; warmUp < 2; warmUp++) for (let index = 0; index < pages.length; index++) await load(index);
    await frontQuiet(wiki);

    const orders = permutations([0, 1, 2]);
    const rounds: LoadRound[] = [];
    const start = Date.now();
    const deadline = start + options.budgetSeconds * 1000;
    while (rounds.length < options.rounds.max) {
      const times: number[] = [];
      for (const index of orders[rounds.length % orders.length]!) times[index] = await load(index);
      rounds.push({ plainA: times[0]!, plainB: times[1]!, extended: times[2]! });
      if (rounds.length < options.rounds.min) continue;
      if (relativeHalfWidth(loadRatios(rounds).ratio) <= precision || Date.now() >= deadline) break;
    }
    const measuringSeconds = (Date.now() - start) / 1000;

    const session = await contexts[2].newCDPSession(pages[2]!);
    const contentScriptSamplesMs: number[] = [];
    for (let run = 0; run < options.tracedLoads; run++) contentScriptSamplesMs.push(await contentScriptSample(pages[2]!, session, extensionId, url));
    await session.detach();
    const { ratio, control } = loadRatios(rounds);
    return {
      title: loadTestTitle,
      rounds: rounds.length,
      measuringSeconds,
      precision,
      budgetSeconds: options.budgetSeconds,
      withoutExtensionMs: median(rounds.flatMap((round) => [round.plainA, round.plainB])),
      withExtensionMs: median(rounds.map((round) => round.extended)),
      ratio,
      controlRatio: control,
      contentScriptMs: median(contentScriptSamplesMs),
      contentScriptSamplesMs,
    };
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}
