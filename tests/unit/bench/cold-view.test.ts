import { describe, expect, it } from 'vitest';
import { sequentialDepth } from '../../bench/cold-view';

const at = (offsetMs: number, durationMs: number | null) => ({ time: new Date(Date.UTC(2026, 11, 3, 7, 0, 0) + offsetMs).toISOString(), durationMs });

describe('sequentialDepth', () => {
  it('counts requests sent together as one round trip, and one sent after an answer as the next', () => {
    expect(sequentialDepth([])).toBe(0);
    expect(sequentialDepth([at(0, 100), at(2, 150), at(5, 90)])).toBe(1);
    expect(sequentialDepth([at(0, 100), at(2, 150), at(120, 80)])).toBe(2);
  });

  it('follows the longest chain, whatever order the log lists the requests in', () => {
    expect(sequentialDepth([at(400, 50), at(0, 100), at(150, 100), at(160, 30)])).toBe(3);
  });
});
