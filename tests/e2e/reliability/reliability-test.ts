import { test as base, expect } from '../fixtures';
import { watchExtensionHealth, type HealthReport } from './extension-health';

interface ReliabilityFixtures {
  /** Watches the extension while the test runs; checked after the test, whatever it did. */
  health: { report(): Promise<HealthReport> };
}

/**
 * The end-to-end fixtures, plus a health check after every test: no console error, uncaught
 * error, unhandled rejection or CSP violation in any extension context, and no request to
 * anything but an https Wikimedia wiki.
 */
export const test = base.extend<ReliabilityFixtures>({
  health: [
    async ({ extensionContext, extensionId }, use, testInfo) => {
      const watch = await watchExtensionHealth(extensionContext, extensionId);
      await use(watch);
      const report = await watch.report();
      watch.stop();
      await testInfo.attach('extension-health.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
      expect(report.problems, 'errors in extension contexts').toEqual([]);
      expect(report.foreignRequests, 'requests to anything but the Wikimedia wikis').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
