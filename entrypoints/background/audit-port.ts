import type { Browser } from 'wxt/browser';
import { auditCommandSchema, type AuditUpdate } from '../../utils/audit/audit-messages';
import type { AuditRunner } from './audit-runner';

/**
 * The audit page's port: its commands, validated, go to the runner; the runner's snapshot and
 * progress come back. Closing the page closes the port and nothing else: the run goes on.
 */
export function serveAuditPort(port: Browser.runtime.Port, runner: AuditRunner): void {
  const send = (update: AuditUpdate) => {
    try {
      port.postMessage(update);
    } catch {
      // The page closed between two batches; the run goes on without it.
    }
  };
  const stop = runner.watch({
    snapshot: (run, rows) => send({ type: 'snapshot', run, rows: [...rows] }),
    progress: (run, added) => send({ type: 'progress', run, added: [...added] }),
  });
  port.onMessage.addListener((message: unknown) => {
    const command = auditCommandSchema.safeParse(message);
    if (!command.success) {
      send({ type: 'refused', reason: command.error.issues[0]?.message ?? 'not a command' });
      return;
    }
    const done = (() => {
      switch (command.data.type) {
        case 'start':
          return runner.start(command.data.input);
        case 'pause':
          return runner.pause();
        case 'resume':
          return runner.resume();
        case 'cancel':
          return runner.cancel();
        case 'retry-failed':
          return runner.retryFailed();
      }
    })();
    done.catch((error: unknown) => send({ type: 'refused', reason: error instanceof Error ? error.message : String(error) }));
  });
  port.onDisconnect.addListener(stop);
}
