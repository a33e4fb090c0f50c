import { once } from 'node:events';
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createCertificate, type Certificate } from './certificate';
import { controlPrefix, handleControlRequest } from './front-control-endpoint';
import { createFrontState, type FrontControls } from './front-controls';
import { respondWithFault, type ActiveFault } from './front-faults';

export interface FrontOptions {
  /** Port of php -S on 127.0.0.1. */
  targetPort: number;
  /** HTTPS port; 0 or absent picks a free one. */
  port?: number;
  /** Plain-HTTP port with the same behaviour, for Node clients that cannot trust the certificate; 0 or absent picks one. */
  httpPort?: number;
  /** Where the certificate files go. */
  dir: string;
}

export interface HttpsFront {
  url: string;
  port: number;
  httpUrl: string;
  httpPort: number;
  certificate: Certificate;
  controls: FrontControls;
  stop(): Promise<void>;
}

const hopByHopHeaders = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of hopByHopHeaders) delete copy[name];
  return copy;
}

async function listen(server: Server, port: number): Promise<number> {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/**
 * Starts an HTTPS reverse proxy to php -S that keeps the Host header and adds
 * X-Forwarded-Proto: https, so a browser that maps meta.wikimedia.org to it sees the local wiki
 * as https://meta.wikimedia.org. It logs and counts requests, and can add latency and faults.
 */
export async function startHttpsFront(options: FrontOptions): Promise<HttpsFront> {
  const certificate = await createCertificate(options.dir);
  const state = createFrontState();
  const timers = new Set<NodeJS.Timeout>();
  const upstreams = new Set<ReturnType<typeof httpRequest>>();
  let stopped = false;

  /** Resolves true after `ms`, or false as soon as the client goes away or the front stops. */
  function waitWhileConnected(ms: number, response: ServerResponse): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const settle = (value: boolean) => {
        clearTimeout(timer);
        timers.delete(timer);
        response.off('close', onClose);
        resolve(value);
      };
      const onClose = () => settle(false);
      const timer = setTimeout(() => settle(!stopped), ms);
      timers.add(timer);
      response.once('close', onClose);
    });
  }

  function forward(
    request: IncomingMessage,
    response: ServerResponse,
    secure: boolean,
    fault: ActiveFault | undefined,
  ): void {
    const headers = withoutHopByHop(request.headers);
    if (secure) headers['x-forwarded-proto'] = 'https';
    headers['x-forwarded-for'] = request.socket.remoteAddress ?? '127.0.0.1';
    const upstream = httpRequest({
      host: '127.0.0.1',
      port: options.targetPort,
      method: request.method,
      path: request.url,
      headers,
      agent: false,
    });
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    response.on('close', () => upstream.destroy());
    upstream.on('error', () => {
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('The local wiki did not answer.');
      } else {
        response.destroy();
      }
    });
    upstream.on('response', (answer) => {
      const answerHeaders = withoutHopByHop(answer.headers);
      if (fault?.kind !== 'truncated') {
        response.writeHead(answer.statusCode ?? 502, answerHeaders);
        answer.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', () => response.destroy());
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        const half = body.subarray(0, Math.floor(body.length / 2));
        response.writeHead(answer.statusCode ?? 502, { ...answerHeaders, 'content-length': String(half.length) });
        response.end(half);
      });
    });
    request.pipe(upstream);
  }

  async function handle(request: IncomingMessage, response: ServerResponse, secure: boolean): Promise<void> {
    if ((request.url ?? '').startsWith(controlPrefix)) {
      await handleControlRequest(state, request, response);
      return;
    }
    const { entry, finish } = state.begin(request);
    // 'prefinish' comes as the last byte is handed on, before the client can have read it and
    // sent its next request; 'finish' can come after that next request has begun here, which
    // counted a request the client had already finished as still in flight.
    response.once('prefinish', () => finish(response.statusCode));
    response.once('finish', () => finish(response.statusCode));
    response.once('close', () => finish(null));
    if (!(await waitWhileConnected(state.latencyMs, response))) return;
    const fault = state.takeFault(request.url ?? '/');
    entry.fault = fault?.kind ?? null;
    switch (fault?.kind) {
      case 'drop':
      case 'down':
        request.socket.destroy();
        return;
      case '429':
      case '500':
      case 'maxlag':
      case 'malformed':
        respondWithFault(fault, request, response);
        return;
      case 'slow':
        if (await waitWhileConnected(fault.delayMs, response)) forward(request, response, secure, fault);
        return;
      default:
        forward(request, response, secure, fault);
    }
  }

  const onRequest = (secure: boolean) => (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response, secure).catch(() => response.destroy());
  };
  const httpsServer = createHttpsServer({ key: certificate.keyPem, cert: certificate.certificatePem }, onRequest(true));
  const httpServer = createHttpServer(onRequest(false));
  let port: number;
  let httpPort: number;
  try {
    port = await listen(httpsServer, options.port ?? 0);
    httpPort = await listen(httpServer, options.httpPort ?? 0);
  } catch (error) {
    httpsServer.close();
    httpServer.close();
    throw error;
  }

  return {
    url: `https://127.0.0.1:${port}`,
    port,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpPort,
    certificate,
    controls: state,
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const upstream of upstreams) upstream.destroy();
      await Promise.all(
        [httpsServer, httpServer].map((server) => {
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          server.closeAllConnections();
          return closed;
        }),
      );
    },
  };
}
