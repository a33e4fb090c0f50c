import { browser } from 'wxt/browser';
import { reconnectBackoff, reconnectDelayMs } from './reconnect-backoff';

export interface BackgroundPort {
  /** Sends a message if connected; one sent while reconnecting is dropped (see `greeting`). */
  post(message: object): void;
  /** Reconnects at once if waiting to, else sends the greeting again (a user's "retry"). */
  greetAgain(): void;
  close(): void;
}

export interface BackgroundPortHandlers {
  /** Messages from the background; none are delivered once the port is closed. */
  onMessage(message: unknown): void;
  /** Sent on every connection, so a background that was restarted knows what is wanted. */
  greeting?: () => object;
}

/**
 * A port to the extension's background that stays connected: when the browser stops the
 * background's worker, or the background refuses the connection, it reconnects after a
 * bounded backoff (reconnect-backoff.ts). No zod here: the side panel imports this, and its
 * bundle has a budget; the messages come from this extension's own background.
 */
export function connectToBackground(name: string, { onMessage, greeting }: BackgroundPortHandlers): BackgroundPort {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let closed = false;
  let failures = 0;
  let waiting: ReturnType<typeof setTimeout> | undefined;

  const post = (message: object) => {
    try {
      port?.postMessage(message);
    } catch {
      // The background went away before this port's disconnect event ran; that event reconnects.
    }
  };
  const retryLater = () => {
    if (!closed) waiting = setTimeout(connect, reconnectDelayMs(failures++));
  };
  function connect() {
    waiting = undefined;
    const connectedAt = Date.now();
    try {
      port = browser.runtime.connect({ name });
    } catch {
      // The extension was reloaded or removed under this page: as good as refused.
      return retryLater();
    }
    port.onMessage.addListener((message: unknown) => {
      if (!closed) onMessage(message);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (Date.now() - connectedAt >= reconnectBackoff.workedAfterMs) failures = 0;
      retryLater();
    });
    if (greeting) post(greeting());
  }

  connect();
  return {
    post,
    greetAgain() {
      if (closed) return;
      if (waiting === undefined) {
        if (greeting) post(greeting());
        return;
      }
      clearTimeout(waiting);
      connect();
    },
    close() {
      closed = true;
      clearTimeout(waiting);
      port?.disconnect();
      port = null;
    },
  };
}
