import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built Chrome extension; WAYFINDER_OUT_DIR picks another build folder, as in wxt.config.ts. */
export const extensionDir = path.resolve(process.env.WAYFINDER_OUT_DIR ?? '.output', 'chrome-mv3');

/** Hosts the extension may visit that the local wiki answers for, under their real names. */
export const mappedHosts = ['meta.wikimedia.org', 'meta.m.wikimedia.org', 'www.mediawiki.org', 'outreach.wikimedia.org'];

export interface LaunchOptions {
  frontPort: number;
  certSpkiHash: string;
  headless?: boolean;
  /** An X display to show the browser on (with `headless: false`), e.g. a virtual one. */
  display?: string;
  /** Another built Chrome extension folder (the benchmark builds its own). */
  extensionDir?: string;
}

/**
 * Debian's Chromium with the built extension loaded, every mapped Wikimedia host resolved to the
 * local HTTPS front, and only the front's self-signed certificate trusted. Background networking
 * is off: this machine has no internet and Chromium would keep trying.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  const dir = options.extensionDir ?? extensionDir;
  return launchChromium(options, [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`], '');
}

/** The same Chromium, flags and host mapping with no extension at all: the baseline for comparisons. */
export async function launchWithoutExtension(options: Omit<LaunchOptions, 'extensionDir'>): Promise<BrowserContext> {
  return launchChromium(options, ['--disable-extensions'], '');
}

/** Chromium with the given extension flags, in `profileDir` ('' for a throwaway profile). */
export async function launchChromium(
  options: Omit<LaunchOptions, 'extensionDir'>,
  extensionArgs: string[],
  profileDir: string,
): Promise<BrowserContext> {
  const rules = mappedHosts.map((host) => `MAP ${host} 127.0.0.1:${options.frontPort}`).join(',');
  return chromium.launchPersistentContext(profileDir, {
    headless: options.headless ?? true,
    executablePath: chromiumPath,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      ...extensionArgs,
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

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The address of a Meta-Wiki page; the browsers launched here reach the local wiki under it. */
export const metaUrl = (title: string) => `https://meta.wikimedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}`;
