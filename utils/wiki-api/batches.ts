/**
 * Splits a list into batches the API accepts (50 titles or users for anonymous clients). Apart
 * from ./query-answer.ts, whose zod schemas a page that only plans requests (the directory's
 * audit links) should not load.
 */
export function inBatches<T>(items: readonly T[], size = 50): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
