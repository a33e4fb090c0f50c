import type { WikiApiFailure } from '../wiki-api/errors';
import type { AuditRun } from './audit-run';

/** Tries of one batch before the run stops asking by itself. */
export const maxAutomaticTries = 5;
const firstWaitMs = 5_000;
const longestWaitMs = 5 * 60_000;

/** Waits 5 s, 10 s, 20 s … up to 5 minutes; a rate limit's own Retry-After time when later. */
export function retryDelayMs(failure: WikiApiFailure, tries: number, nowMs: number): number {
  const backoff = Math.min(longestWaitMs, firstWaitMs * 2 ** Math.max(0, tries - 1));
  if (failure.reason !== 'rate-limited') return backoff;
  return Math.max(backoff, Date.parse(failure.until) - nowMs);
}

/**
 * The run after its next batch failed `tries` times in a row. The batch is never lost: the run
 * waits and asks it again (by itself up to maxAutomaticTries, then when the user resumes). A
 * pasted batch of titles that keeps failing is set aside as failed titles instead, which
 * "Retry failed" reads again, so one bad batch does not hold up the rest.
 */
export function runAfterFailure(run: AuditRun, failure: WikiApiFailure, words: string, tries: number, now: Date): AuditRun {
  const source = run.queue[0];
  const updatedAt = now.toISOString();
  if (tries >= maxAutomaticTries && source?.kind === 'titles') {
    const failures = [...run.failures, ...source.titles.map((title) => ({ title, reason: words }))];
    const queue = run.queue.slice(1);
    return { ...run, queue, cursor: null, failures, error: words, retryAt: null, updatedAt, state: queue.length === 0 ? 'done' : 'running', finishedAt: queue.length === 0 ? updatedAt : null };
  }
  const retryAt = tries >= maxAutomaticTries ? null : new Date(now.getTime() + retryDelayMs(failure, tries, now.getTime())).toISOString();
  return { ...run, state: 'waiting', error: words, retryAt, updatedAt };
}
