import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Host names the front answers for once Chromium maps them to it, plus loopback for direct use. */
export const certificateNames = [
  'DNS:meta.wikimedia.org',
  'DNS:*.wikimedia.org',
  'DNS:meta.m.wikimedia.org',
  'DNS:www.mediawiki.org',
  'DNS:*.wikipedia.org',
  'DNS:localhost',
  'IP:127.0.0.1',
];

export interface Certificate {
  certificatePem: string;
  keyPem: string;
  certificatePath: string;
  /** base64 SHA-256 of the public key (SPKI), for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
}

export function spkiHashOf(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** Makes a fresh self-signed P-256 certificate for meta.wikimedia.org in `dir` with openssl. */
export async function createCertificate(dir: string): Promise<Certificate> {
  const certificatePath = join(dir, 'front-cert.pem');
  const keyPath = join(dir, 'front-key.pem');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '30',
    '-subj',
    '/CN=meta.wikimedia.org',
    '-addext',
    `subjectAltName=${certificateNames.join(',')}`,
    '-addext',
    'extendedKeyUsage=serverAuth',
    '-keyout',
    keyPath,
    '-out',
    certificatePath,
  ]);
  const [certificatePem, keyPem] = await Promise.all([readFile(certificatePath, 'utf8'), readFile(keyPath, 'utf8')]);
  return { certificatePem, keyPem, certificatePath, spkiHash: spkiHashOf(certificatePem) };
}
