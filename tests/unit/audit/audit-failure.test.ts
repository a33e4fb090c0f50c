import { describe, expect, it } from 'vitest';
import { maxAutomaticTries, retryDelayMs, runAfterFailure } from '../../../utils/audit/audit-failure';
import type { AuditRun } from '../../../utils/audit/audit-run';

const now = new Date('2026-12-03T12:00:00Z');

function runWith(queue: AuditRun['queue']): AuditRun {
  return {
    id: 'run-1', host: 'meta.wikimedia.org', input: { kind: 'titles', host: 'meta.wikimedia.org', titles: ['A'] }, state: 'running',
    startedAt: now.toISOString(), updatedAt: now.toISOString(), finishedAt: null, queue, cursor: { gapcontinue: 'B' }, seenCategories: [],
    expected: null, rows: 10, requests: 3, failures: [], error: null, retryAt: null, truncated: false,
  };
}

describe('runAfterFailure', () => {
  const offline = { reason: 'offline' } as const;

  it('waits and keeps its place: the same batch is asked again, sooner first and then less often', () => {
    const run = runWith([{ kind: 'prefix', namespace: 200, prefix: 'IEG' }]);
    const first = runAfterFailure(run, offline, 'The wiki cannot be reached.', 1, now);
    expect(first).toMatchObject({ state: 'waiting', cursor: { gapcontinue: 'B' }, queue: run.queue, rows: 10, error: 'The wiki cannot be reached.' });
    expect(Date.parse(first.retryAt!) - now.getTime()).toBe(5_000);
    expect(retryDelayMs(offline, 3, now.getTime())).toBe(20_000);
    expect(retryDelayMs(offline, 30, now.getTime())).toBe(300_000);
  });

  it("waits at least until a rate limit's own time", () => {
    const until = new Date(now.getTime() + 90_000).toISOString();
    expect(retryDelayMs({ reason: 'rate-limited', until }, 1, now.getTime())).toBe(90_000);
  });

  it('stops asking by itself after the last automatic try, and keeps the batch for the user', () => {
    const run = runWith([{ kind: 'links-to', title: 'Community Liaisons' }]);
    const last = runAfterFailure(run, offline, 'gone', maxAutomaticTries, now);
    expect(last).toMatchObject({ state: 'waiting', retryAt: null, queue: run.queue, cursor: run.cursor });
  });

  it('sets a pasted batch that keeps failing aside as failed titles and goes on with the rest', () => {
    const run = runWith([{ kind: 'titles', titles: ['A', 'B'] }, { kind: 'titles', titles: ['C'] }]);
    const next = runAfterFailure(run, { reason: 'invalid-answer', what: 'query' }, 'The wiki answered something unexpected.', maxAutomaticTries, now);
    expect(next.state).toBe('running');
    expect(next.queue).toEqual([{ kind: 'titles', titles: ['C'] }]);
    expect(next.failures.map((failure) => failure.title)).toEqual(['A', 'B']);
    const lastBatch = runAfterFailure({ ...next, queue: next.queue }, offline, 'gone', maxAutomaticTries, now);
    expect(lastBatch).toMatchObject({ state: 'done', queue: [] });
    expect(lastBatch.failures).toHaveLength(3);
  });
});
