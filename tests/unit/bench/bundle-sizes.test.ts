import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserFolders, measureEntries } from '../../bench/bundle-sizes';

let outputDir: string;
let browserDir: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(browserDir, file)), { recursive: true });
  writeFileSync(path.join(browserDir, file), text);
}

const gzipOf = (text: string) => gzipSync(text, { level: 9 }).length;

// A small build laid out as WXT lays out chrome-mv3: pages with modulepreload links, shared
// chunks with minified static imports, a chunk only reached through import().
const chunks = {
  'chunks/panel.js': 'import{a as b}from"./shared.js";import"./icons.js";b(()=>import("./rare.js"));',
  'chunks/shared.js': 'export const a=1;',
  'chunks/icons.js': 'export{};console.log("icons");',
  'chunks/rare.js': 'import{a}from"./shared.js";import{r}from"./rare-dep.js";console.log(a,r);',
  'chunks/rare-dep.js': 'export const r=2;',
  'chunks/options.js': 'import{a}from"./shared.js";console.log(a);',
};

beforeEach(() => {
  outputDir = mkdtempSync(path.join(tmpdir(), 'wayfinder-sizes-'));
  browserDir = path.join(outputDir, 'chrome-mv3');
  write(
    'manifest.json',
    JSON.stringify({
      background: { service_worker: 'background.js' },
      side_panel: { default_path: 'sidepanel.html' },
      options_ui: { page: 'options.html' },
      content_scripts: [{ js: ['content-scripts/badge.js'] }],
    }),
  );
  write('sidepanel.html', '<script type="module" crossorigin src="/chunks/panel.js"></script><link rel="modulepreload" crossorigin href="/chunks/shared.js">');
  write('options.html', '<script type="module" src="/chunks/options.js"></script>');
  write('background.js', 'var background=1;');
  write('content-scripts/badge.js', 'var badge=1;');
  for (const [file, code] of Object.entries(chunks)) write(file, code);
});

afterEach(() => rmSync(outputDir, { recursive: true, force: true }));

describe('measureEntries', () => {
  it('counts a page’s script, its preloads and their static imports, and what import() reaches apart', () => {
    const panel = measureEntries(browserDir).find((size) => size.entry === 'side panel')!;
    expect(panel.files.sort()).toEqual(['chunks/icons.js', 'chunks/panel.js', 'chunks/shared.js']);
    expect(panel.gzipBytes).toBe(gzipOf(chunks['chunks/panel.js']) + gzipOf(chunks['chunks/shared.js']) + gzipOf(chunks['chunks/icons.js']));
    // shared.js is loaded at start already, so only rare.js and its own import are lazy.
    expect(panel.lazyFiles.sort()).toEqual(['chunks/rare-dep.js', 'chunks/rare.js']);
    expect(panel.lazyGzipBytes).toBe(gzipOf(chunks['chunks/rare.js']) + gzipOf(chunks['chunks/rare-dep.js']));
  });

  it('finds every entry the manifest names, and only those', () => {
    const sizes = measureEntries(browserDir);
    expect(sizes.map((size) => size.entry)).toEqual(['side panel', 'options', 'background', 'content script']);
    expect(sizes.find((size) => size.entry === 'options')!.files.sort()).toEqual(['chunks/options.js', 'chunks/shared.js']);
    expect(sizes.find((size) => size.entry === 'content script')!.files).toEqual(['content-scripts/badge.js']);
  });

  it('finds the team directory, an unlisted page, by its file name', () => {
    write('directory.html', '<script type="module" src="/chunks/directory.js"></script>');
    write('chunks/directory.js', 'import{a}from"./shared.js";import("./rare.js");console.log(a);');
    const sizes = measureEntries(browserDir);
    expect(sizes.map((size) => size.entry)).toEqual(['side panel', 'options', 'directory', 'background', 'content script']);
    const directory = sizes.find((size) => size.entry === 'directory')!;
    expect(directory.files.sort()).toEqual(['chunks/directory.js', 'chunks/shared.js']);
    expect(directory.lazyFiles.sort()).toEqual(['chunks/rare-dep.js', 'chunks/rare.js']);
  });

  it('finds the audit page, an unlisted page, by its file name, after the directory', () => {
    write('directory.html', '<script type="module" src="/chunks/directory.js"></script>');
    write('chunks/directory.js', 'console.log(1);');
    write('audit.html', '<script type="module" src="/chunks/audit.js"></script>');
    write('chunks/audit.js', 'import{a}from"./shared.js";console.log(a);');
    const sizes = measureEntries(browserDir);
    expect(sizes.map((size) => size.entry)).toEqual(['side panel', 'options', 'directory', 'audit', 'background', 'content script']);
    expect(sizes.find((size) => size.entry === 'audit')!.files.sort()).toEqual(['chunks/audit.js', 'chunks/shared.js']);
  });

  it('lists the browser folders of an output folder, and none of a missing one', () => {
    expect(browserFolders(outputDir)).toEqual([browserDir]);
    expect(browserFolders(path.join(outputDir, 'missing'))).toEqual([]);
  });
});
