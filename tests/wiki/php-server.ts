import { readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { wikiEnvironment } from './maintenance';
import { spawnProcessGroup, type ProcessGroup } from './process-group';

export interface PhpServer {
  url: string;
  port: number;
  group: ProcessGroup;
}

const workers = 4;

// The shell keeps a watcher on the pipe from this Node process before it becomes php -S. If
// Node dies without running any handler (SIGKILL), the pipe closes, `read` returns and the
// watcher kills the whole process group, php workers included.
const launcher = [
  'exec 3<&0',
  '{ read -r _ <&3; kill -TERM 0; } &',
  'exec php -S "127.0.0.1:$WIKI_PORT" -t docroot router.php >>php-server.log 2>&1 3<&-',
].join('\n');

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** Serves the wiki in `dir` with `php -S` on 127.0.0.1:`port`, resolving once api.php answers. */
export async function startPhpServer(dir: string, port: number, timeoutMs = 15000): Promise<PhpServer> {
  const group = spawnProcessGroup('sh', ['-c', launcher], {
    cwd: dir,
    env: { ...wikiEnvironment(dir), WIKI_PORT: String(port), PHP_CLI_SERVER_WORKERS: String(workers) },
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const url = `http://127.0.0.1:${port}`;
  const probe = `${url}/w/api.php?action=query&meta=siteinfo&format=json`;
  const deadline = Date.now() + timeoutMs;
  // Another program on the port may accept connections and never answer: stop probing as
  // soon as php -S itself gives up.
  const exited = new Promise<false>((resolve) => group.child.once('exit', () => resolve(false)));
  while (!(await Promise.race([answers(probe), exited]))) {
    if (group.child.exitCode !== null || group.child.signalCode !== null || Date.now() > deadline) {
      await group.stop();
      const log = await readFile(join(dir, 'php-server.log'), 'utf8').catch(() => '');
      throw new Error(`php -S on port ${port} exited or did not answer within ${timeoutMs} ms:\n${log.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url, port, group };
}
