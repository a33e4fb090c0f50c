import type { TestInfo } from '@playwright/test';

/**
 * Records a test's measured figures: as an annotation in the JSON report and as one line on
 * stdout, from which docs/RELIABILITY.md is written.
 */
export function recordFigures(testInfo: TestInfo, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ test: testInfo.title, ...figures });
  testInfo.annotations.push({ type: 'figures', description: line });
  console.log(`figures ${line}`);
}
