import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumPath, mappedHosts } from '../browser';

/**
 * Chromium as tests/e2e/browser.ts launches it, but with a profile folder that outlives the
 * browser and an extension folder of the caller's choosing: closing and launching again over
 * both is how an installed extension meets its next version.
 */
export function launchProfile(options: { profileDir: string; extensionDir: string; frontPort: number; certSpkiHash: string }): Promise<BrowserContext> {
  const rules = mappedHosts.map((host) => `MAP ${host} 127.0.0.1:${options.frontPort}`).join(',');
  return chromium.launchPersistentContext(options.profileDir, {
    headless: true,
    executablePath: chromiumPath,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${rules}`,
      `--ignore-certificate-errors-spki-list=${options.certSpkiHash}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
