import { describe, expect, it } from 'vitest';
import { formatRatio, loadRatios, roundsForPrecision } from '../../bench/load-ratio';

describe('loadRatios', () => {
  it('reads each round against its own loads without the extension, so a slow spell of the machine cancels', () => {
    // The machine slows down by half in later rounds; the extension costs 2 % throughout.
    const rounds = Array.from({ length: 30 }, (_, index) => {
      const slow = index < 15 ? 1 : 1.5;
      const wobble = 1 + (((index * 7) % 5) - 2) / 1000;
      return { plainA: 100 * slow * wobble, plainB: 100 * slow / wobble, extended: 102 * slow };
    });
    const { ratio, control } = loadRatios(rounds);
    expect(ratio.value).toBeCloseTo(1.02, 5);
    expect(ratio.low).toBeGreaterThan(1.019);
    expect(ratio.high).toBeLessThan(1.021);
    expect(control.low).toBeLessThanOrEqual(1);
    expect(control.high).toBeGreaterThanOrEqual(1);
  });

  it('is not moved by a few rounds an outside process spoilt', () => {
    const rounds = Array.from({ length: 40 }, (_, index) => ({ plainA: 100, plainB: 100, extended: index % 10 === 0 ? 400 : 101 }));
    expect(loadRatios(rounds).ratio.value).toBeCloseTo(1.01, 10);
  });
});

describe('formatRatio', () => {
  it('shows the estimate and its interval, or a dash for an interval too few rounds bound', () => {
    expect(formatRatio({ value: 1.0342, low: 1.0211, high: 1.0474 })).toBe('1.034 × (95 %: 1.021–1.047)');
    expect(formatRatio({ value: 1.01, low: 0, high: Number.POSITIVE_INFINITY })).toBe('1.010 × (95 %: —)');
  });
});

describe('roundsForPrecision', () => {
  it('scales the rounds by the square of how much wider the interval is than wanted', () => {
    expect(roundsForPrecision({ value: 1, low: 0.98, high: 1.02 }, 120, 0.01)).toBe(480);
    expect(roundsForPrecision({ value: 1, low: 0.995, high: 1.005 }, 100, 0.01)).toBe(25);
  });
});
