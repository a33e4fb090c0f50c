import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (tests/e2e-firefox): Debian's Firefox ESR driven over WebDriver
// BiDi by puppeteer-core, since Playwright's Firefox is a patched build that cannot be installed
// here. vitest rather than Playwright Test (whose fixtures assume Playwright's own browsers) or
// node:test: its JSON report is one tests/tools/count-report.mjs already counts, and its expect()
// matches the rest of the repository. One fork, files in sequence: the tests share one wiki and
// one Firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    // Starting the wiki (a seeded copy) and Firefox.
    hookTimeout: 180_000,
  },
});
