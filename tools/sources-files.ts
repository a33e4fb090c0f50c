import { execFileSync } from 'node:child_process';

/**
 * Tracked paths the AMO sources zip leaves out because rebuilding the package does not need
 * them: the test suites and their fixtures, the screenshots, CI and lint/test-runner settings.
 * A path ending in `/` stands for everything under it.
 */
export const notNeededToBuild: readonly string[] = [
  'tests/',
  'docs/screenshots/',
  '.ci/',
  '.gitignore',
  'eslint.config.js',
  'playwright.config.ts',
  'vitest.config.ts',
  'vitest.firefox.config.ts',
];

/** The tracked files a reviewer needs to rebuild the package, sorted. Pure. */
export function selectSourceFiles(tracked: readonly string[]): string[] {
  const left = (path: string) => notNeededToBuild.some((rule) => (rule.endsWith('/') ? path.startsWith(rule) : path === rule));
  return tracked.filter((path) => path !== '' && !left(path)).sort();
}

/** A path as a glob that matches only itself (WXT reads includeSources with fast-glob and minimatch). */
export function escapeGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}

/** `git ls-files` of `root`, or undefined when git is missing or `root` holds no tracked file. */
export function gitTrackedFiles(root: string): string[] | undefined {
  try {
    const output = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = output.split('\0').filter((path) => path !== '');
    return files.length > 0 ? files : undefined;
  } catch {
    return undefined;
  }
}

/**
 * WXT `zip` options that make the sources zip exactly `selectSourceFiles(git ls-files)`: WXT zips
 * a file when it matches `includeSources` or matches no `excludeSources` pattern, so every tracked
 * file needed is included by its own escaped path and everything else is excluded by `**`. Outside
 * a git checkout (an unpacked sources zip, say) this returns no options and WXT's defaults apply.
 */
export function sourcesZipOptions(root: string): { includeSources?: string[]; excludeSources?: string[] } {
  const tracked = gitTrackedFiles(root);
  if (tracked === undefined) return {};
  return { includeSources: selectSourceFiles(tracked).map(escapeGlob), excludeSources: ['**', '**/.*'] };
}
