import type { BenchResults } from './bench-results';
import { formatKilobytes, kilobyte, type EntryName } from './bundle-sizes';
import { firstScreenGoalMs } from './first-screen';
import { formatRatio, roundsForPrecision } from './load-ratio';
import { relativeHalfWidth } from './statistics';

export interface GoalOutcome {
  goal: string;
  target: string;
  measured: string;
  met: boolean;
  /** What is in the way and what would close the gap; shown only when the goal is not met. */
  plan: string;
}

export const megabyte = 1000 * 1000;
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** Page load with the extension against without (issue 15). */
const loadGoal = 1.01;
/** Issue 14: Action API requests per 1,000 pages of a category audit with page facts. */
export const auditRequestsGoal = 25;
/** Issue 15: the side panel's heap after a 1,000-page audit has run in the same browser. */
const auditHeapGoalMb = 15;

const firstScreenPlan =
  'Done this round: the directory builds its 49 team cards (about 3,800 elements) in the task after its first screen is drawn (components/directory/use-after-first-screen.ts), and lays each department out only near the viewport (content-visibility: in a trace, layout fell from 41 to 11 ms and style from 38 to 16 ms); every page names its static chunks as modulepreload links, so they are read at once (measured here: the audit page about 12 ms sooner, the directory unchanged). What is left is every page’s floor and the directory’s registry. A page’s first paint comes 105 to 120 ms after navigation start on this machine: about 24 ms to commit the navigation, then reading and evaluating over 70 KB gzip of JavaScript before anything renders. The directory then reads the registry, validating the stored on-wiki copy with zod again (about 30 ms, utils/report/registry-store.ts), and lays the lineage diagram out with dagre (about 25 ms). After a run, the audit page’s first snapshot carries every row, which the page validates with zod (utils/report/audit-watch.ts) and summarizes before its first screen. Next steps: the header and the audit form as static HTML in each page, so the first paint no longer waits for the scripts; the audit page showing its form before zod loads (the background validates every command anyway, entrypoints/background/audit-port.ts) and being sent the first page of rows first; the directory given the registry already prepared by the background, and the diagram’s layout kept per registry revision, so neither is computed on opening.';

/** Per 1,000 pages, the unit issue 14 counts an audit in. */
export const perThousandPages = (value: number, pages: number) => (value * 1000) / pages;

function sizeGoal(results: BenchResults, entry: EntryName, budgetKb: number, plan: string): GoalOutcome {
  const size = results.sizes.find((candidate) => candidate.entry === entry);
  const bytes = size?.gzipBytes ?? Number.NaN;
  return { goal: `${entry} JavaScript, gzip`, target: `≤ ${budgetKb} KB`, measured: formatKilobytes(bytes), met: bytes <= budgetKb * kilobyte, plan };
}

/** Issue 7's goals as issue 15 set them again, each judged on this run's medians. */
export function evaluateGoals(results: BenchResults): GoalOutcome[] {
  const { ownerLatency, coldViews, session, pageLoad, audit, firstScreens } = results;
  const rule = ownerLatency.filter((row) => row.kind === 'rule');
  const facts = ownerLatency.filter((row) => row.kind === 'facts');
  const worst = (rows: typeof ownerLatency, over: (row: (typeof ownerLatency)[number]) => number) =>
    rows.reduce((found, row) => (over(row) > over(found) ? row : found), rows[0]!);
  const slowestRule = worst(rule, (row) => row.medianMs);
  const slowestFacts = worst(facts, (row) => row.medianMs - row.goalMs);
  const heapMb = session.heapUsedBytes / megabyte;
  const auditRequests = audit.map((row) => ({ row, perThousand: perThousandPages(row.requests, row.pages) }));
  const auditHeapMb = Math.max(...audit.map((row) => row.panelHeapBytes / megabyte));

  return [
    sizeGoal(
      results,
      'content script',
      3,
      'The badge script is the badge, its click and its Codex-token stylesheet, as a plain script without WXT’s content-script context. Next step: move the stylesheet into a CSS file of the extension’s own, loaded into the shadow root by URL (web-accessible).',
    ),
    {
      goal: 'content script main-thread work per page load',
      target: '≤ 1.0 ms',
      measured: ms(pageLoad.contentScriptMs),
      met: pageLoad.contentScriptMs <= 1,
      plan: 'Traced here, per load of a historical page: the script’s evaluation at document_end, with its isolated world and the first use of `document` there (about 0.3 ms; an empty script takes 0.1 ms); after the load, the runtime binding and the badge-info message (about 0.6 ms); the answer’s delivery with the badge’s shadow root, stylesheet and button (about 0.7 ms, the badge itself about 0.3 ms). Only the evaluation comes before the load event, and nothing touches storage. Next step: the background sending the answer once the tab has loaded instead of the page asking (the message is about 0.3 ms of it); the runtime binding, the delivery and the shadow root would stay.',
    },
    sizeGoal(
      results,
      'side panel',
      35,
      'Run `npx wxt build --analyze` and look for a module that brings zod, the registry or a large library into the side panel’s chunks; move what the panel needs into a zod-free module, as utils/registry/default-wiki.ts and link-hosts.ts do, and load rarely used parts with import().',
    ),
    {
      goal: 'owner on screen after a URL change, title matched by a rule (no network)',
      target: '≤ 15 ms',
      measured: `${ms(slowestRule.medianMs)} (slowest median: ${slowestRule.cache}, +${slowestRule.addedLatencyMs} ms)`,
      met: rule.every((row) => row.medianMs <= row.goalMs),
      plan: 'Done this round: the panel keeps one port for its whole life (a new page is a new request on it), the background keeps the registry in memory instead of reading it from storage for every page (four storage round trips), and it pushes the instant answer to the open panels from tabs.onUpdated and tabs.onActivated (entrypoints/background/instant-push.ts), which the panel shows for the page it watches until that watch’s own answer arrives. A trace of one URL change at +100 ms (Chrome tracing, every process) shows what is left: the panel renders its loading state in the task that learns the URL (8 to 25 ms of main-thread work), its answer in another render (8 to 12 ms), and the wiki tab parsing its page and the browser process routing each message compete with both on 2 cores; the samples range from 12 to 100 ms. Next steps: render nothing for the loading state when an answer is expected within a frame, and render only what changed (the owner card), not the whole panel.',
    },
    {
      goal: 'owner on screen after a URL change, other titles',
      target: '≤ page-facts round trip + 15 ms',
      measured: `${ms(slowestFacts.medianMs)} against ${ms(slowestFacts.goalMs)} (closest to the goal: ${slowestFacts.cache}, +${slowestFacts.addedLatencyMs} ms)`,
      met: facts.every((row) => row.medianMs <= row.goalMs),
      plan: 'The background now starts the facts when the tab’s URL changes (entrypoints/background/prefetch-on-navigation.ts), so the request no longer waits for the panel’s message; after the answer come validation, the cache write (the cache stores before it answers), resolving, the report’s trip to the panel and its render. Titles with a colon in the main namespace on a cold cache wait for the wiki’s namespaces first (a second round trip, once a week per wiki). Next steps: answer before the cache write completes, and ask for the namespaces and the facts together.',
    },
    {
      goal: 'a cold view whose team the URL names: requests and sequential round trips',
      target: '≤ 3 requests, ≤ 2 round trips',
      measured: coldViews.map((row) => `${row.requests} in ${row.sequentialRoundTrips}`).join(', '),
      met: coldViews.every((row) => row.requests <= 3 && row.sequentialRoundTrips <= 2),
      plan: 'The team page and the related grants now go out with the page’s facts, and the staff’s activity follows in the second round trip: 4 requests in 2 round trips where every listed account settles on its own wiki. A missing, blocked or long-silent account is looked up on the other wikis staff work on, a third round trip (the fixture team pages list such accounts on purpose). Next step: ask the related-grants search in the team page’s own query (list=search beside it, and the page’s Grants: links through prop=links instead of a generator), which makes 3.',
    },
    {
      goal: 'Action API requests per page view, cold session',
      target: '≤ 1.0',
      measured: `${session.cold.perView.toFixed(2)} (${session.cold.apiRequests} for ${session.cold.views} views; warm ${session.warm.perView.toFixed(2)})`,
      met: session.cold.perView <= 1,
      plan: 'Each page viewed needs its own facts, one request, so 1.0 is the floor and is reached only if nothing else is asked on the way: today the related-grants searches (one per team or topic, about twenty in the session) and the staff’s activity come on top. Next steps: the search in the team page’s query (row above), and the staff of every registry team page read in the install refresh’s batches, as the team pages themselves already are.',
    },
    {
      goal: 'wiki page load time with the extension',
      target: `≤ ${loadGoal} × without, interval within ±${(pageLoad.precision * 100).toFixed(0)} %`,
      measured: `${formatRatio(pageLoad.ratio)} (${ms(pageLoad.withExtensionMs)} against ${ms(pageLoad.withoutExtensionMs)}, ${pageLoad.rounds} rounds; A/A control ${formatRatio(pageLoad.controlRatio)})`,
      // Met when the estimate is within the goal and the interval narrow enough to tell.
      met: pageLoad.ratio.value <= loadGoal && relativeHalfWidth(pageLoad.ratio) <= pageLoad.precision,
      plan: `What held the load event is gone: the badge's script ran at document_idle, which Chrome injects from the load event's own check and which the load event then waits for, with every page task queued ahead of it (a frame, MediaWiki's timers); in that task it built WXT's content-script context and the storage and runtime bindings and sent its question, whose answer the service worker computed while the page finished. It now runs at document_end, waits for the load and asks only then (traced: 0.3 ms before the load). ${
        relativeHalfWidth(pageLoad.ratio) <= pageLoad.precision
          ? ''
          : `After ${pageLoad.rounds} rounds the interval is still ±${(relativeHalfWidth(pageLoad.ratio) * 100).toFixed(1)} %: loads spread that much here, and ±${(pageLoad.precision * 100).toFixed(0)} % would take about ${roundsForPrecision(pageLoad.ratio, pageLoad.rounds, pageLoad.precision)} rounds (${((roundsForPrecision(pageLoad.ratio, pageLoad.rounds, pageLoad.precision) * pageLoad.measuringSeconds) / pageLoad.rounds / 60).toFixed(0)} minutes) on this machine. `
      }Read the ratio against the A/A control, whose interval shows the method's own bias here.`,
    },
    {
      goal: 'side panel JS heap after the session',
      target: '≤ 15 MB',
      measured: `${heapMb.toFixed(1)} MB`,
      met: heapMb <= 15,
      plan: 'Take a heap snapshot of the panel after the session (DevTools, Memory) and look for reports kept after the panel moved on: only the current page’s report should stay reachable.',
    },
    {
      goal: 'Action API requests per 1,000 pages audited, category audit with page facts',
      target: `≤ ${auditRequestsGoal}`,
      measured: auditRequests.map(({ row, perThousand }) => `${perThousand.toFixed(1)} (${row.requests} for ${row.pages} pages, +${row.latencyMs} ms)`).join(', '),
      met: auditRequests.every(({ perThousand }) => perThousand <= auditRequestsGoal),
      plan: 'Count the requests in the front’s log by kind (category members, page facts, registry pages): each generator batch of 50 members should bring its pages’ facts in the same request, and a subcategory should cost one request more, not one per page.',
    },
    {
      goal: 'side panel JS heap after a 1,000-page audit in the same browser',
      target: `≤ ${auditHeapGoalMb} MB`,
      measured: `${auditHeapMb.toFixed(1)} MB`,
      met: auditHeapMb <= auditHeapGoalMb,
      plan: 'Take a heap snapshot of the panel after the audit (DevTools, Memory): the panel should hold no audit rows, which live in the background and in storage.',
    },
    {
      goal: 'first screen of the team directory and the audit page, warm',
      target: `≤ ${firstScreenGoalMs} ms`,
      measured: firstScreens.map((row) => `${row.page} ${ms(row.firstScreenMs)} (${row.state})`).join(', '),
      met: firstScreens.every((row) => row.firstScreenMs <= firstScreenGoalMs),
      plan: firstScreenPlan,
    },
  ];
}
