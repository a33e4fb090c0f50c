import { describe, expect, it } from 'vitest';
import { reconnectBackoff, reconnectDelayMs } from '../../../utils/report/reconnect-backoff';

describe('the reconnect backoff', () => {
  it('starts quick and doubles up to its bound', () => {
    expect(Array.from({ length: 10 }, (_, failures) => reconnectDelayMs(failures))).toEqual([250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('stays at its bound however long the background is gone, and reads odd counts safely', () => {
    for (const failures of [100, 1100, Number.MAX_SAFE_INTEGER, Infinity]) expect(reconnectDelayMs(failures)).toBe(reconnectBackoff.maxMs);
    expect(reconnectDelayMs(-3)).toBe(reconnectBackoff.firstMs);
  });

  it('counts a connection as working only after it outlasted the longest quick retry', () => {
    expect(reconnectBackoff.workedAfterMs).toBeGreaterThan(reconnectBackoff.firstMs);
    expect(reconnectBackoff.workedAfterMs).toBeLessThan(reconnectBackoff.maxMs);
  });
});
