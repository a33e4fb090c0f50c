import { exponentiated, medianWithInterval, relativeHalfWidth, type Interval } from './statistics';

/** One round of the page-load row: a load in each of the two instances without the extension and in the one with it. */
export interface LoadRound {
  plainA: number;
  plainB: number;
  extended: number;
}

export interface LoadRatios {
  /** With the extension against the round's two loads without it (their geometric mean), median over rounds. */
  ratio: Interval;
  /** The A/A control: one instance without the extension against the other, the same way. */
  control: Interval;
}

/**
 * Ratios within each round, so that what slows the whole machine for a while (another process,
 * the wiki's PHP workers) slows the three loads of a round alike and cancels; their medians over
 * the rounds, with distribution-free 95 % intervals, as load times have long tails.
 */
export function loadRatios(rounds: readonly LoadRound[]): LoadRatios {
  const logRatios = rounds.map(({ plainA, plainB, extended }) => Math.log(extended) - (Math.log(plainA) + Math.log(plainB)) / 2);
  const logControls = rounds.map(({ plainA, plainB }) => Math.log(plainB) - Math.log(plainA));
  return { ratio: exponentiated(medianWithInterval(logRatios)), control: exponentiated(medianWithInterval(logControls)) };
}

/** "1.034 × (95 %: 1.021–1.047)"; an interval too few rounds bound shows as "—". */
export function formatRatio({ value, low, high }: Interval): string {
  const bounds = Number.isFinite(low) && Number.isFinite(high) && low > 0 ? `${low.toFixed(3)}–${high.toFixed(3)}` : '—';
  return `${value.toFixed(3)} × (95 %: ${bounds})`;
}

/**
 * About how many rounds would bring the interval within ±precision at the spread these rounds
 * had: an interval of the median narrows as one over the square root of their number.
 */
export function roundsForPrecision(interval: Interval, rounds: number, precision: number): number {
  return Math.round(rounds * (relativeHalfWidth(interval) / precision) ** 2);
}
