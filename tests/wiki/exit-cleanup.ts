type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // One failed cleanup must not keep the others from running while the process dies.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runCleanups();
  process.removeListener(signal, onSignal);
  // If nobody else handles the signal, re-raise it so the process ends as it would have
  // without us; otherwise the other handler (for example the CLI's) decides.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runCleanups);
  for (const signal of signals) process.on(signal, onSignal);
}

/**
 * Runs `cleanup` (synchronous: it may run inside an 'exit' handler) if the process exits or
 * is interrupted before the returned function is called to cancel it.
 */
export function onProcessExit(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
