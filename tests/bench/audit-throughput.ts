import type { BrowserContext, Page } from '@playwright/test';
import type { AuditInput } from '../../utils/audit/audit-input';
import type { LocalWiki } from '../wiki/local-wiki';
import { frontQuiet } from './front-quiet';
import { clearExtensionCache } from './panel-driver';

export interface AuditThroughputRow {
  /** The input in words, as the report shows it. */
  input: string;
  latencyMs: number;
  pages: number;
  /** Action API requests the front saw during the run. */
  requests: number;
  elapsedMs: number;
  /** Heap of the side panel page open beside the audit, after it (issue 15: ≤ 15 MB after a 1,000-page audit). */
  panelHeapBytes: number;
}

const apiPath = '/w/api.php';

/**
 * Runs one audit in the real background, as the audit page would start it (over its port), from
 * an extension page, and waits for the run to be done. Returns the rows and the run's own time.
 */
async function runAudit(page: Page, input: AuditInput): Promise<{ rows: number; elapsedMs: number; state: string }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    (auditInput) =>
      new Promise<{ rows: number; elapsedMs: number; state: string }>((resolve, reject) => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { connect(info: { name: string }): { postMessage(message: unknown): void; disconnect(): void; onMessage: { addListener(listener: (message: { type: string; run?: { id: string; state: string; rows: number } | null }) => void): void } } } };
        };
        const port = chrome.runtime.connect({ name: 'wayfinder-audit' });
        const started = performance.now();
        let runId: string | null = null;
        const timer = setTimeout(() => reject(new Error('the audit did not finish within 5 minutes')), 300_000);
        port.onMessage.addListener((message) => {
          const run = message.run;
          if (message.type === 'refused') reject(new Error(JSON.stringify(message)));
          if (run === undefined || run === null) return;
          if (runId === null && message.type === 'snapshot' && run.state === 'running') runId = run.id;
          if (run.id === runId && (run.state === 'done' || run.state === 'cancelled' || run.state === 'waiting')) {
            clearTimeout(timer);
            port.disconnect();
            resolve({ rows: run.rows, elapsedMs: performance.now() - started, state: run.state });
          }
        });
        port.postMessage({ type: 'start', input: auditInput });
      }),
    input,
  );
}

async function heapOf(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}

/**
 * Each input audited once with the extension's cache emptied just before and `latencyMs` added
 * to every request at the wiki's front, with a side panel page open in the same browser whose heap
 * is read after the run.
 */
export async function measureAuditThroughput(options: {
  context: BrowserContext;
  extensionId: string;
  wiki: LocalWiki;
  inputs: { label: string; input: AuditInput }[];
  latencyMs: number;
}): Promise<AuditThroughputRow[]> {
  const { context, extensionId, wiki, inputs, latencyMs } = options;
  const page = await context.newPage();
  const panel = await context.newPage();
  const rows: AuditThroughputRow[] = [];
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?url=${encodeURIComponent('https://meta.wikimedia.org/wiki/Community_Engagement')}`);
    await frontQuiet(wiki);
    for (const { label, input } of inputs) {
      await clearExtensionCache(page);
      await frontQuiet(wiki, 300);
      wiki.front.reset();
      wiki.front.setLatency(latencyMs);
      const result = await runAudit(page, input);
      if (result.state !== 'done') throw new Error(`the audit of ${label} stopped ${result.state}`);
      const requests = wiki.front.snapshot().log.filter((entry) => entry.url.startsWith(apiPath)).length;
      wiki.front.setLatency(0);
      rows.push({ input: label, latencyMs, pages: result.rows, requests, elapsedMs: result.elapsedMs, panelHeapBytes: await heapOf(panel) });
    }
  } finally {
    wiki.front.setLatency(0);
    await Promise.all([page.close(), panel.close()]);
  }
  return rows;
}
