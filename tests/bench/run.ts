import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/browser';
import { startLocalWiki, type LocalWiki } from '../wiki/local-wiki';
import type { BenchResults } from './bench-results';
import { measureEntries } from './bundle-sizes';
import { describeMachine } from './machine';
import { measureColdViews, type ColdViewRow } from './cold-view';
import { measureOwnerLatency, type OwnerLatencyRow } from './owner-latency';
import { measurePageLoad } from './page-load';
import { performanceMarkdown, printResults } from './performance-report';
import { measureSession } from './request-session';
import { runResolverBench } from './resolver.bench';
import { sessionPages } from './session-pages';

/**
 * `npm run bench` (tsx tests/bench/run.ts [--quick]): builds the extension into its own folder,
 * measures sizes, the resolver, the owner's latency in the panel, requests per page view, page
 * load, the content script's main-thread time and the panel's heap, prints the tables and writes
 * docs/PERFORMANCE.md. `--quick` runs every row with fewer runs and a shorter session, to prove
 * the benchmark works (CI), and writes test-results-bench/performance-quick.md instead.
 */
const quick = process.argv.includes('--quick');
const runs = { ownerLatency: quick ? 1 : 5, pageLoad: quick ? 3 : 25 };
// Page loads vary by several per cent from one to the next: the rounds go on until the ratio's
// interval is within ±1 %, the goal's own margin, or for at most 150 s (2 cores: about 150
// rounds). Quick mode runs the fewest rounds that give an interval at all.
const pageLoadRounds = quick ? { min: 6, max: 6 } : { min: 30, max: Number.POSITIVE_INFINITY };
const sessionLength = quick ? 12 : 50;
const outputDir = '.output-bench';
const reportFile = quick ? 'test-results-bench/performance-quick.md' : 'docs/PERFORMANCE.md';

function build(): string {
  console.log(`Building the Chrome extension into ${outputDir}/ …`);
  const result = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8', env: { ...process.env, WAYFINDER_OUT_DIR: outputDir } });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return path.resolve(outputDir, 'chrome-mv3');
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const { product } = await session.send('Browser.getVersion');
  await session.detach();
  return product.replace(/^(Headless)?Chrome\//, 'Chromium ');
}

/** The owner-latency and cold-view rows, in a browser of their own, which also names the Chromium version. */
async function ownerLatencyInOwnBrowser(wiki: LocalWiki, extensionDir: string): Promise<{ rows: OwnerLatencyRow[]; coldViews: ColdViewRow[]; chromium: string }> {
  const context = await launchWithExtension({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash, extensionDir });
  try {
    const chromium = await chromiumVersion(context);
    const extensionId = await extensionIdOf(context);
    const rows = await measureOwnerLatency({ context, extensionId, wiki, pages: sessionPages(50), runs: runs.ownerLatency });
    const coldViews = await measureColdViews({ context, extensionId, wiki });
    return { rows, coldViews, chromium };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const extensionDir = build();
  const sizes = measureEntries(extensionDir);
  console.log('Resolver …');
  const resolver = await runResolverBench({ quick });

  const wiki = await startLocalWiki();
  try {
    console.log('Owner latency after a URL change …');
    const { rows: ownerLatency, coldViews, chromium } = await ownerLatencyInOwnBrowser(wiki, extensionDir);
    machine.chromium = chromium;
    console.log(`Session of ${sessionLength} pages, cold then warm …`);
    const pages = sessionPages(sessionLength);
    const session = { ...(await measureSession({ wiki, extensionDir, pages })), pages: pages.length };
    console.log('Page load with and without the extension …');
    const pageLoad = await measurePageLoad({ wiki, extensionDir, rounds: pageLoadRounds, precision: 0.01, budgetSeconds: 150, tracedLoads: runs.pageLoad });

    machine.loadAverage.end = os.loadavg()[0] ?? 0;
    const results: BenchResults = { quick, machine, runs, sizes, resolver, ownerLatency, coldViews, session, pageLoad };
    printResults(results);
    mkdirSync(path.dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, performanceMarkdown(results));
    console.log(`\nWrote ${reportFile}`);
  } finally {
    await wiki.stop();
  }
}

await main();
