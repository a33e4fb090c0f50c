import type { Page } from '@playwright/test';
import type { AuditInput } from '../../../utils/audit/audit-input';

export interface RunSeen {
  id: string;
  state: string;
  rows: number;
  expected: number | null;
  requests: number;
  failures: unknown[];
  error: string | null;
}

/**
 * Test-side access to the real background's audit, over the audit page's own port from an
 * extension page: what the audit page does, without its interface in the way. The page keeps
 * every update it is sent in `__auditUpdates`.
 */
export async function connectAudit(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as {
      __auditPort?: { postMessage(message: unknown): void };
      __auditUpdates?: unknown[];
      chrome: { runtime: { connect(info: { name: string }): { postMessage(message: unknown): void; onMessage: { addListener(listener: (message: unknown) => void): void } } } };
    };
    const updates: unknown[] = [];
    scope.__auditUpdates = updates;
    const port = scope.chrome.runtime.connect({ name: 'wayfinder-audit' });
    port.onMessage.addListener((message) => updates.push(message));
    scope.__auditPort = port;
  });
}

export async function sendAudit(page: Page, command: { type: 'start'; input: AuditInput } | { type: 'pause' | 'resume' | 'cancel' | 'retry-failed' }): Promise<void> {
  await page.evaluate((message) => (globalThis as unknown as { __auditPort: { postMessage(message: unknown): void } }).__auditPort.postMessage(message), command);
}

/** The run as the latest update describes it, and every row the updates carried so far (snapshot rows, then added ones). */
export async function auditSeen(page: Page): Promise<{ run: RunSeen | null; titles: string[] }> {
  return page.evaluate(() => {
    const updates = (globalThis as unknown as { __auditUpdates: { type: string; run?: RunSeen | null; rows?: { title: string }[]; added?: { title: string }[] }[] }).__auditUpdates;
    let run: RunSeen | null = null;
    let titles: string[] = [];
    for (const update of updates) {
      if (update.type === 'snapshot') titles = (update.rows ?? []).map((row) => row.title);
      if (update.type === 'progress') titles.push(...(update.added ?? []).map((row) => row.title));
      if (update.run !== undefined) run = update.run;
    }
    return { run, titles };
  });
}

/**
 * Starts a run and waits until the updates describe it, not the run stored before (which the
 * snapshot on connecting carried), so what a test reads next is about the new run.
 */
export async function startAudit(page: Page, input: AuditInput): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as { __auditUpdates: unknown[] }).__auditUpdates.length > 0);
  const before = (await auditSeen(page)).run?.id ?? null;
  await sendAudit(page, { type: 'start', input });
  await page.waitForFunction((previous) => {
    const updates = (globalThis as unknown as { __auditUpdates: { run?: { id: string } | null }[] }).__auditUpdates;
    const latest = updates.findLast((update) => update.run !== undefined)?.run;
    return latest != null && latest.id !== previous;
  }, before);
}
