import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusDir } from './paths';

/** One revision to import: the manifest's entries and the generated pages both become these. */
export interface CorpusRevision {
  title: string;
  text: string;
  author: string;
  timestamp: Date;
  comment: string;
}

export interface CorpusBlock {
  user: string;
  reason: string;
}

/** A page whose content language the seed sets, as Translate would for a translation page. */
export interface CorpusPageLanguage {
  title: string;
  language: string;
}

export interface Corpus {
  revisions: CorpusRevision[];
  blocks: CorpusBlock[];
  pageLanguages: CorpusPageLanguage[];
}

interface ManifestPage {
  file: string;
  title: string;
  author: string;
  comment: string;
  date?: string;
  daysAgo?: number;
  pageLanguage?: string;
}

const dayMs = 24 * 60 * 60 * 1000;

function fail(where: string, problem: string): never {
  throw new Error(`tests/fixtures/wiki/manifest.json, ${where}: ${problem}`);
}

function requireString(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '') fail(where, `"${key}" must be a non-empty string`);
  return value;
}

function parsePage(entry: unknown, index: number): ManifestPage {
  const where = `pages[${index}]`;
  if (typeof entry !== 'object' || entry === null) fail(where, 'must be an object');
  const record = entry as Record<string, unknown>;
  const page: ManifestPage = {
    file: requireString(record, 'file', where),
    title: requireString(record, 'title', where),
    author: requireString(record, 'author', where),
    comment: requireString(record, 'comment', where),
  };
  const hasDate = 'date' in record;
  const hasAge = 'daysAgo' in record;
  if (hasDate === hasAge) fail(where, 'needs exactly one of "date" (ISO 8601, UTC) or "daysAgo" (number)');
  if (hasDate) {
    page.date = requireString(record, 'date', where);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(page.date)) fail(where, `"date" ${page.date} is not YYYY-MM-DDThh:mm:ssZ`);
  } else {
    const daysAgo = record.daysAgo;
    if (typeof daysAgo !== 'number' || !(daysAgo >= 0)) fail(where, '"daysAgo" must be a number ≥ 0');
    page.daysAgo = daysAgo;
  }
  if ('pageLanguage' in record) {
    page.pageLanguage = requireString(record, 'pageLanguage', where);
    // It goes into SQL as a literal: a language code and nothing else.
    if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(page.pageLanguage)) fail(where, `"pageLanguage" ${page.pageLanguage} is not a language code`);
  }
  return page;
}

function parseBlock(entry: unknown, index: number): CorpusBlock {
  const where = `blocks[${index}]`;
  if (typeof entry !== 'object' || entry === null) fail(where, 'must be an object');
  const record = entry as Record<string, unknown>;
  return { user: requireString(record, 'user', where), reason: requireString(record, 'reason', where) };
}

function timestampOf(page: ManifestPage, now: Date): Date {
  if (page.date !== undefined) return new Date(page.date);
  // Whole seconds: MediaWiki stores revision timestamps to the second.
  return new Date(Math.floor((now.getTime() - (page.daysAgo ?? 0) * dayMs) / 1000) * 1000);
}

/** Reads manifest.json and the page files it names, turning ages into timestamps relative to `now`. */
export async function loadCorpus(now: Date): Promise<Corpus> {
  const manifest: unknown = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) fail('top level', 'must be an object');
  const { pages, blocks } = manifest as Record<string, unknown>;
  if (!Array.isArray(pages)) fail('top level', '"pages" must be an array');
  if (!Array.isArray(blocks)) fail('top level', '"blocks" must be an array');
  const parsedPages = pages.map(parsePage);
  const revisions = await Promise.all(
    parsedPages.map(async (page, index) => {
      const text = await readFile(join(corpusDir, page.file), 'utf8');
      // importDump.php would store broken JSON without complaint; fail here, naming the file.
      if (page.title.endsWith('.json')) {
        try {
          JSON.parse(text);
        } catch (error) {
          fail(`pages[${index}]`, `${page.file} is not valid JSON (${String(error)})`);
        }
      }
      return { title: page.title, text, author: page.author, timestamp: timestampOf(page, now), comment: page.comment };
    }),
  );
  const pageLanguages = parsedPages.flatMap(({ title, pageLanguage }) => (pageLanguage === undefined ? [] : [{ title, language: pageLanguage }]));
  return { revisions, blocks: blocks.map(parseBlock), pageLanguages };
}
