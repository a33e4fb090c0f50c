import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { corpusDir, mediawikiDir, wikiScriptsDir } from './paths';

const templatePrefix = 'wiki-wayfinder-template-';
const seedInfoFile = 'seed-info.json';
// Long enough that no start is still copying it, short enough that edits to the scripts do not pile up copies.
const staleAfterMs = 60 * 60 * 1000;

/** Makes a seeded wiki in an empty folder, with relative ages measured from `now`. */
export type SeedFolder = (dir: string, now: Date) => Promise<void>;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Everything a seeded wiki depends on: the corpus, the scripts here, the MediaWiki version and the
 * UTC day (ages such as "2 days ago" are turned into dates at seed time, so a template from
 * another day would make them wrong).
 */
async function templateKey(now: Date): Promise<string> {
  const hash = createHash('sha256');
  const scripts = (await filesUnder(wikiScriptsDir)).filter((file) => /\.(ts|php)$/.test(file));
  const sources = [...(await filesUnder(corpusDir)), ...scripts];
  for (const file of sources) {
    hash.update(relative(wikiScriptsDir, file)).update('\0').update(await readFile(file)).update('\0');
  }
  hash.update(await readFile(join(mediawikiDir, 'includes', 'Defines.php')));
  hash.update(now.toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 16);
}

async function removeStaleTemplates(keep: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith(templatePrefix) || join(tmpdir(), name) === keep) continue;
    const path = join(tmpdir(), name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > staleAfterMs) await rm(path, { recursive: true, force: true });
  }
}

async function readSeedTime(templateDir: string): Promise<Date | undefined> {
  try {
    const info = JSON.parse(await readFile(join(templateDir, seedInfoFile), 'utf8')) as { seededAt?: string };
    return info.seededAt ? new Date(info.seededAt) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills `dir` with a copy of a seeded template wiki kept under the OS temp folder, building
 * the template first when none matches the current corpus, scripts and day. Concurrent
 * callers may both build; the first rename wins and the other copy is thrown away.
 * Resolves with the time the template was seeded (the "now" of its relative ages).
 */
export async function copySeededTemplate(dir: string, seed: SeedFolder): Promise<Date> {
  const now = new Date();
  const templateDir = join(tmpdir(), `${templatePrefix}${await templateKey(now)}`);
  let seededAt = await readSeedTime(templateDir);
  if (!seededAt) {
    const building = await mkdtemp(join(tmpdir(), `${templatePrefix}building-`));
    try {
      await seed(building, now);
      await writeFile(join(building, seedInfoFile), JSON.stringify({ seededAt: now.toISOString() }));
      await rename(building, templateDir).catch(() => rm(building, { recursive: true, force: true }));
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      throw error;
    }
    seededAt = (await readSeedTime(templateDir)) ?? now;
    await removeStaleTemplates(templateDir);
  }
  await cp(templateDir, dir, { recursive: true, verbatimSymlinks: true });
  return seededAt;
}
