import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript one entry of a built extension loads, compressed as a web server would (gzip -9, per file). */
export interface EntrySize {
  entry: EntryName;
  /** Every file loaded at start: the entry's script, its modulepreload links and their static imports. */
  files: string[];
  gzipBytes: number;
  /** Chunks reached only through dynamic import(), loaded when a rarely used feature is. */
  lazyFiles: string[];
  lazyGzipBytes: number;
}

export type EntryName = 'side panel' | 'popup' | 'options' | 'directory' | 'audit' | 'background' | 'content script';

/** 1 KB = 1,000 bytes, as WXT's build summary counts. */
export const kilobyte = 1000;

/** The size budgets of issue 7, in gzip bytes; entries without one are reported only. */
export const sizeBudgets: Partial<Record<EntryName, number>> = {
  'side panel': 35 * kilobyte,
  'content script': 3 * kilobyte,
  // Measured 74.7 KB: the popup's shared code, plus the lineage layout (@dagrejs/dagre, about
  // 17 KB of it) and the resolver's lineage walk. The registry and zod load after it, lazily.
  directory: 78 * kilobyte,
  // Measured 72.8 KB: its own 11 KB, the settings and message code the pages share (39 KB, as in
  // the directory) and the registry's zod schemas (15 KB), which its input's schema brings.
  audit: 76 * kilobyte,
};

/** Extension pages the manifest does not name (WXT's unlisted pages), by the file WXT builds. */
const unlistedPages = { directory: 'directory.html', audit: 'audit.html' } as const;

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[] }[];
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
}

const staticImport = /\bfrom\s*["'](\.{1,2}\/[^"']+\.js)["']|\bimport\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const dynamicImport = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;
const htmlScript = /<script\b[^>]*\bsrc="([^"]+\.js)"/g;
const htmlPreload = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"|<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g;

/** A path inside the extension folder, from a reference in `fromFile` (relative) or from the root (leading /). */
function resolveReference(reference: string, fromFile: string): string {
  return reference.startsWith('/') ? reference.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), reference));
}

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match.slice(1).find((group) => group !== undefined) ?? '').filter(Boolean);
}

/** Files reached from `roots` through static imports, and the dynamic import() targets met on the way. */
function staticClosure(root: string, roots: readonly string[]): { files: Set<string>; dynamic: Set<string> } {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(path.join(root, file), 'utf8');
    for (const reference of matchesOf(staticImport, code)) queue.push(resolveReference(reference, file));
    for (const reference of matchesOf(dynamicImport, code)) dynamic.add(resolveReference(reference, file));
  }
  return { files, dynamic };
}

const gzipBytesOf = (root: string, file: string) => gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;

function sizeOf(root: string, entry: EntryName, roots: readonly string[]): EntrySize {
  const eager = staticClosure(root, roots);
  const lazy = staticClosure(root, [...eager.dynamic].filter((file) => !eager.files.has(file)));
  const lazyFiles = [...lazy.files].filter((file) => !eager.files.has(file));
  const files = [...eager.files];
  const total = (list: string[]) => list.reduce((sum, file) => sum + gzipBytesOf(root, file), 0);
  return { entry, files, gzipBytes: total(files), lazyFiles, lazyGzipBytes: total(lazyFiles) };
}

function htmlRoots(root: string, htmlFile: string): string[] {
  const html = readFileSync(path.join(root, htmlFile), 'utf8');
  return [...matchesOf(htmlScript, html), ...matchesOf(htmlPreload, html)].map((reference) => resolveReference(reference, htmlFile));
}

/** An unlisted page's file when the build has it (a build from before the page has none). */
function unlistedPage(browserDir: string, entry: keyof typeof unlistedPages): string | undefined {
  const file = unlistedPages[entry];
  return existsSync(path.join(browserDir, file)) ? file : undefined;
}

/**
 * Sizes of every entry of one built browser folder (such as .output/chrome-mv3), found through
 * its manifest (side panel or Firefox sidebar, popup, options, background and content scripts)
 * and by file name (the team directory and the audit page, unlisted pages).
 */
export function measureEntries(browserDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(path.join(browserDir, 'manifest.json'), 'utf8')) as Manifest;
  const pages: [EntryName, string | undefined][] = [
    ['side panel', manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel],
    ['popup', manifest.action?.default_popup ?? manifest.browser_action?.default_popup],
    ['options', manifest.options_ui?.page],
    // Unlisted pages: no manifest key names them, so they are found by their file names.
    ['directory', unlistedPage(browserDir, 'directory')],
    ['audit', unlistedPage(browserDir, 'audit')],
  ];
  const sizes: EntrySize[] = [];
  for (const [entry, html] of pages) {
    if (html !== undefined) sizes.push(sizeOf(browserDir, entry, htmlRoots(browserDir, html.replace(/^\//, ''))));
  }
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background !== undefined) sizes.push(sizeOf(browserDir, 'background', [background]));
  const contentScripts = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  if (contentScripts.length > 0) sizes.push(sizeOf(browserDir, 'content script', [...new Set(contentScripts)]));
  return sizes;
}

/** The browser folders (chrome-mv3, firefox-mv2, …) of a WXT output folder. */
export function browserFolders(outputDir: string): string[] {
  if (!existsSync(outputDir)) return [];
  return readdirSync(outputDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(outputDir, entry.name, 'manifest.json')))
    .map((entry) => path.join(outputDir, entry.name))
    .sort();
}

export const formatKilobytes = (bytes: number) => `${(bytes / kilobyte).toFixed(1)} KB`;
