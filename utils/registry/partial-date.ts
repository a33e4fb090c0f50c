/**
 * Order of two YYYY[-MM[-DD]] dates at the precision both share: "2019" and "2019-11" are
 * neither before nor after each other, because the year alone cannot tell. Returns a negative
 * number, zero or a positive number, like a comparator.
 */
export function comparePartialDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether `a` is certainly earlier than `b`; 'unknown' and absent dates are never earlier. */
export function isCertainlyBefore(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === 'unknown' || b === 'unknown') return false;
  return comparePartialDates(a, b) < 0;
}
