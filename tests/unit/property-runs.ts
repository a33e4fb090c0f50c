/**
 * How many cases a fast-check property runs: the given CI count normally, 10,000 in the long
 * mode (`LONG_PROPERTIES=1 npm run test:unit`, see docs/RELIABILITY.md).
 */
export function propertyRuns(ciRuns: number): number {
  return process.env.LONG_PROPERTIES ? 10_000 : ciRuns;
}
