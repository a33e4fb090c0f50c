import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTimeLeft } from '../../../utils/audit/time-left';
import { propertyRuns } from '../property-runs';

describe('estimateTimeLeft', () => {
  it('gives the rest at the pace so far', () => {
    // 100 pages in 20 s: 300 more take 60 s.
    expect(estimateTimeLeft({ done: 100, expected: 400, elapsedMs: 20_000 })).toEqual({ ms: 60_000 });
  });

  it('gives nothing when the total is unknown or no page is read yet', () => {
    expect(estimateTimeLeft({ done: 100, expected: null, elapsedMs: 20_000 })).toBeNull();
    expect(estimateTimeLeft({ done: 0, expected: 400, elapsedMs: 20_000 })).toBeNull();
    expect(estimateTimeLeft({ done: Number.NaN, expected: 400, elapsedMs: 20_000 })).toBeNull();
  });

  it('says no time is left once more pages are read than the wiki counted', () => {
    expect(estimateTimeLeft({ done: 450, expected: 400, elapsedMs: 20_000 })).toEqual({ ms: 0 });
  });

  it('is never negative and never less for more pages left', () => {
    const count = fc.integer({ min: -10, max: 20_000 });
    fc.assert(
      fc.property(count, count, fc.integer({ min: -60_000, max: 3_600_000 }), (done, expected, elapsedMs) => {
        const estimate = estimateTimeLeft({ done, expected, elapsedMs });
        if (done <= 0) {
          expect(estimate).toBeNull();
          return;
        }
        expect(estimate!.ms).toBeGreaterThanOrEqual(0);
        expect(estimateTimeLeft({ done, expected: expected + 1, elapsedMs })!.ms).toBeGreaterThanOrEqual(estimate!.ms);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
