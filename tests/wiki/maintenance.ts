import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mediawikiDir } from './paths';

export interface MaintenanceOptions {
  /** Text for the script's standard input (edit.php reads the page text there). */
  stdin?: string;
  /** Aborting kills the script: stop() must not leave one running. */
  signal?: AbortSignal;
}

/** Environment that points MediaWiki at one wiki's settings instead of Debian's global ones. */
export function wikiEnvironment(wikiDir: string): NodeJS.ProcessEnv {
  return { ...process.env, MW_CONFIG_FILE: join(wikiDir, 'LocalSettings.php') };
}

// Each script compiles much of MediaWiki again; a shared opcache file cache halves their start-up.
const opcacheDir = join(tmpdir(), 'wiki-wayfinder-opcache');
const opcacheFlags = ['-d', 'opcache.enable_cli=1', '-d', `opcache.file_cache=${opcacheDir}`, '-d', 'opcache.file_cache_only=1'];

/** Runs `php maintenance/<script>` for the wiki in `wikiDir`; resolves with its standard output. */
export function runMaintenance(
  wikiDir: string,
  script: string,
  args: string[],
  options: MaintenanceOptions = {},
): Promise<string> {
  mkdirSync(opcacheDir, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn('php', [...opcacheFlags, join(mediawikiDir, 'maintenance', script), ...args], {
      cwd: mediawikiDir,
      env: wikiEnvironment(wikiDir),
      signal: options.signal,
      killSignal: 'SIGKILL',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? code}):\n${stdout}${stderr}`));
    });
    child.stdin.end(options.stdin ?? '');
  });
}
