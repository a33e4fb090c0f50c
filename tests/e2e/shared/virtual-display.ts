import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { onProcessExit } from '../../wiki/exit-cleanup';

/**
 * An X server of its own (Debian's `xvfb`) for the few end-to-end tests that need a real
 * keystroke: a browser's extension shortcuts are handled by its window, so keys sent through
 * CDP or WebDriver BiDi (which go straight to the page) never reach them. A browser started with
 * this DISPLAY and not headless gets the keys that `xdotool` types, exactly as from a keyboard.
 */
export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":99". */
  display: string;
  /** Types a shortcut written as in manifest.json's `suggested_key` ("Alt+Shift+0"). */
  press(shortcut: string): Promise<void>;
  stop(): Promise<void>;
}

const run = promisify(execFile);

/** "Alt+Shift+0" → "alt+shift+0", the key names xdotool takes. */
export function xdotoolKeys(shortcut: string): string {
  const names: Record<string, string> = { Alt: 'alt', Shift: 'shift', Ctrl: 'ctrl', Command: 'super', MacCtrl: 'ctrl', Period: 'period', Comma: 'comma' };
  return shortcut
    .split('+')
    .map((part) => names[part] ?? part.toLowerCase())
    .join('+');
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display number and writes it once it accepts clients, so
  // there is no guessing of numbers and no waiting for a fixed time.
  const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const cancelCleanup = onProcessExit(() => server.kill());
  let written = '';
  const number = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(written.trim());
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  const display = `:${number}`;
  return {
    display,
    async press(shortcut) {
      await run('xdotool', ['key', '--clearmodifiers', xdotoolKeys(shortcut)], { env: { ...process.env, DISPLAY: display } });
    },
    async stop() {
      cancelCleanup();
      if (server.exitCode !== null) return;
      server.kill();
      await once(server, 'exit');
    },
  };
}
