import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { z } from 'zod';
import { createAuditRunner } from '../../../entrypoints/background/audit-runner';
import type { AuditInput } from '../../../utils/audit/audit-input';
import type { AuditRow } from '../../../utils/audit/audit-row';
import type { AuditRun } from '../../../utils/audit/audit-run';
import { englishMessages } from '../../../utils/i18n/message-files';
import { createTranslator } from '../../../utils/i18n/translator';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { ReportSources } from '../../../utils/report/build-report';
import type { RegistryStatus } from '../../../utils/report/page-report';
import { WikiApiError } from '../../../utils/wiki-api/errors';
import type { ApiParams, WikiClient, WikiSession } from '../../../utils/wiki-api/transport';

/**
 * The runner's own decisions (storage, retries, "Retry failed", resuming a stored run, sending
 * each row once) in WXT's in-memory fake browser, with the wiki replaced by a scripted session:
 * the real wiki and the real browser run it in tests/e2e/audit/ and tests/e2e-firefox/audit.test.ts,
 * where the five automatic tries of a failing batch would take more than a minute of backoff.
 */

const prepared = prepareRegistry(loadBuiltinRegistry());
const titles = Array.from({ length: 60 }, (_, index) => `Grants:IEG/Runner test ${String(index + 1).padStart(2, '0')}`);
const pastedAudit: AuditInput = { kind: 'titles', host: 'meta.wikimedia.org', titles };

/** A wiki that answers pasted titles (one revision each), fails those in `failing`, and never answers from the `holdFrom`-th batch on. */
function scriptedWiki(holdFrom = Number.POSITIVE_INFINITY) {
  const failing = new Set<string>();
  const asked: string[][] = [];
  const answer = (params: ApiParams) => {
    const batch = (params.titles as string[] | undefined) ?? [];
    asked.push(batch);
    if (batch.some((title) => failing.has(title))) throw new WikiApiError({ reason: 'http', status: 500 });
    return {
      query: {
        pages: batch.map((title, index) => ({ pageid: index + 1, ns: 200, title, lastrevid: 7, revisions: [{ revid: 7, user: 'Example Archivist', timestamp: '2019-11-02T12:00:00Z' }] })),
      },
    };
  };
  const session: WikiSession = {
    apiUrl: 'https://meta.wikimedia.org/w/api.php',
    host: 'meta.wikimedia.org',
    mode: 'background',
    request: async <S extends z.ZodType>(params: ApiParams, schema: S) => schema.parse(answer(params)),
    requestAndContinue: async <S extends z.ZodType>(params: ApiParams, schema: S) => {
      if (asked.length + 1 >= holdFrom) await new Promise<void>(() => undefined);
      return { rounds: [schema.parse(answer(params))], complete: true };
    },
  };
  const client: WikiClient = { session: () => session, stats: () => ({ started: 0, active: 0, queued: 0, peakActive: 0 }) };
  return {
    client,
    failing,
    asked,
  };
}

const sources = {
  registry: async () => ({ prepared, status: { source: 'builtin' } as unknown as RegistryStatus }),
  siteNamespaces: async () => null,
  teamPages: async () => ({ value: [], fetchedAt: null, stale: false, failure: null, refreshing: null }),
} as Pick<ReportSources, 'registry' | 'siteNamespaces' | 'teamPages'> as ReportSources;

function runnerOn(wiki: ReturnType<typeof scriptedWiki>) {
  const runner = createAuditRunner({ client: wiki.client, sources, translator: async () => createTranslator('en', { en: englishMessages }) });
  const seen: { run: AuditRun | null; rows: AuditRow[] } = { run: null, rows: [] };
  runner.watch({
    snapshot: (run, rows) => Object.assign(seen, { run, rows: [...rows] }),
    progress: (run, added) => {
      seen.run = run;
      seen.rows.push(...added);
    },
  });
  return { runner, seen };
}

async function until(check: () => boolean): Promise<void> {
  for (let step = 0; step < 2_000 && !check(); step += 1) await vi.advanceTimersByTimeAsync(1_000);
  expect(check()).toBe(true);
}

describe('the audit runner', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('sets a pasted batch that keeps failing aside after five tries, reads the rest, and retries it when asked', async () => {
    const wiki = scriptedWiki();
    for (const title of titles.slice(50)) wiki.failing.add(title);
    const { runner, seen } = runnerOn(wiki);
    await runner.start(pastedAudit);
    await until(() => seen.run?.state === 'done');
    expect(seen.run?.rows).toBe(50);
    expect(seen.run?.failures.map((failure) => failure.title)).toEqual(titles.slice(50));
    expect(seen.run?.error).not.toBeNull();
    // The first batch once, the failing one five times: waits of 5, 10, 20 and 40 s between.
    expect(wiki.asked.filter((batch) => batch[0] === titles[50])).toHaveLength(5);

    wiki.failing.clear();
    await runner.retryFailed();
    await until(() => seen.run?.state === 'done' && seen.run.failures.length === 0);
    expect(seen.run?.rows).toBe(60);
    expect(seen.rows.map((row) => row.title)).toEqual(titles);
  });

  it('takes a stored running run up where it stopped when the background starts again', async () => {
    // The worker is stopped while the second batch is asked: nothing of it was stored.
    const first = scriptedWiki(2);
    const before = runnerOn(first);
    await before.runner.start(pastedAudit);
    await until(() => (before.seen.run?.rows ?? 0) === 50);

    const second = scriptedWiki();
    const after = runnerOn(second);
    await until(() => after.seen.run?.state === 'done');
    expect(after.seen.run?.id).toBe(before.seen.run?.id);
    expect(after.seen.rows.map((row) => row.title)).toEqual(titles);
    // Only what was not stored is asked again.
    expect(second.asked).toEqual([titles.slice(50)]);
  });

  it('stops asking when paused and goes on from the same place when resumed', async () => {
    const wiki = scriptedWiki();
    for (const title of titles.slice(50)) wiki.failing.add(title);
    const { runner, seen } = runnerOn(wiki);
    await runner.start(pastedAudit);
    await until(() => seen.run?.state === 'waiting');
    await runner.pause();
    expect(seen.run?.state).toBe('paused');
    const asked = wiki.asked.length;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(wiki.asked).toHaveLength(asked);

    wiki.failing.clear();
    await runner.resume();
    await until(() => seen.run?.state === 'done');
    expect(seen.run).toMatchObject({ rows: 60, failures: [] });
    expect(new Set(seen.rows.map((row) => row.title)).size).toBe(60);
  });
});
