import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    restoreMocks: true,
    // The long mode (LONG_PROPERTIES=1) runs 10,000 cases per property: minutes, not seconds.
    testTimeout: process.env.LONG_PROPERTIES ? 600_000 : 5_000,
    // LONG_PROPERTIES=1 runs every fast-check property 10,000 times (tests/unit/property-runs.ts);
    // some then take minutes, far past the 5 s a test may take otherwise.
    ...(process.env.LONG_PROPERTIES ? { testTimeout: 30 * 60_000 } : {}),
  },
});
