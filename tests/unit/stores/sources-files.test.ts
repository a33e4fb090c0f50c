import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// minimatch is WXT's own matcher for includeSources/excludeSources (hoisted from wxt's dependencies).
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { escapeGlob, gitTrackedFiles, selectSourceFiles, sourcesZipOptions } from '../../../tools/sources-files';

// The AMO sources zip's file list (tools/sources-files.ts). The end-to-end proof that a reviewer
// can rebuild from it is tests/tools/check-sources-zip.ts; these are the rules themselves.
describe('selectSourceFiles', () => {
  it('keeps what a build needs and leaves out tests, screenshots, CI and test-runner settings', () => {
    const tracked = [
      'wxt.config.ts',
      'package.json',
      '.npmrc',
      'entrypoints/popup/main.tsx',
      'docs/SECURITY.md',
      'docs/screenshots/popup.png',
      'tests/unit/a.test.ts',
      'tests/fixtures/registry.json',
      '.ci/run',
      '.gitignore',
      'eslint.config.js',
      'vitest.config.ts',
      'playwright.config.ts',
      'utils/tests/not-a-test-folder.ts',
    ];
    expect(selectSourceFiles(tracked)).toEqual([
      '.npmrc',
      'docs/SECURITY.md',
      'entrypoints/popup/main.tsx',
      'package.json',
      'utils/tests/not-a-test-folder.ts',
      'wxt.config.ts',
    ]);
  });
});

describe('escapeGlob', () => {
  it.each(['a/[id].ts', 'b/(group)/x+y.ts', 'c/{a,b}*.ts', '!negated.ts', 'd/@scope?.ts'])('%s matches itself and nothing else', (path) => {
    const glob = escapeGlob(path);
    expect(minimatch(path, glob)).toBe(true);
    expect(minimatch(path.replace(/[^/]$/, 'z'), glob)).toBe(false);
  });
});

describe('sourcesZipOptions', () => {
  it('includes each tracked source of this checkout and excludes everything else', () => {
    const options = sourcesZipOptions(process.cwd());
    expect(options.includeSources).toContain('wxt.config.ts');
    expect(options.includeSources).toContain('package-lock.json');
    expect(options.includeSources?.some((path) => path.startsWith('tests/'))).toBe(false);
    expect(options.excludeSources).toContain('**');
    expect(minimatch('demo-output/shot.png', '**')).toBe(true);
  });

  it("falls back to WXT's defaults outside a git checkout", () => {
    const folder = mkdtempSync(join(tmpdir(), 'wayfinder-no-git-'));
    try {
      expect(gitTrackedFiles(folder)).toBeUndefined();
      expect(sourcesZipOptions(folder)).toEqual({});
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
