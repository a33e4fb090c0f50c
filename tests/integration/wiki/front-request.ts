import { request } from 'node:https';

export interface FrontAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FrontRequestOptions {
  host?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * GET through the HTTPS front as a browser mapped to it would: TLS for meta.wikimedia.org,
 * trusting only the front's own certificate.
 */
export function frontGet(
  front: { frontPort: number; certificatePem: string },
  path: string,
  options: FrontRequestOptions = {},
): Promise<FrontAnswer> {
  const host = options.host ?? 'meta.wikimedia.org';
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: front.frontPort,
        servername: host,
        ca: front.certificatePem,
        path,
        headers: { host, ...options.headers },
        agent: false,
        timeout: options.timeoutMs ?? 10000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('client timeout')));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** An api.php GET with format=json&formatversion=2, parsed. */
export async function frontApi<T = Record<string, unknown>>(
  front: { frontPort: number; certificatePem: string },
  params: Record<string, string>,
): Promise<T> {
  const query = new URLSearchParams({ format: 'json', formatversion: '2', ...params });
  const answer = await frontGet(front, `/w/api.php?${query}`);
  if (answer.status !== 200) throw new Error(`api.php answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body) as T;
}
