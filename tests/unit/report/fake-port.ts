import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Stand-ins for the browser's runtime.Port and for the background at its other end. A real
 * port cannot run in vitest: there is no extension and no background in Node, and WXT's
 * fakeBrowser leaves runtime.connect unimplemented (it throws). The test plays the background:
 * it decides whether a connection is accepted, sends messages and drops connections.
 */
export class FakePort {
  /** What the page posted, in order. */
  readonly posted: unknown[] = [];
  /** The page closed this port itself. */
  closedByPage = false;
  private gone = false;
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  readonly onMessage = { addListener: (listener: (message: unknown) => void) => this.messageListeners.push(listener) };
  readonly onDisconnect = { addListener: (listener: () => void) => this.disconnectListeners.push(listener) };

  constructor(
    readonly name: string,
    private readonly received: (port: FakePort, message: unknown) => void = () => undefined,
  ) {}

  postMessage(message: unknown): void {
    // As Chrome does: posting to a port whose other end has gone throws.
    if (this.gone) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    this.received(this, message);
  }

  get isOpen(): boolean {
    return !this.gone && !this.closedByPage;
  }

  disconnect(): void {
    this.closedByPage = true;
  }

  /** The background sends a message to the page. */
  send(message: unknown): void {
    if (!this.gone && !this.closedByPage) for (const listener of this.messageListeners) listener(message);
  }

  /** The background's end goes away (its worker stopped, or it refused the connection). */
  drop(): void {
    if (this.gone) return;
    this.gone = true;
    if (!this.closedByPage) for (const listener of this.disconnectListeners) listener();
  }
}

export type BackgroundState = 'up' | 'refusing' | 'invalidated';

export interface FakeBackgroundBehaviour {
  /** Runs just after a connection was accepted (a real background's onConnect runs later too). */
  connected?(port: FakePort): void;
  /** Runs for every message the page posts. */
  received?(port: FakePort, message: unknown): void;
}

/**
 * The extension's background as the page's `browser.runtime.connect` sees it. While `up`, a
 * connection stays open and `behaviour` says how the background answers it; while `refusing` (the background fails
 * at start), every connection is dropped just after it is made, as Chrome does when nothing
 * listens; while `invalidated` (the extension reloaded under the page), connect throws.
 */
export function fakeBackground(behaviour: FakeBackgroundBehaviour = {}) {
  const connections: FakePort[] = [];
  const background = {
    state: 'up' as BackgroundState,
    connections,
    /** How many times the page tried to connect, refused or not. */
    attempts: 0,
    open: () => connections.filter((port) => port.isOpen),
    last: () => connections.at(-1)!,
  };
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info: { name: string }) => {
    background.attempts += 1;
    if (background.state === 'invalidated') throw new Error('Extension context invalidated.');
    const port = new FakePort(info.name, behaviour.received);
    connections.push(port);
    if (background.state === 'refusing') queueMicrotask(() => port.drop());
    else queueMicrotask(() => behaviour.connected?.(port));
    return port;
  }) as never);
  return background;
}
