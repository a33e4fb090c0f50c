/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** An estimate and its confidence interval; the bounds are infinite when too few values bound it. */
export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed in log space so that large n do not underflow. */
function binomialHalfCdf(n: number, k: number): number {
  let logChoose = 0;
  let total = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    total += Math.exp(logChoose - n * Math.LN2);
  }
  return total;
}

/**
 * The median with a distribution-free confidence interval: the order statistics whose ranks the
 * binomial distribution gives (the count of values below the true median is Binomial(n, 1/2)),
 * so it holds for skewed timings with outliers as well, with at least the confidence asked.
 */
export function medianWithInterval(values: readonly number[], confidence = 0.95): Interval {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const tail = (1 - confidence) / 2;
  // The largest k with P(X ≤ k − 1) ≤ tail: [x(k), x(n − k + 1)], ranks from 1.
  let k = 0;
  while (k < n / 2 && binomialHalfCdf(n, k) <= tail) k++;
  return {
    value: median(sorted),
    low: k === 0 ? Number.NEGATIVE_INFINITY : sorted[k - 1]!,
    high: k === 0 ? Number.POSITIVE_INFINITY : sorted[n - k]!,
  };
}

/** An interval of logarithms back on the ratio scale. */
export function exponentiated({ value, low, high }: Interval): Interval {
  return { value: Math.exp(value), low: Math.exp(low), high: Math.exp(high) };
}

/** How far the interval reaches from its estimate, relative to it, on the farther side (0.01 for ±1 %). */
export function relativeHalfWidth({ value, low, high }: Interval): number {
  return Math.max(high / value - 1, 1 - low / value);
}

/** Every order of `items`: rounds that cycle through them put each item first, and after each other, equally often. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
