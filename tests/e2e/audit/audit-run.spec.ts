import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { AuditInput } from '../../../utils/audit/audit-input';
import { auditFixtureCategory, auditFixtureTotal } from '../../wiki/generated-pages';
import { frontQuiet } from '../../bench/front-quiet';
import { extensionDir, extensionIdOf, launchChromium } from '../browser';
import { expect, metaUrl, panelSettled, test } from '../fixtures';
import { auditSeen, connectAudit, sendAudit, startAudit } from './audit-driver';

/** The generated category tree on the local wiki (tests/wiki/generated-pages.ts), every level of it. */
const categoryAudit: AuditInput = { kind: 'category', host: 'meta.wikimedia.org', category: auditFixtureCategory, depth: 5 };
const apiRequests = (log: { url: string }[]) => log.filter((entry) => entry.url.startsWith('/w/api.php') && !decodeURIComponent(entry.url).includes('Registry.json')).length;

async function auditPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await connectAudit(page);
  return page;
}

async function rowsReach(page: Page, rows: number): Promise<void> {
  await expect.poll(async () => (await auditSeen(page)).run?.rows ?? 0, { timeout: 60_000 }).toBeGreaterThanOrEqual(rows);
}

async function stateIs(page: Page, state: string, timeout = 90_000): Promise<void> {
  await expect.poll(async () => (await auditSeen(page)).run?.state, { timeout }).toBe(state);
}

/** Every page of the tree has exactly one row. */
async function expectEveryPageOnce(page: Page): Promise<void> {
  const { run, titles } = await auditSeen(page);
  expect(run?.rows).toBe(auditFixtureTotal);
  expect(titles).toHaveLength(auditFixtureTotal);
  expect(new Set(titles).size).toBe(auditFixtureTotal);
  expect(run?.failures).toEqual([]);
}

test.describe('an audit of a 1,000-page category tree, run by the background', () => {
  test.setTimeout(180_000);
  test.afterEach(({ wiki }) => {
    wiki.front.clearFaults();
    wiki.front.setLatency(0);
  });

  test('reads every page once, within 25 requests per 1,000 pages', async ({ extensionContext, extensionId, wiki, clearCache }) => {
    await clearCache();
    const page = await auditPage(extensionContext, extensionId);
    wiki.front.reset();
    await startAudit(page, categoryAudit);
    await stateIs(page, 'done');
    await expectEveryPageOnce(page);
    const requests = apiRequests(wiki.front.snapshot().log);
    expect(requests).toBeLessThanOrEqual(Math.ceil((25 * auditFixtureTotal) / 1000));
    expect(wiki.front.snapshot().maxInFlight).toBeLessThanOrEqual(3);
    await page.close();
  });

  test('loses no row through a 429 storm and the wiki going away and coming back', async ({ extensionContext, extensionId, wiki, clearCache }) => {
    await clearCache();
    const page = await auditPage(extensionContext, extensionId);
    // A wiki far away: the local one answers a batch in milliseconds, and the run would end
    // before the faults below could meet it.
    wiki.front.setLatency(400);
    await startAudit(page, categoryAudit);
    await rowsReach(page, 200);
    wiki.front.injectFault({ kind: '429', match: /^\/w\/api\.php/, count: 8, retryAfterSeconds: 1 });
    await rowsReach(page, 500);
    wiki.front.injectFault({ kind: 'down', match: /^\/w\/api\.php/ });
    // The run says why it waits, keeps what it has, and tries again by itself once the wiki is back.
    await stateIs(page, 'waiting');
    const waiting = (await auditSeen(page)).run!;
    expect(waiting.error).not.toBeNull();
    expect(waiting.rows).toBeGreaterThanOrEqual(500);
    wiki.front.clearFaults();
    await stateIs(page, 'done');
    await expectEveryPageOnce(page);
    await page.close();
  });

  test("leaves the panel's requests room: a panel opened mid-run answers while the audit goes on", async ({ extensionContext, extensionId, wiki, clearCache, openPanel }) => {
    await clearCache();
    const page = await auditPage(extensionContext, extensionId);
    wiki.front.setLatency(300);
    await startAudit(page, categoryAudit);
    await rowsReach(page, 100);
    const panel = await openPanel(metaUrl('Grants:IEG/Audit fixture 0001'));
    await panelSettled(panel);
    await expect(panel.locator('.wf-owner__team')).toContainText('Community Resources');
    // The panel answered before the audit ended: it did not wait for the audit's queue.
    expect((await auditSeen(page)).run?.state).toBe('running');
    expect(wiki.front.snapshot().maxInFlight).toBeLessThanOrEqual(3);
    await sendAudit(page, { type: 'cancel' });
    await stateIs(page, 'cancelled');
    await Promise.all([panel.close(), page.close()]);
  });

  test('pauses, resumes, and goes on after its page is closed', async ({ extensionContext, extensionId, wiki, clearCache }) => {
    await clearCache();
    const first = await auditPage(extensionContext, extensionId);
    await startAudit(first, categoryAudit);
    await rowsReach(first, 100);
    await sendAudit(first, { type: 'pause' });
    await stateIs(first, 'paused');
    const paused = (await auditSeen(first)).run!.rows;
    // Paused means no requests: the front falls quiet (it would not, with batches still going),
    // and no row comes in meanwhile.
    await frontQuiet(wiki, 1500, 20_000);
    expect((await auditSeen(first)).run).toMatchObject({ state: 'paused', rows: paused });
    await sendAudit(first, { type: 'resume' });
    await rowsReach(first, paused + 100);
    await first.close();

    const second = await auditPage(extensionContext, extensionId);
    await stateIs(second, 'done');
    await expectEveryPageOnce(second);
    await second.close();
  });

  test('goes on from storage after the browser is closed mid-run', async ({ wiki }) => {
    const profile = await mkdtemp(path.join(tmpdir(), 'wiki-wayfinder-audit-'));
    const launch = () => launchChromium({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash }, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`], profile);
    try {
      const before = await launch();
      const extensionId = await extensionIdOf(before);
      const page = await auditPage(before, extensionId);
      await startAudit(page, categoryAudit);
      await rowsReach(page, 150);
      await before.close();

      const after = await launch();
      const again = await auditPage(after, await extensionIdOf(after));
      await stateIs(again, 'done');
      await expectEveryPageOnce(again);
      await after.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});
