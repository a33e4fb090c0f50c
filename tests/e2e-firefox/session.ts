import type { Browser, Page } from 'puppeteer-core';
import { evaluateInChrome, extensionOrigin, geckoId, navigate } from './firefox';

/**
 * What the Firefox test files share: tabs they open and close, the errors extension pages
 * report over BiDi, and the Browser Console read at the end of each file.
 */
export interface FirefoxSession {
  /** Opens `url` in a new tab; extension pages have their console errors collected. */
  open(url: string): Promise<Page>;
  /** Closes the tabs opened since the last call, so tabs do not pile up. */
  closeOpened(): Promise<void>;
  /** console.error and uncaught errors of the extension pages opened in tabs, seen over BiDi. */
  readonly pageErrors: string[];
}

export function createSession(browser: () => Browser): FirefoxSession {
  const opened: Page[] = [];
  const pageErrors: string[] = [];
  return {
    pageErrors,
    async open(url) {
      const page = await browser().newPage();
      opened.push(page);
      if (url.startsWith(extensionOrigin)) {
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(`console.error in ${url}: ${message.text()}`);
        });
        page.on('pageerror', (error) => pageErrors.push(`uncaught in ${url}: ${String(error)}`));
      }
      await navigate(page, url);
      return page;
    },
    async closeOpened() {
      await Promise.all(opened.splice(0).map((page) => page.close()));
    },
  };
}

export const panelUrl = (pageUrl: string) => `${extensionOrigin}/sidepanel.html?url=${encodeURIComponent(pageUrl)}`;

/** Retries `check` until it passes: pages stream their answer, so a read may come early. */
export async function eventually(check: () => Promise<void>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits until a panel page has shown its complete answer. */
export async function settled(panel: Page): Promise<void> {
  await panel.waitForSelector('main[aria-busy="false"]', { timeout: 20_000 });
}

/** What the badge's button says on a wiki tab ('' while there is none). */
export const badgeText = (page: Page) =>
  page.evaluate(() => document.querySelector('#firstHeading + wiki-wayfinder-badge')?.shadowRoot?.querySelector('button')?.textContent ?? '');

/**
 * Waits for the badge of a historical wiki tab. Wiki tabs are closed only after it has shown:
 * closing one while its content script still waits for the background makes Firefox log
 * "Promise resolved after context unloaded" against badge.js.
 */
export const waitForBadge = (page: Page) =>
  page.waitForFunction(() => document.querySelector('wiki-wayfinder-badge')?.shadowRoot?.querySelector('button') != null, { timeout: 15_000 });

/** The real sidebar as an extension page sees it: open or not, and the heading of each sidebar view. */
export function sidebarState(extensionPage: Page): Promise<{ open: boolean; headings: string[] }> {
  return extensionPage.evaluate(async () => {
    const extension = (globalThis as unknown as {
      browser: { sidebarAction: { isOpen(details: object): Promise<boolean> }; extension: { getViews(filter: object): Window[] } };
    }).browser;
    return {
      open: await extension.sidebarAction.isOpen({}),
      headings: extension.extension.getViews({ type: 'sidebar' }).map((view) => view.document.querySelector('h1')?.textContent ?? ''),
    };
  });
}

/** Closes the real sidebar from the browser window's own code (the extension may only open it on a user action). */
export async function hideSidebar(browser: Browser): Promise<void> {
  await evaluateInChrome<boolean>(browser, '(() => { SidebarController.hide(); return JSON.stringify(true); })()');
}

interface ConsoleEntry {
  kind: 'script-error' | 'message';
  level: string;
  message: string;
  source: string;
}

/**
 * Known harmless lines from Firefox itself (tests/e2e-firefox/README.md). The conduit one is
 * logged by Firefox's own ConduitsChild when a closed extension page's listeners are removed
 * after its messaging channel has gone: it comes from closing the tabs, not from extension code.
 */
const harmless = [
  { message: /RSLoader: Failed to retrieve recipes from Remote Settings/ },
  { message: /RenderCompositorSWGL failed mapping default framebuffer/ },
  { message: /^sendRemoveListener on closed conduit /, source: /^resource:\/\/gre\/modules\/ConduitsChild\.sys\.mjs$/ },
];
const isHarmless = (entry: ConsoleEntry) => harmless.some(({ message, source }) => message.test(entry.message) && (!source || source.test(entry.source)));

/**
 * The errors of extension contexts in the Browser Console. Services.console holds every uncaught
 * error and reported error of every process, the background page and the real sidebar included.
 * Content processes keep their console.* calls to themselves, so a console.error of the background
 * page alone would not be seen here (the pages opened in tabs report theirs over BiDi).
 */
export async function extensionConsoleErrors(browser: Browser): Promise<string[]> {
  const entries = await evaluateInChrome<ConsoleEntry[]>(
    browser,
    `(() => {
      const entries = Services.console.getMessageArray().map((message) => {
        if (message instanceof Ci.nsIScriptError) {
          const level = message.flags & Ci.nsIScriptError.warningFlag ? 'warning' : message.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
          return { kind: 'script-error', level, message: message.errorMessage, source: message.sourceName ?? '' };
        }
        return { kind: 'message', level: 'info', message: String(message.message ?? ''), source: '' };
      });
      return JSON.stringify(entries);
    })()`,
  );
  return entries
    .filter(
      (entry) =>
        (entry.source.includes('moz-extension://') || entry.source.includes(geckoId) || entry.message.includes(geckoId) || entry.message.includes(extensionOrigin)) &&
        !isHarmless(entry),
    )
    .filter((entry) => entry.level === 'error')
    .map((entry) => `${entry.kind}: ${entry.message} (${entry.source})`);
}
