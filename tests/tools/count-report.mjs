// Prints "<passed> <failed>" from a vitest or Playwright JSON report, so tests/run-all.sh
// can total every suite into one line.
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
if (kind === 'vitest') {
  console.log(`${report.numPassedTests} ${report.numFailedTests}`);
} else if (kind === 'playwright') {
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  console.log(`${expected + flaky} ${unexpected}`);
} else {
  throw new Error(`unknown report kind ${kind}`);
}
