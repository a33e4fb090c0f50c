import type { BenchResults } from './bench-results';
import { formatKilobytes, sizeBudgets } from './bundle-sizes';
import { firstScreenGoalMs } from './first-screen';
import { auditRequestsGoal, evaluateGoals, megabyte, perThousandPages } from './goals';
import { formatRatio } from './load-ratio';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The measured tables, shared by the console output and docs/PERFORMANCE.md. */
export function resultTables(results: BenchResults): Record<string, { headers: string[]; rows: (string | number)[][] }> {
  const { sizes, resolver, ownerLatency, coldViews, session, pageLoad, audit, firstScreens } = results;
  return {
    sizes: {
      headers: ['entry', 'gzip JS at start', 'files', 'budget', 'lazy (import())'],
      rows: sizes.map((size) => {
        const budget = sizeBudgets[size.entry];
        return [size.entry, formatKilobytes(size.gzipBytes), size.files.length, budget === undefined ? '—' : formatKilobytes(budget), size.lazyGzipBytes === 0 ? '—' : formatKilobytes(size.lazyGzipBytes)];
      }),
    },
    resolver: {
      headers: ['titles', 'rules', 'rule index', 'linear scan', 'index speed-up', 'full instant resolve'],
      rows: [
        [
          resolver.titles,
          resolver.rules,
          `${ms(resolver.indexedMs)} (${((resolver.indexedMs * 1000) / resolver.titles).toFixed(2)} µs/title)`,
          `${ms(resolver.linearMs)} (${((resolver.linearMs * 1000) / resolver.titles).toFixed(2)} µs/title)`,
          `${resolver.ratio.toFixed(1)} ×`,
          `${ms(resolver.resolveMs)} (${((resolver.resolveMs * 1000) / resolver.titles).toFixed(2)} µs/title)`,
        ],
      ],
    },
    ownerLatency: {
      headers: ['title', 'cache', 'front adds', 'API round trip', 'page-facts round trip', 'median to owner', 'ratio to round trip', 'goal', 'samples'],
      rows: ownerLatency.map((row) => [
        row.kind === 'rule' ? 'rule match' : 'needs page facts',
        row.cache,
        `${row.addedLatencyMs} ms`,
        ms(row.roundTripMs),
        row.factsRoundTripMs === null ? '—' : ms(row.factsRoundTripMs),
        ms(row.medianMs),
        `${row.ratio.toFixed(2)}`,
        `≤ ${ms(row.goalMs)}${row.medianMs <= row.goalMs ? ' ✓' : ' ✗'}`,
        row.samplesMs.map((sample) => sample.toFixed(0)).join(', '),
      ]),
    },
    coldViews: {
      headers: ['page', 'Action API requests', 'sequential round trips'],
      rows: coldViews.map((row) => [row.title, row.requests, row.sequentialRoundTrips]),
    },
    session: {
      headers: ['pass', 'page views', 'Action API requests', 'per page view', 'of which registry page reads'],
      rows: (['cold', 'warm'] as const).map((pass) => [
        pass === 'cold' ? 'cold start (fresh profile)' : 'warm (same pages again)',
        session[pass].views,
        session[pass].apiRequests,
        session[pass].perView.toFixed(2),
        session[pass].registryRequests,
      ]),
    },
    pageLoad: {
      headers: ['page', 'rounds', 'without extension', 'with extension', 'ratio', 'A/A control', 'content script main thread', 'samples'],
      rows: [
        [
          pageLoad.title,
          `${pageLoad.rounds} (${pageLoad.measuringSeconds.toFixed(0)} s)`,
          ms(pageLoad.withoutExtensionMs),
          ms(pageLoad.withExtensionMs),
          formatRatio(pageLoad.ratio),
          formatRatio(pageLoad.controlRatio),
          ms(pageLoad.contentScriptMs),
          pageLoad.contentScriptSamplesMs.map((sample) => sample.toFixed(2)).join(', '),
        ],
      ],
    },
    heap: {
      headers: ['JS heap used', 'JS heap total', 'after'],
      rows: [[`${(session.heapUsedBytes / megabyte).toFixed(1)} MB`, `${(session.heapTotalBytes / megabyte).toFixed(1)} MB`, `${session.cold.views + session.warm.views} page views, forced GC`]],
    },
    audit: {
      headers: ['input', 'front adds', 'pages', 'Action API requests', 'requests per 1,000 pages', 'elapsed', 'time per 1,000 pages', 'side panel heap after'],
      rows: audit.map((row) => {
        const perThousand = perThousandPages(row.requests, row.pages);
        return [
          row.input,
          `${row.latencyMs} ms`,
          row.pages,
          row.requests,
          `${perThousand.toFixed(1)} (≤ ${auditRequestsGoal}${perThousand <= auditRequestsGoal ? ' ✓' : ' ✗'})`,
          `${(row.elapsedMs / 1000).toFixed(2)} s`,
          `${(perThousandPages(row.elapsedMs, row.pages) / 1000).toFixed(2)} s`,
          `${(row.panelHeapBytes / megabyte).toFixed(1)} MB`,
        ];
      }),
    },
    firstScreens: {
      headers: ['page', 'opens on', 'first paint', 'first screen', 'goal', 'everything drawn', 'samples'],
      rows: firstScreens.map((row) => [
        row.page,
        row.state,
        ms(row.firstPaintMs),
        ms(row.firstScreenMs),
        `≤ ${ms(firstScreenGoalMs)}${row.firstScreenMs <= firstScreenGoalMs ? ' ✓' : ' ✗'}`,
        ms(row.everythingMs),
        row.firstScreenSamplesMs.map((sample) => sample.toFixed(0)).join(', '),
      ]),
    },
  };
}

export function printResults(results: BenchResults): void {
  const tables = resultTables(results);
  for (const [name, { headers, rows }] of Object.entries(tables)) {
    console.log(`\n${name}`);
    console.table(rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index]]))));
  }
  console.log('\ngoals');
  console.table(evaluateGoals(results).map(({ goal, target, measured, met }) => ({ goal, target, measured, status: met ? 'met' : 'NOT MET' })));
}

/** docs/PERFORMANCE.md: what was measured, on what, against which goals. */
export function performanceMarkdown(results: BenchResults): string {
  const { machine } = results;
  const tables = resultTables(results);
  const render = (name: keyof ReturnType<typeof resultTables>) => table(tables[name]!.headers, tables[name]!.rows);
  const goals = evaluateGoals(results);
  const gaps = goals.filter((goal) => !goal.met);
  return `# Performance

Measured by \`npm run bench\` (tests/bench/run.ts), which writes this file; do not edit it by hand.
Sizes are exact. Timings are medians (${plural(results.runs.ownerLatency, 'sample')} per latency cell; page loads until the
ratio's 95 % interval is within ±${(results.pageLoad.precision * 100).toFixed(0)} %, ${plural(results.pageLoad.rounds, 'round')} this time) on the machine below, and vary between machines and runs. CI enforces the size
budgets with \`tests/bench/size-budget.ts\` and runs \`npm run bench:quick\` to prove that every
row still measures; timings are reported, not asserted.${results.quick ? '\n\n**Quick mode**: fewer runs and a shorter session; use `npm run bench` for the figures to keep.' : ''}

## Machine

${table(
  ['CPU', 'cores', 'memory', 'Node', 'Chromium', 'date', 'load average (start → end)'],
  [[machine.cpu, machine.cores, `${machine.memoryGiB} GiB`, machine.node, machine.chromium, machine.date, `${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)}`]],
)}

The load average counts other work on the machine; with it above the number of cores, timings
come out slower and more spread than the extension alone would make them.

## Goals

${table(
  ['goal', 'target', 'measured', 'status'],
  goals.map((goal) => [goal.goal, goal.target, goal.measured, goal.met ? 'met' : 'not met (below)']),
)}
${gaps.length === 0 ? '\nEvery goal is met.\n' : `\n${gaps.map((goal) => `- **${goal.goal}**: ${goal.plan}`).join('\n')}\n`}
## JavaScript per entry (gzip)

${render('sizes')}

gzip -9 of each file, summed over the files an entry loads at start: for a page, its script, its
\`modulepreload\` links and everything they import statically; chunks reached only through
\`import()\` are counted apart as lazy. 1 KB = 1,000 bytes. Chrome build (\`chrome-mv3\`).

## Resolver

${render('resolver')}

The rule index against a scan of every rule, same answers checked for every title first
(tests/bench/resolver.bench.ts): synthetic registry of ${results.resolver.rules} rules, best of several runs.

## Owner on screen after a URL change

${render('ownerLatency')}

The panel page open without \`?url\` in one tab, a wiki tab of the same window in front of it,
navigated by the benchmark. Times run from the panel's \`wayfinder:url-change\` mark (it has
learnt the new URL) to its \`wayfinder:owner-shown\` mark (it has rendered that URL's owner, or
its final "unknown"). *Cold*: the extension's cache emptied just before; *warm*: the same page
again after leaving it. The wiki's front adds the given latency to every request, the tab's
own page loads included. *API round trip*: the cheapest Action API query, fetched from the panel
at that latency; the ratio is against it. *Page-facts round trip*: the request the owner of such
a title waits for (the view's first Action API request), timed at the wiki's front; the goal for
these titles is that round trip + 15 ms, as the local PHP server answers that query more slowly
than the cheapest one. Rule titles are those the built-in registry owns from the URL alone;
redirects are left out (the page rewrites the tab's URL to the target once loaded).

## A cold view: requests and round trips

${render('coldViews')}

Pages whose team the URL names, each viewed once with the extension's cache emptied just before
and 100 ms added to every request at the wiki's front (tests/bench/cold-view.ts). *Sequential
round trips*: the longest chain of requests in which each was sent only after another had been
answered, read from the front's log.

## Requests per page view

${render('session')}

A fresh browser profile (the extension just installed) with the panel following one tab through
${results.session.pages} Meta-like pages of the local wiki (tests/bench/session-pages.ts), each
until the panel's answer is complete, then the same pages again. Every request to
\`/w/api.php\` at the wiki's front counts, the in-page badge's and the refresh at install included.

## Page load and content script

${render('pageLoad')}

Load time: navigation start to the end of the load event, in three Chromium instances (two
without the extension, one with it), after warm-up loads in each. A round loads once in each
instance, in turn, the rounds cycling through all six orders; after each load the next waits
for the badge, the page's idle and the wiki's front to be quiet. *Ratio*: the median over rounds
of the load with the extension against the round's two without it (geometric mean), with a
distribution-free 95 % interval (order statistics of the median); rounds go on until that
interval is within ±${(results.pageLoad.precision * 100).toFixed(0)} % or for at most ${results.pageLoad.budgetSeconds} s. The *A/A control* is one
instance without the extension against the other, read the same way: the method's own bias and
noise on this machine, against which the ratio is to be read. Content script: Chrome DevTools
Protocol tracing of ${plural(results.runs.pageLoad, 'load')} with the extension, adding up the renderer's top-level tasks
that ran the script's code (its evaluation, with the isolated world set up, and each callback
into its world).

## Side panel heap

${render('heap')}

\`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` on the panel page after both passes
of the session.

## Category audit

${render('audit')}

The generated category tree (tests/wiki/generated-pages.ts) audited whole, every page with its
facts, as the audit page starts a run: over the background's audit port, from an extension page,
with the extension's cache emptied just before and the given latency added to every request at
the wiki's front (tests/bench/audit-throughput.ts). *Elapsed*: from the start command to the
run's state \`done\`. A side panel page is open in the same browser throughout; its heap is read
as above after the run.

## First screen of the directory and the audit page

${render('firstScreens')}

Each page opened once, then ${plural(results.runs.firstScreen, 'time')} more in a new tab each, with the
background already running (warm); medians (tests/bench/first-screen.ts). Times run from the
navigation's start. *First paint*: the first paint with text, the page's header
(\`first-contentful-paint\`). *First screen*: what the page opens on complete, which both pages mark
with \`aria-busy="false"\` on their main element: the directory with its search and its lineage
diagram (its team cards lie below them, and are built once that screen is drawn), the audit page
with its form and its run or that there is none; timed at the first paint, or at the frame after
that when it completes later. *Everything drawn*: the same once no element is busy any more, the
directory's cards included. The audit page is opened before any run and again after the audit
above, when it shows that run's rows.

## What keeps the side panel small

- The panel resolves nothing itself: the background streams finished reports over a port, so
  the registry, the resolver and zod stay out of it (utils/report/client.ts).
- No zod at all in the panel. Even zod's mini build shares its core module with the registry's
  classic schemas in the pages' common chunk, so one \`zod/mini\` import (the settings schema,
  or zod's \`config\` alone) brought 4 to 15 KB of validation code. The panel gets its settings
  validated by the background over a port (entrypoints/background/settings-port.ts), skips
  utils/browser/zod-jitless.ts (it builds no schema), and the constant and link check it needs
  from the registry live in zod-free modules (utils/registry/default-wiki.ts, link-hosts.ts).
- Parameters and PLURAL are formatted by utils/i18n/format-message.ts (CLDR rules through
  Intl.PluralRules, checked against banana-i18n for every shipped message); banana-i18n itself,
  about 11 KB, is loaded only for a language whose messages use more of MediaWiki's syntax
  (utils/i18n/load-translator.ts), which none of the shipped ones does.
- English messages are bundled; every other language is a chunk loaded when the interface
  speaks it (utils/i18n/message-files.ts): each translation would otherwise add about 4 KB.
  The team directory's, the options page's and the popup's messages are message groups of
  their own (i18n/directory/, about 1.3 KB of English; i18n/options/, about 0.5 KB;
  i18n/popup/, about 0.4 KB), each bundled by its page only (utils/i18n/directory-messages.ts,
  options-messages.ts, popup-messages.ts).
- Module preload for static imports only (wxt.config.ts \`build.modulePreload\`): a page's HTML
  names the chunks it imports, so they are read at once; dynamic imports get no list, as Vite's
  helper fetching a lazy chunk's imports ahead of it saves nothing when the files are the
  extension's own, and its polyfill is left out (about 0.3 KB gzip a page).
- webextension-polyfill is built into the background only (wxt.config.ts); the pages and the
  content script use the browser's own promise-based API.
`;
}
