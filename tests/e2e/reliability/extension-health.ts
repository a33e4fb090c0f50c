import type { BrowserContext, ConsoleMessage, Request, WebError, Worker } from '@playwright/test';
import { isWikiRequestUrl } from './wikimedia-addresses';

/** What the extension did wrong, and whom it talked to, while a test ran. */
export interface HealthReport {
  /** Console errors, uncaught errors, unhandled rejections and CSP violations in any extension context. */
  problems: string[];
  /** Console warnings of the extension, recorded for the figures; not failures by themselves. */
  warnings: string[];
  /** Every network request of the browser context (pages and the service worker), by host. */
  requestsByHost: Record<string, number>;
  /** Requests to anything but an https Wikimedia wiki. */
  foreignRequests: string[];
}

export interface HealthWatch {
  report(): Promise<HealthReport>;
  stop(): void;
}

// Schemes that never leave the browser.
const localSchemes = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

const contextsWithCspProbe = new WeakSet<BrowserContext>();

/**
 * Turns every Content Security Policy violation in an extension page into a console error, which
 * the watch below then sees: Chrome blocks a caught `new Function` or an injected inline handler
 * without logging anything itself.
 */
async function installCspProbe(context: BrowserContext): Promise<void> {
  if (contextsWithCspProbe.has(context)) return;
  contextsWithCspProbe.add(context);
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

/** Listeners inside the service worker: Playwright reports its console, not its uncaught errors. */
async function installWorkerProbe(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __wayfinderHealth?: string[]; addEventListener: typeof addEventListener };
    if (scope.__wayfinderHealth) return;
    const found: string[] = [];
    scope.__wayfinderHealth = found;
    scope.addEventListener('unhandledrejection', (event) => {
      const { reason } = event as PromiseRejectionEvent;
      found.push(`service worker: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
    });
    scope.addEventListener('error', (event) => found.push(`service worker: uncaught error: ${(event as ErrorEvent).message}`));
  });
}

async function drainWorkerProbe(worker: Worker): Promise<string[]> {
  try {
    return await worker.evaluate(() => (globalThis as unknown as { __wayfinderHealth?: string[] }).__wayfinderHealth?.splice(0) ?? []);
  } catch {
    // The worker was stopped by the browser; a new one gets its own probe.
    return [];
  }
}

/**
 * Watches every extension context (the service worker, extension pages and the content script)
 * and every request of the browser context, from now until `stop()`.
 */
export async function watchExtensionHealth(context: BrowserContext, extensionId: string): Promise<HealthWatch> {
  const origin = `chrome-extension://${extensionId}/`;
  const problems: string[] = [];
  const warnings: string[] = [];
  const requestsByHost: Record<string, number> = {};
  const foreignRequests: string[] = [];
  const workers = new Set<Worker>();

  const isExtensionMessage = (message: ConsoleMessage) =>
    [message.location().url, message.page()?.url() ?? '', message.worker()?.url() ?? ''].some((url) => url.startsWith(origin));
  const onConsole = (message: ConsoleMessage) => {
    if (!isExtensionMessage(message)) return;
    const where = message.page()?.url() ?? message.worker()?.url() ?? 'the extension';
    if (message.type() === 'error') problems.push(`console error in ${where}: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(`${where}: ${message.text()}`);
  };
  const onWebError = (webError: WebError) => {
    const error = webError.error();
    const fromExtension = (webError.page()?.url().startsWith(origin) ?? false) || (error.stack ?? '').includes(origin);
    if (fromExtension) problems.push(`uncaught in ${webError.page()?.url() ?? 'a page'}: ${error.stack ?? error.message}`);
  };
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (localSchemes.has(url.protocol)) return;
    requestsByHost[url.host] = (requestsByHost[url.host] ?? 0) + 1;
    if (!isWikiRequestUrl(request.url())) foreignRequests.push(request.url());
  };
  const onWorker = (worker: Worker) => {
    if (!worker.url().startsWith(origin)) return;
    workers.add(worker);
    void installWorkerProbe(worker).catch(() => undefined);
  };

  await installCspProbe(context);
  context.on('console', onConsole);
  context.on('weberror', onWebError);
  context.on('request', onRequest);
  context.on('serviceworker', onWorker);
  for (const worker of context.serviceWorkers()) {
    if (worker.url().startsWith(origin)) {
      workers.add(worker);
      await installWorkerProbe(worker);
    }
  }

  return {
    async report() {
      for (const worker of workers) problems.push(...(await drainWorkerProbe(worker)));
      return { problems: [...problems], warnings: [...warnings], requestsByHost: { ...requestsByHost }, foreignRequests: [...foreignRequests] };
    },
    stop() {
      context.off('console', onConsole);
      context.off('weberror', onWebError);
      context.off('request', onRequest);
      context.off('serviceworker', onWorker);
    },
  };
}
