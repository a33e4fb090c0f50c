import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditPortName } from '../../../utils/audit/audit-messages';
import type { AuditRow } from '../../../utils/audit/audit-row';
import type { AuditRun } from '../../../utils/audit/audit-run';
import { watchAudit, type AuditWatchState } from '../../../utils/report/audit-watch';
import { reconnectBackoff } from '../../../utils/report/reconnect-backoff';
import { fakeBackground } from './fake-port';
import { auditRowOf } from '../audit/audit-rows';

const row = (title: string) => auditRowOf(title);

function run(overrides: Partial<AuditRun> = {}): AuditRun {
  return {
    id: 'run-1',
    host: 'meta.wikimedia.org',
    input: { kind: 'category', host: 'meta.wikimedia.org', category: 'Category:Grants', depth: 1 },
    state: 'running',
    startedAt: '2026-12-03T10:00:00.000Z',
    updatedAt: '2026-12-03T10:00:00.000Z',
    finishedAt: null,
    queue: [{ kind: 'category', title: 'Category:Grants', depth: 0 }],
    cursor: null,
    seenCategories: ['Category:Grants'],
    expected: 200,
    rows: 0,
    requests: 0,
    failures: [],
    error: null,
    retryAt: null,
    truncated: false,
    ...overrides,
  };
}

/** Lets the fake background's queued microtasks (connections, drops) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('watching an audit run from its page', () => {
  let states: AuditWatchState[];
  const latest = () => states.at(-1)!;
  const onChange = (state: AuditWatchState) => states.push(state);
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it('shows the snapshot, then adds each batch of rows', async () => {
    const background = fakeBackground({ connected: (port) => port.send({ type: 'snapshot', run: run({ rows: 1 }), rows: [row('A')] }) });
    const watch = watchAudit(onChange);
    await settle();
    expect(background.last().name).toBe(auditPortName);
    expect(latest()).toMatchObject({ ready: true, run: { rows: 1 }, refused: null });
    expect(latest().rows.map((item) => item.title)).toEqual(['A']);

    background.last().send({ type: 'progress', run: run({ rows: 3 }), added: [row('B'), row('C')] });
    expect(latest().rows.map((item) => item.title)).toEqual(['A', 'B', 'C']);
    watch.close();
  });

  it('starts over with the snapshot of a new run', async () => {
    const background = fakeBackground({ connected: (port) => port.send({ type: 'snapshot', run: run({ rows: 1, state: 'done' }), rows: [row('A')] }) });
    const watch = watchAudit(onChange);
    await settle();
    watch.send({ type: 'start', input: { kind: 'titles', host: 'meta.wikimedia.org', titles: ['X'] } });
    expect(background.last().posted).toEqual([{ type: 'start', input: { kind: 'titles', host: 'meta.wikimedia.org', titles: ['X'] } }]);
    background.last().send({ type: 'snapshot', run: run({ id: 'run-2', rows: 0 }), rows: [] });
    expect(latest()).toMatchObject({ run: { id: 'run-2' }, rows: [] });
    background.last().send({ type: 'progress', run: run({ id: 'run-2', rows: 1 }), added: [row('X')] });
    expect(latest().rows.map((item) => item.title)).toEqual(['X']);
    // A progress of some other run never mixes with this one's rows.
    background.last().send({ type: 'progress', run: run({ id: 'run-3', rows: 1 }), added: [row('Y')] });
    expect(latest().rows.map((item) => item.title)).toEqual(['Y']);
    watch.close();
  });

  it('drops any update its schema refuses', async () => {
    const background = fakeBackground({ connected: (port) => port.send({ type: 'snapshot', run: null, rows: [] }) });
    const watch = watchAudit(onChange);
    await settle();
    const seen = states.length;
    for (const message of [null, 'progress', { type: 'progress', run: { id: 'run-1' }, added: [] }, { type: 'snapshot', run: null, rows: [{ title: '' }] }, { type: 'hello' }]) {
      background.last().send(message);
    }
    expect(states).toHaveLength(seen);
    expect(latest()).toMatchObject({ ready: true, run: null, rows: [] });
    watch.close();
  });

  it('shows a refusal until the next command', async () => {
    const background = fakeBackground({ connected: (port) => port.send({ type: 'snapshot', run: null, rows: [] }) });
    const watch = watchAudit(onChange);
    await settle();
    background.last().send({ type: 'refused', reason: 'An audit is running.' });
    expect(latest().refused).toBe('An audit is running.');
    watch.send({ type: 'pause' });
    expect(latest().refused).toBeNull();
    watch.close();
  });

  it('reconnects when the background goes, and its next snapshot brings the rows up to date', async () => {
    let stored: { run: AuditRun; rows: AuditRow[] } = { run: run({ rows: 1 }), rows: [row('A')] };
    const background = fakeBackground({ connected: (port) => port.send({ type: 'snapshot', ...stored }) });
    const watch = watchAudit(onChange);
    await settle();
    background.last().drop();
    // Read while the page was away.
    stored = { run: run({ rows: 3 }), rows: [row('A'), row('B'), row('C')] };
    await vi.advanceTimersByTimeAsync(reconnectBackoff.firstMs);
    expect(background.attempts).toBe(2);
    expect(latest().rows.map((item) => item.title)).toEqual(['A', 'B', 'C']);
    watch.close();
    expect(background.last().closedByPage).toBe(true);
    background.last().send({ type: 'snapshot', run: null, rows: [] });
    expect(latest().run).not.toBeNull();
  });

  it('tells the time left at the pace seen while the run ran, leaving out its pauses', async () => {
    let clock = 0;
    const background = fakeBackground({ connected: (port) => port.send({ type: 'snapshot', run: run({ rows: 0 }), rows: [] }) });
    const watch = watchAudit(onChange, undefined, () => clock);
    await settle();
    expect(latest().timeLeftMs).toBeNull();
    const port = background.last();
    clock = 10_000;
    port.send({ type: 'progress', run: run({ rows: 50 }), added: [] });
    // 50 pages in 10 s; 150 to go.
    expect(latest().timeLeftMs).toBe(30_000);
    port.send({ type: 'progress', run: run({ rows: 50, state: 'paused' }), added: [] });
    expect(latest().timeLeftMs).toBeNull();
    clock = 600_000;
    port.send({ type: 'progress', run: run({ rows: 50, state: 'running' }), added: [] });
    clock = 610_000;
    port.send({ type: 'progress', run: run({ rows: 100 }), added: [] });
    // 100 pages in 20 s of running; the ten minutes paused do not count.
    expect(latest().timeLeftMs).toBe(20_000);
    port.send({ type: 'progress', run: run({ rows: 100, expected: null }), added: [] });
    expect(latest().timeLeftMs).toBeNull();
    watch.close();
  });
});
