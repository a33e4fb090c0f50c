import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from './corpus';
import { onProcessExit } from './exit-cleanup';
import { findFreePort } from './free-port';
import type { FrontControls } from './front-controls';
import { generatedRevisions } from './generated-pages';
import { startHttpsFront, type HttpsFront } from './https-front';
import { installWiki } from './install-wiki';
import { runMaintenance } from './maintenance';
import { startPhpServer, type PhpServer } from './php-server';
import { seedWiki } from './seed-wiki';
import { copySeededTemplate } from './template-cache';

export interface LocalWikiOptions {
  /** Port of php -S; a free one when absent. */
  port?: number;
  /** HTTPS port of the front; a free one when absent. */
  frontPort?: number;
  /** Plain-HTTP port of the front; a free one when absent. */
  frontHttpPort?: number;
  /** Folder for the wiki (must be empty or absent); a new temporary one when absent. Removed by stop(). */
  dir?: string;
  /** Copy a seeded template kept under the OS temp folder instead of installing and seeding (default true). */
  useTemplate?: boolean;
}

export interface EditOptions {
  /** Author of the edit; the account is created if missing. Default: MediaWiki's "Maintenance script". */
  user?: string;
  summary?: string;
}

export interface LocalWiki {
  /** php -S itself, without the front: http://127.0.0.1:PORT */
  phpUrl: string;
  phpPort: number;
  /** The HTTPS front: https://127.0.0.1:FRONTPORT (also meta.wikimedia.org once a browser maps the name to it). */
  frontUrl: string;
  frontPort: number;
  /** The same front over plain HTTP, for Node clients that cannot be told to trust the certificate. */
  frontHttpUrl: string;
  frontHttpPort: number;
  /** base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  certSpkiHash: string;
  /** The front's self-signed certificate, to trust it in Node (`ca`) or NODE_EXTRA_CA_CERTS. */
  certificatePem: string;
  certificatePath: string;
  front: FrontControls;
  dir: string;
  /** The "now" the corpus's relative ages ("2 days ago") were counted from. */
  seededAt: Date;
  /** Saves a new revision of `title` (created if missing) through edit.php; visible at once. */
  editPage(title: string, text: string, options?: EditOptions): Promise<void>;
  /** Deletes `title` through deleteBatch.php, as an administrator would: logged in the deletion log. */
  deletePage(title: string, reason?: string): Promise<void>;
  /** Restores every deleted revision of `title` through undelete.php, under their old revision ids. */
  undeletePage(title: string): Promise<void>;
  /** Stops the front and every process started for this wiki, then removes its folder. */
  stop(): Promise<void>;
}

async function prepareFolder(dir: string | undefined): Promise<string> {
  if (dir === undefined) return mkdtemp(join(tmpdir(), 'wiki-wayfinder-wiki-'));
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty`);
  return dir;
}

async function installAndSeed(dir: string, now: Date, signal?: AbortSignal): Promise<void> {
  await installWiki(dir, signal);
  const corpus = await loadCorpus(now);
  await seedWiki(dir, { ...corpus, revisions: [...corpus.revisions, ...generatedRevisions(now)] }, signal);
}

/**
 * Starts a fresh Meta-like MediaWiki seeded with tests/fixtures/wiki, served by php -S on
 * loopback behind an HTTPS front. Everything it starts is stopped by stop(), and also when
 * this process exits or is interrupted.
 */
export async function startLocalWiki(options: LocalWikiOptions = {}): Promise<LocalWiki> {
  const dir = await prepareFolder(options.dir);
  const maintenance = new AbortController();
  let php: PhpServer | undefined;
  let front: HttpsFront | undefined;
  const cancelExitCleanup = onProcessExit(() => {
    maintenance.abort();
    php?.group.killNow();
    rmSync(dir, { recursive: true, force: true });
  });

  async function stop(): Promise<void> {
    cancelExitCleanup();
    maintenance.abort();
    await front?.stop();
    await php?.group.stop();
    await rm(dir, { recursive: true, force: true });
  }

  try {
    let seededAt = new Date();
    if (options.useTemplate ?? true) {
      seededAt = await copySeededTemplate(dir, (folder, now) => installAndSeed(folder, now, maintenance.signal));
    } else {
      await installAndSeed(dir, seededAt, maintenance.signal);
    }
    php = await startPhpServer(dir, options.port ?? (await findFreePort()));
    front = await startHttpsFront({
      targetPort: php.port,
      port: options.frontPort ?? 0,
      httpPort: options.frontHttpPort ?? 0,
      dir,
    });
    const { certificate } = front;
    return {
      phpUrl: php.url,
      phpPort: php.port,
      frontUrl: front.url,
      frontPort: front.port,
      frontHttpUrl: front.httpUrl,
      frontHttpPort: front.httpPort,
      certSpkiHash: certificate.spkiHash,
      certificatePem: certificate.certificatePem,
      certificatePath: certificate.certificatePath,
      front: front.controls,
      dir,
      seededAt,
      async editPage(title, text, editOptions = {}) {
        const args = ['--summary', editOptions.summary ?? '', title];
        if (editOptions.user !== undefined) args.unshift('--user', editOptions.user);
        const output = await runMaintenance(dir, 'edit.php', args, { stdin: text, signal: maintenance.signal });
        if (!/Saving\.\.\.done/.test(output)) throw new Error(`editing ${title} failed: ${output.trim()}`);
      },
      async deletePage(title, reason = '') {
        const output = await runMaintenance(dir, 'deleteBatch.php', ['-r', reason], { stdin: `${title}\n`, signal: maintenance.signal });
        if (!/Deleted!/.test(output)) throw new Error(`deleting ${title} failed: ${output.trim()}`);
      },
      async undeletePage(title) {
        const output = await runMaintenance(dir, 'undelete.php', [title], { signal: maintenance.signal });
        if (!/done/.test(output)) throw new Error(`undeleting ${title} failed: ${output.trim()}`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
