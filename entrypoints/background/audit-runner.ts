import { browser } from 'wxt/browser';
import { planSources } from '../../utils/audit/audit-plan';
import type { AuditInput, AuditSource } from '../../utils/audit/audit-input';
import type { AuditRow } from '../../utils/audit/audit-row';
import type { AuditRun } from '../../utils/audit/audit-run';
import { auditStep, type AuditMemory, type AuditStepDeps } from '../../utils/audit/audit-step';
import { runAfterFailure } from '../../utils/audit/audit-failure';
import { clearAuditRun, loadAuditRows, loadAuditRun, saveAuditProgress } from '../../utils/audit/audit-store';
import type { Translator } from '../../utils/i18n/translator';
import { apiUrlOf } from '../../utils/page/resolve-site';
import type { ReportSources } from '../../utils/report/build-report';
import { failureMessage } from '../../utils/view/failures';
import { auditFilters } from '../../utils/wiki-api/audit-filters';
import { fetchAuditBatch, fetchCategorySize } from '../../utils/wiki-api/audit-pages';
import { toWikiApiFailure } from '../../utils/wiki-api/errors';
import { inBatches } from '../../utils/wiki-api/query-answer';
import type { WikiClient } from '../../utils/wiki-api/transport';

export interface AuditListener {
  snapshot(run: AuditRun | null, rows: readonly AuditRow[]): void;
  progress(run: AuditRun, added: readonly AuditRow[]): void;
}

export interface AuditRunner {
  /** Tells the listener the stored run now and every change after; returns the unsubscribe. */
  watch(listener: AuditListener): () => void;
  start(input: AuditInput): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
  retryFailed(): Promise<void>;
}

interface Context {
  client: WikiClient;
  sources: ReportSources;
  translator(): Promise<Translator>;
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * While a run reads or waits, an alarm every 30 s (Chrome's shortest) wakes the service worker
 * if it was stopped, so a run whose page is closed still ends, and a wait still ends in a retry.
 */
const wakeAlarm = 'wayfinder-audit:wake';

/**
 * The one audit of this browser, run here so that its requests share the panel's queue (at most
 * three in flight per wiki, of which the audit takes one at a time) and cache, and so that it
 * goes on after its page is closed. Every batch is stored before the next is asked: a service
 * worker stopped mid-run, or a browser closed, picks it up from storage when it starts again.
 */
export function createAuditRunner(context: Context): AuditRunner {
  /** Each watcher with the number of rows it has been sent, so a row is sent to it once however its snapshot and a batch's store interleave. */
  const listeners = new Map<AuditListener, { sent: number }>();
  let run: AuditRun | null = null;
  let rows: AuditRow[] = [];
  let rowTitles = new Set<string>();
  let memory: AuditMemory = { titles: rowTitles, teamPages: new Map() };
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let tries = 0;
  const loaded = load();

  async function load(): Promise<void> {
    run = await loadAuditRun();
    rows = run === null ? [] : await loadAuditRows(run);
    rowTitles = new Set(rows.map((row) => row.title));
    memory = { titles: rowTitles, teamPages: new Map() };
    if (run !== null && rows.length !== run.rows) run = { ...run, rows: rows.length };
    if (run?.state === 'running') void loop();
    if (run?.state === 'waiting') scheduleRetry(run);
  }

  function keepAwake(state: AuditRun['state']): void {
    if (state === 'running' || state === 'waiting') void browser.alarms.create(wakeAlarm, { periodInMinutes: 0.5 });
    else void browser.alarms.clear(wakeAlarm);
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== wakeAlarm) return;
    void loaded.then(() => {
      if (run?.state === 'running') void loop();
      else if (run?.state === 'waiting' && run.retryAt !== null && Date.parse(run.retryAt) <= Date.now()) void setState('running');
    });
  });

  async function store(next: AuditRun, added: readonly AuditRow[]): Promise<void> {
    if (next.state !== run?.state) keepAwake(next.state);
    run = next;
    rows.push(...added);
    for (const row of added) rowTitles.add(row.title);
    await saveAuditProgress(next, rows, added.length);
    for (const [listener, seen] of listeners) {
      listener.progress(next, rows.slice(seen.sent));
      seen.sent = rows.length;
    }
  }

  function sendSnapshot(listener: AuditListener): void {
    const seen = listeners.get(listener);
    if (seen === undefined) return;
    seen.sent = rows.length;
    listener.snapshot(run, rows);
  }

  async function stepDeps(current: AuditRun): Promise<AuditStepDeps> {
    const session = context.client.session(apiUrlOf(current.host), 'background');
    const [{ prepared }, names] = await Promise.all([context.sources.registry(), context.sources.siteNamespaces(current.host, new AbortController().signal)]);
    return {
      prepared,
      names,
      filters: auditFilters(prepared, current.host),
      now: () => new Date(),
      fetchBatch: (source, cursor, filters, signal) => fetchAuditBatch(session, source, cursor, filters, signal),
      teamPages: async (host, titles, signal) => {
        const before = context.client.stats(host).started;
        const fetched = await context.sources.teamPages(host, titles, signal);
        return { pages: fetched.value ?? [], requests: context.client.stats(host).started - before };
      },
    };
  }

  async function loop(): Promise<void> {
    if (controller !== null || run === null) return;
    const own = new AbortController();
    controller = own;
    try {
      const deps = await stepDeps(run);
      while (run !== null && run.state === 'running' && !own.signal.aborted) {
        try {
          const { run: next, added } = await auditStep(run, deps, memory, own.signal);
          if (own.signal.aborted) break;
          tries = 0;
          await store(next, added);
        } catch (error) {
          if (own.signal.aborted || isAbort(error)) break;
          tries += 1;
          const failure = toWikiApiFailure(error);
          const translator = await context.translator();
          const spec = failureMessage(failure, translator.language);
          const next = runAfterFailure(run, failure, translator.t(spec.key, ...spec.params), tries, new Date());
          await store(next, []);
          if (next.state === 'waiting') scheduleRetry(next);
        }
      }
    } finally {
      if (controller === own) controller = null;
    }
  }

  function scheduleRetry(waiting: AuditRun): void {
    clearTimeout(retryTimer);
    if (waiting.retryAt === null) return;
    retryTimer = setTimeout(() => {
      if (run?.id === waiting.id && run.state === 'waiting') void setState('running');
    }, Math.max(0, Date.parse(waiting.retryAt) - Date.now()));
  }

  function stopReading(): void {
    clearTimeout(retryTimer);
    controller?.abort();
    controller = null;
  }

  async function setState(state: AuditRun['state']): Promise<void> {
    await loaded;
    if (run === null) return;
    const now = new Date().toISOString();
    const over = state === 'cancelled' || state === 'done';
    await store({ ...run, state, updatedAt: now, finishedAt: over ? now : null, retryAt: null }, []);
    if (state === 'running') void loop();
  }

  return {
    watch(listener) {
      listeners.set(listener, { sent: 0 });
      void loaded.then(() => sendSnapshot(listener));
      return () => listeners.delete(listener);
    },
    async start(input) {
      await loaded;
      stopReading();
      const { prepared } = await context.sources.registry();
      const session = context.client.session(apiUrlOf(input.host), 'background');
      const queue = planSources(input, prepared);
      const root = queue[0];
      // Unknown when the wiki cannot say: the bar then counts rows without a total.
      const size = input.kind === 'category' && root?.kind === 'category' ? await fetchCategorySize(session, root.title).catch(() => null) : null;
      const now = new Date().toISOString();
      await clearAuditRun();
      rows = [];
      rowTitles = new Set();
      memory = { titles: rowTitles, teamPages: new Map() };
      tries = 0;
      run = {
        id: crypto.randomUUID(),
        host: input.host,
        input,
        state: queue.length === 0 ? 'done' : 'running',
        startedAt: now,
        updatedAt: now,
        finishedAt: queue.length === 0 ? now : null,
        queue,
        cursor: null,
        seenCategories: root?.kind === 'category' ? [root.title] : [],
        expected: input.kind === 'titles' ? new Set(input.titles).size : size,
        rows: 0,
        requests: size === null ? 0 : 1,
        failures: [],
        error: null,
        retryAt: null,
        truncated: false,
      };
      await saveAuditProgress(run, rows, 0);
      keepAwake(run.state);
      for (const listener of listeners.keys()) sendSnapshot(listener);
      void loop();
    },
    async pause() {
      await loaded;
      if (run?.state !== 'running' && run?.state !== 'waiting') return;
      stopReading();
      await setState('paused');
    },
    async resume() {
      await loaded;
      if (run?.state !== 'paused' && run?.state !== 'waiting') return;
      tries = 0;
      clearTimeout(retryTimer);
      await setState('running');
    },
    async cancel() {
      await loaded;
      if (run === null || run.state === 'done' || run.state === 'cancelled') return;
      stopReading();
      await setState('cancelled');
    },
    async retryFailed() {
      await loaded;
      if (run === null || run.failures.length === 0 || run.state === 'running') return;
      const batches = inBatches(run.failures.map((failure) => failure.title)).map((batch): AuditSource => ({ kind: 'titles', titles: batch }));
      stopReading();
      run = { ...run, queue: [...run.queue, ...batches], failures: [], state: 'running', finishedAt: null };
      tries = 0;
      await store(run, []);
      void loop();
    },
  };
}
