// Starts the local Meta-like wiki and its HTTPS front for a shell or another process:
//   npx tsx tests/wiki/cli.ts start [--port N] [--front-port N] [--front-http-port N] [--fresh]
// Prints one JSON line with the URLs, ports and certificate facts on stdout, keeps running,
// and stops everything on SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { controlPrefix } from './front-control-endpoint';
import { startLocalWiki } from './local-wiki';

function portOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--${name} must be a port number, not ${value}`);
  return port;
}

async function start(values: Record<string, string | boolean | undefined>): Promise<void> {
  const wiki = await startLocalWiki({
    port: portOption(values.port as string | undefined, 'port'),
    frontPort: portOption(values['front-port'] as string | undefined, 'front-port'),
    frontHttpPort: portOption(values['front-http-port'] as string | undefined, 'front-http-port'),
    useTemplate: !values.fresh,
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    wiki.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(
    JSON.stringify({
      phpUrl: wiki.phpUrl,
      phpPort: wiki.phpPort,
      frontUrl: wiki.frontUrl,
      frontPort: wiki.frontPort,
      frontHttpUrl: wiki.frontHttpUrl,
      frontHttpPort: wiki.frontHttpPort,
      controlUrl: `${wiki.frontHttpUrl}${controlPrefix}`,
      certSpkiHash: wiki.certSpkiHash,
      certificatePath: wiki.certificatePath,
      dir: wiki.dir,
      seededAt: wiki.seededAt.toISOString(),
    }),
  );
  console.error(`Local wiki at ${wiki.frontUrl} (php -S at ${wiki.phpUrl}); Ctrl+C stops it.`);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    'front-port': { type: 'string' },
    'front-http-port': { type: 'string' },
    fresh: { type: 'boolean' },
  },
});

if (positionals[0] !== 'start' || positionals.length !== 1) {
  console.error('usage: tsx tests/wiki/cli.ts start [--port N] [--front-port N] [--front-http-port N] [--fresh]');
  process.exit(2);
}

start(values).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
