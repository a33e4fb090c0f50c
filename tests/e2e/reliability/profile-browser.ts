import type { BrowserContext } from '@playwright/test';
import { launchChromium } from '../browser';

/**
 * Chromium as tests/e2e/browser.ts launches it, but with a profile folder that outlives the
 * browser and an extension folder of the caller's choosing: closing and launching again over
 * both is how an installed extension meets its next version.
 */
export function launchProfile(options: { profileDir: string; extensionDir: string; frontPort: number; certSpkiHash: string }): Promise<BrowserContext> {
  const { profileDir, extensionDir, ...launch } = options;
  return launchChromium(launch, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`], profileDir);
}
