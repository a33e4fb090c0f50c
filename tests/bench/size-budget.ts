import path from 'node:path';
import { browserFolders, formatKilobytes, measureEntries, sizeBudgets } from './bundle-sizes';

/**
 * Checks a built output folder against the size budgets (docs/PERFORMANCE.md): every browser
 * folder in it, every entry's gzip JavaScript. Exits 1 when an entry is over its budget, 2 when
 * there is nothing built to check.
 *
 *   tsx tests/bench/size-budget.ts [output folder]   (default: WAYFINDER_OUT_DIR, else .output)
 */
const outputDir = process.argv[2] ?? process.env.WAYFINDER_OUT_DIR ?? '.output';
const folders = browserFolders(outputDir);
if (folders.length === 0) {
  console.error(`No built extension in ${path.resolve(outputDir)}: run wxt build first.`);
  process.exit(2);
}

let over = 0;
for (const folder of folders) {
  console.log(`\n${folder}`);
  const rows = measureEntries(folder).map(({ entry, gzipBytes, lazyGzipBytes, files }) => {
    const budget = sizeBudgets[entry];
    const fits = budget === undefined || gzipBytes <= budget;
    if (!fits) over += 1;
    return {
      entry,
      'gzip JS': formatKilobytes(gzipBytes),
      budget: budget === undefined ? '—' : formatKilobytes(budget),
      status: budget === undefined ? 'reported' : fits ? 'ok' : 'OVER BUDGET',
      lazy: lazyGzipBytes === 0 ? '—' : formatKilobytes(lazyGzipBytes),
      files: files.length,
    };
  });
  console.table(rows);
}

if (over > 0) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
console.log('Every entry is within its size budget.');
