import { auditPortName, auditUpdateSchema, type AuditCommand, type AuditUpdate } from '../audit/audit-messages';
import type { AuditRow } from '../audit/audit-row';
import type { AuditRun } from '../audit/audit-run';
import { estimateTimeLeft } from '../audit/time-left';
import { connectToBackground, type BackgroundPort, type BackgroundPortHandlers } from './background-port';

/** What the audit page shows of the background's run. */
export interface AuditWatchState {
  /** False until the background's first snapshot has come. */
  ready: boolean;
  run: AuditRun | null;
  /** Every row of the run, in the order they were read; a new array on each change. */
  rows: readonly AuditRow[];
  /** Why the background refused the last command, in its words; cleared by the next command. */
  refused: string | null;
  /** At the pace this page has seen the run read, while it runs; null when there is nothing to go on. */
  timeLeftMs: number | null;
}

export interface AuditWatch {
  /** Sent if connected; a command sent while reconnecting is dropped, and the snapshot after it shows the run as it is. */
  send(command: AuditCommand): void;
  close(): void;
}

export type ConnectAudit = (name: string, handlers: BackgroundPortHandlers) => BackgroundPort;

export const initialAuditWatchState: AuditWatchState = { ready: false, run: null, rows: [], refused: null, timeLeftMs: null };

/**
 * The pace of one run as seen from here: time spent running between two updates, and the rows
 * read in it. Paused and waiting stretches, and the time the page was closed, are left out, as
 * estimateTimeLeft wants.
 */
interface Pace {
  runId: string;
  ms: number;
  rows: number;
  /** The last update seen: when, how many rows the run had, and whether it was running. */
  lastAt: number;
  lastRows: number;
  running: boolean;
}

function nextPace(pace: Pace | null, update: Exclude<AuditUpdate, { type: 'refused' }>, run: AuditRun, nowMs: number): Pace {
  const same = pace !== null && pace.runId === run.id ? pace : null;
  // Time counts between two updates of a running run; a snapshot (sent on connecting and on
  // every start) follows a stretch this page did not watch.
  const counted = same !== null && same.running && update.type === 'progress';
  return {
    runId: run.id,
    ms: (same?.ms ?? 0) + (counted ? Math.max(0, nowMs - same.lastAt) : 0),
    rows: (same?.rows ?? 0) + (counted ? Math.max(0, run.rows - same.lastRows) : 0),
    lastAt: nowMs,
    lastRows: run.rows,
    running: run.state === 'running',
  };
}

function timeLeft(run: AuditRun | null, pace: Pace | null): number | null {
  if (run === null || pace === null || run.state !== 'running' || run.expected === null) return null;
  // Only the pages still to read count against the pace: those read before this page watched are not in it.
  return estimateTimeLeft({ done: pace.rows, expected: pace.rows + Math.max(0, run.expected - run.rows), elapsedMs: pace.ms })?.ms ?? null;
}

/**
 * The audit page's view of the background's run, over the `wayfinder-audit` port
 * (entrypoints/background/audit-port.ts): the snapshot the background sends on every
 * connection (the stored run with all its rows) replaces what the page had, and each progress
 * message after it adds its batch's rows. The port reconnects with the panel's bounded backoff
 * when the background's worker stops (./background-port.ts); its next snapshot brings the page
 * up to date, so nothing read while it was away is lost. Every update is checked against its
 * schema: one that fails is dropped, as a message that cannot have come from this extension's
 * background.
 */
export function watchAudit(onChange: (state: AuditWatchState) => void, connect: ConnectAudit = connectToBackground, now: () => number = Date.now): AuditWatch {
  let state = initialAuditWatchState;
  let pace: Pace | null = null;
  const change = (next: Partial<AuditWatchState>) => {
    state = { ...state, ...next };
    onChange(state);
  };

  const port = connect(auditPortName, {
    onMessage(message) {
      const parsed = auditUpdateSchema.safeParse(message);
      if (!parsed.success) return;
      const update = parsed.data;
      if (update.type === 'refused') return change({ refused: update.reason });
      if (update.type === 'snapshot') {
        pace = update.run === null ? null : nextPace(pace, update, update.run, now());
        return change({ ready: true, run: update.run, rows: update.rows, timeLeftMs: timeLeft(update.run, pace) });
      }
      const { run, added } = update;
      pace = nextPace(pace, update, run, now());
      // Every start sends a snapshot first; a progress of another run still never mixes with this one's rows.
      const rows = state.run?.id === run.id ? [...state.rows, ...added] : added;
      change({ ready: true, run, rows, timeLeftMs: timeLeft(run, pace) });
    },
  });

  return {
    send(command) {
      if (state.refused !== null) change({ refused: null });
      port.post(command);
    },
    close: () => port.close(),
  };
}
