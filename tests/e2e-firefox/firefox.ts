import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mappedHosts } from '../e2e/browser';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox extension; WAYFINDER_OUT_DIR picks another build folder, as in wxt.config.ts. */
export const extensionDir = path.resolve(process.env.WAYFINDER_OUT_DIR ?? '.output', 'firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const geckoId = 'wiki-wayfinder@wikiwayfinder.org';
/** A fixed moz-extension host, so every run opens the same URLs. */
export const extensionUuid = '5e1f0c2a-7d3b-4c8e-9a61-2b4f6d8e0a13';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** What installExtension returned: the gecko id. */
  installedId: string;
}

/**
 * Debian's Firefox ESR, headless unless given a display, driven over WebDriver BiDi, with the built extension installed
 * as a temporary add-on and every mapped Wikimedia host sent to the local HTTPS front.
 * --remote-allow-system-access lets BiDi open moz-extension pages and evaluate in the chrome scope.
 */
export async function launchFirefox(frontPort: number, options: { display?: string } = {}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    // With a display (a virtual one: tests/e2e/shared/virtual-display.ts) Firefox shows its window,
    // whose keyboard shortcuts only real keystrokes reach.
    headless: options.display === undefined,
    ...(options.display === undefined ? {} : { env: { ...process.env, DISPLAY: options.display } }),
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      'network.dns.localDomains': mappedHosts.join(','),
      'network.socket.forcePort': `443=${frontPort}`,
    },
  });
  const installedId = await browser.installExtension(extensionDir);
  return { browser, installedId };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Loads a URL and waits for its load event with BiDi browsingContext.navigate: page.goto never
 * resolves for moz-extension pages in Firefox (its NavigationManager loses the context).
 */
export async function navigate(page: Page, url: string): Promise<void> {
  await connectionOf(page.browser()).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/** A new tab at `url` (any scheme). */
export async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await navigate(page, url);
  return page;
}

/** Evaluates an expression in the browser window's chrome scope (privileged; needs --remote-allow-system-access). */
export async function evaluateInChrome<T>(browser: Browser, expression: string): Promise<T> {
  const connection = connectionOf(browser);
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as { context: string }[];
  const context = contexts[0]?.context;
  if (!context) throw new Error('no chrome browsing context');
  const answer = await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
    serializationOptions: { maxObjectDepth: 3 },
  });
  const result = answer.result as { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } };
  if (result.type === 'exception') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text}`);
  // JSON round trip: the caller stringifies what it returns, so no BiDi value deserializing is needed.
  return JSON.parse(String(result.result?.value)) as T;
}
