import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditInput } from '../../utils/audit/audit-input';
import { frontQuiet } from '../bench/front-quiet';
import { auditFixtureCategory, auditFixtureTotal } from '../wiki/generated-pages';
import { startLocalWiki, type LocalWiki } from '../wiki/local-wiki';
import { extensionOrigin, launchFirefox } from './firefox';
import { createSession, eventually } from './session';

/**
 * The audit in Firefox's background page (MV2, a persistent page rather than a service worker):
 * the 1,000-page tree read within its request budget, and a run that goes on from storage after
 * the whole extension restarts mid-run.
 */

let wiki: LocalWiki;
let browser: Browser;
const { open, closeOpened, pageErrors } = createSession(() => browser);
const categoryAudit: AuditInput = { kind: 'category', host: 'meta.wikimedia.org', category: auditFixtureCategory, depth: 5 };

interface Seen {
  run: { id: string; state: string; rows: number; failures: unknown[] } | null;
  titles: string[];
}

type AuditGlobal = {
  __auditUpdates: { type: string; run?: Seen['run']; rows?: { title: string }[]; added?: { title: string }[] }[];
  __auditPort: { postMessage(message: unknown): void };
  browser: { runtime: { connect(info: { name: string }): { postMessage(message: unknown): void; onMessage: { addListener(listener: (message: unknown) => void): void } }; reload(): void } };
};

/**
 * An extension page holding the audit port, keeping every update it is sent, as the audit page
 * does. The team directory, as it sends the background no message of its own: the options page
 * asks for the cache figures, and closing it before they come makes Firefox log an error against
 * it, which the console check then finds.
 */
async function auditPort(): Promise<Page> {
  const page = await open(`${extensionOrigin}/directory.html`);
  await page.evaluate(() => {
    const scope = globalThis as unknown as AuditGlobal;
    scope.__auditUpdates = [];
    scope.__auditPort = scope.browser.runtime.connect({ name: 'wayfinder-audit' });
    (scope.__auditPort as unknown as { onMessage: { addListener(listener: (message: unknown) => void): void } }).onMessage.addListener((message) =>
      scope.__auditUpdates.push(message as AuditGlobal['__auditUpdates'][number]),
    );
  });
  return page;
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    let run: Seen['run'] = null;
    let titles: string[] = [];
    for (const update of (globalThis as unknown as AuditGlobal).__auditUpdates) {
      if (update.type === 'snapshot') titles = (update.rows ?? []).map((row) => row.title);
      if (update.type === 'progress') titles.push(...(update.added ?? []).map((row) => row.title));
      if (update.run !== undefined) run = update.run;
    }
    return { run, titles };
  });
}

async function start(page: Page): Promise<string> {
  await eventually(async () => expect((await page.evaluate(() => (globalThis as unknown as AuditGlobal).__auditUpdates.length)) > 0).toBe(true));
  const before = (await seen(page)).run?.id ?? null;
  await page.evaluate((input) => (globalThis as unknown as AuditGlobal).__auditPort.postMessage({ type: 'start', input }), categoryAudit);
  let id = '';
  await eventually(async () => {
    id = (await seen(page)).run?.id ?? '';
    expect(id).not.toBe(before ?? '');
  });
  return id;
}

beforeAll(async () => {
  wiki = await startLocalWiki();
  ({ browser } = await launchFirefox(wiki.frontPort));
});

afterAll(async () => {
  await browser?.close();
  await wiki?.stop();
});

describe('an audit in Firefox', () => {
  test('reads the 1,000-page tree once a page, within 25 requests per 1,000 pages', async () => {
    const page = await auditPort();
    // Firefox has just started the extension, whose background refreshes the registry's team
    // pages on its own: let that end, so the count below is the audit's alone.
    await frontQuiet(wiki);
    wiki.front.reset();
    const id = await start(page);
    await eventually(async () => expect((await seen(page)).run).toMatchObject({ id, state: 'done' }), 60_000);
    const { run, titles } = await seen(page);
    expect(run?.rows).toBe(auditFixtureTotal);
    expect(new Set(titles).size).toBe(auditFixtureTotal);
    expect(titles).toHaveLength(auditFixtureTotal);
    const requests = wiki.front.snapshot().log.filter((entry) => entry.url.startsWith('/w/api.php') && !decodeURIComponent(entry.url).includes('Registry.json'));
    expect(requests.length).toBeLessThanOrEqual((25 * auditFixtureTotal) / 1000);
    expect(wiki.front.snapshot().maxInFlight).toBeLessThanOrEqual(3);
    await closeOpened();
  });

  test('goes on from storage after the extension restarts mid-run', async () => {
    wiki.front.setLatency(200);
    const page = await auditPort();
    const id = await start(page);
    await eventually(async () => expect((await seen(page)).run?.rows ?? 0).toBeGreaterThanOrEqual(150), 30_000);
    await page.evaluate(() => (globalThis as unknown as AuditGlobal).browser.runtime.reload());
    await closeOpened().catch(() => undefined);
    wiki.front.setLatency(0);
    let again: Page | undefined;
    await eventually(async () => {
      again = await auditPort();
      await eventually(async () => expect((await seen(again!)).run?.id).toBe(id), 2_000);
    }, 20_000);
    await eventually(async () => expect((await seen(again!)).run).toMatchObject({ id, state: 'done' }), 60_000);
    const { run, titles } = await seen(again!);
    expect(run?.rows).toBe(auditFixtureTotal);
    expect(titles).toHaveLength(auditFixtureTotal);
    expect(new Set(titles).size).toBe(auditFixtureTotal);
    await closeOpened();
    expect(pageErrors).toEqual([]);
  });
});
