import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exponentiated, median, medianWithInterval, permutations, relativeHalfWidth } from '../../bench/statistics';
import { propertyRuns } from '../property-runs';

describe('medianWithInterval', () => {
  it('bounds the median by the order statistics the binomial distribution gives', () => {
    const values = Array.from({ length: 20 }, (_, index) => 20 - index);
    // n = 20: P(X ≤ 5) = 0.0207 ≤ 0.025 < P(X ≤ 6) = 0.0577, so the 6th and 15th values.
    expect(medianWithInterval(values)).toEqual({ value: 10.5, low: 6, high: 15 });
  });

  it('has no finite bounds below six values (no pair of ranks reaches 95 %), and the extremes at six', () => {
    expect(medianWithInterval([1, 2, 3, 4, 5])).toEqual({ value: 3, low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY });
    expect(medianWithInterval([6, 1, 5, 2, 4, 3])).toEqual({ value: 3.5, low: 1, high: 6 });
  });

  it('holds the median, and narrows as the values grow in number', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 6, maxLength: 300 }), (values) => {
        const { value, low, high } = medianWithInterval(values);
        expect(value).toBe(median(values));
        expect(low).toBeLessThanOrEqual(value);
        expect(high).toBeGreaterThanOrEqual(value);
        const doubled = medianWithInterval([...values, ...values]);
        expect(doubled.low).toBeGreaterThanOrEqual(low);
        expect(doubled.high).toBeLessThanOrEqual(high);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('covers the true median of a skewed distribution in about 95 % of samples', () => {
    // Exponential(1): median ln 2. Deterministic pseudo-random samples of 60 values.
    let seed = 7;
    const uniform = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let covered = 0;
    for (let sample = 0; sample < 1000; sample++) {
      const { low, high } = medianWithInterval(Array.from({ length: 60 }, () => -Math.log(uniform())));
      if (low <= Math.LN2 && Math.LN2 <= high) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(935);
    expect(covered).toBeLessThanOrEqual(990);
  });
});

describe('ratio helpers', () => {
  it('takes an interval of logarithms back to ratios, and measures its relative reach on the farther side', () => {
    const interval = exponentiated({ value: 0, low: Math.log(0.99), high: Math.log(1.005) });
    expect(interval.value).toBe(1);
    expect(interval.low).toBeCloseTo(0.99, 12);
    expect(relativeHalfWidth(interval)).toBeCloseTo(0.01, 12);
    expect(relativeHalfWidth({ value: 1, low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('permutations', () => {
  it('lists every order once, so that cycling through them puts each item first, and right after each other, equally often', () => {
    const orders = permutations([0, 1, 2]);
    expect(orders).toHaveLength(6);
    expect(new Set(orders.map((order) => order.join(''))).size).toBe(6);
    const follows = new Map<string, number>();
    for (const order of orders) for (let index = 1; index < order.length; index++) follows.set(`${order[index - 1]}${order[index]}`, (follows.get(`${order[index - 1]}${order[index]}`) ?? 0) + 1);
    expect([...follows.values()]).toEqual([2, 2, 2, 2, 2, 2]);
    expect(orders.map((order) => order[0])).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
