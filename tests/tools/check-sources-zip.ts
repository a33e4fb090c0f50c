// Rebuilds the Firefox package from the AMO sources zip, the way a reviewer would, and compares
// it byte for byte with the shipped Firefox zip. Also checks that the sources zip holds exactly
// the git-tracked files needed to build (tools/sources-files.ts) and no build or test output.
//
//   npx tsx tests/tools/check-sources-zip.ts
//
// Exits non-zero and lists the differences when anything is off. KEEP_SOURCES_CHECK=1 keeps the
// temporary folders (they are also kept, and named, on failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { gitTrackedFiles, selectSourceFiles } from '../../tools/sources-files';

const root = resolve(import.meta.dirname, '../..');
const started = Date.now();
const problems: string[] = [];

/** Paths that must never be in the sources zip, whatever git says. */
const forbidden = [/^demo-output\//, /^test-results(-[^/]*)?\//, /^\.output/, /(^|\/)node_modules\//, /^\.wxt\//, /^playwright-report\//];

function elapsed(): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
  console.log(`  ${command} ${args.join(' ')}: done at ${elapsed()}`);
}

/** Every file of a zip (deflate or stored, no zip64), by path, checked against its CRC-32. */
function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path}: not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${index}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const entryLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at += entryLength;
    if (name.endsWith('/')) continue;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const content = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : undefined;
    if (content === undefined) throw new Error(`${path}: ${name} uses compression method ${method}`);
    if (content.length !== size || crc32(content) !== crc) throw new Error(`${path}: ${name} is corrupt`);
    files.set(name, content);
  }
  return files;
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function findOne(directory: string, suffix: string): string {
  const matches = readdirSync(directory).filter((name) => name.endsWith(suffix));
  if (matches.length !== 1) throw new Error(`expected one *${suffix} in ${directory}, found ${matches.length}`);
  return join(directory, matches[0] as string);
}

function checkSourcesList(sources: Map<string, Buffer>): void {
  const tracked = gitTrackedFiles(root);
  if (tracked === undefined) throw new Error('git ls-files failed: this check needs a git checkout');
  const trackedSet = new Set(tracked);
  const expected = new Set(selectSourceFiles(tracked).filter((path) => existsSync(join(root, path))));
  for (const path of sources.keys()) {
    if (forbidden.some((pattern) => pattern.test(path))) problems.push(`sources zip holds build or test output: ${path}`);
    else if (!trackedSet.has(path)) problems.push(`sources zip holds an untracked file: ${path}`);
    else if (!expected.has(path)) problems.push(`sources zip holds a file not needed to build: ${path}`);
  }
  for (const path of expected) if (!sources.has(path)) problems.push(`sources zip lacks ${path}`);
}

function compareBuilds(shipped: Map<string, Buffer>, rebuiltDir: string): void {
  const rebuilt = listFiles(rebuiltDir);
  for (const path of rebuilt) {
    const ours = shipped.get(path);
    if (ours === undefined) problems.push(`rebuilt package has ${path}, the shipped zip does not`);
    else if (!ours.equals(readFileSync(join(rebuiltDir, path)))) problems.push(`differs from the shipped zip: ${path}`);
  }
  const rebuiltSet = new Set(rebuilt);
  for (const path of shipped.keys()) if (!rebuiltSet.has(path)) problems.push(`shipped zip has ${path}, the rebuilt package does not`);
}

const outDir = mkdtempSync(join(tmpdir(), 'wayfinder-zip-'));
const sourceDir = mkdtempSync(join(tmpdir(), 'wayfinder-sources-'));
try {
  console.log(`packaging into ${outDir}`);
  const baseEnv = { ...process.env };
  delete baseEnv.WAYFINDER_OUT_DIR;
  run('npx', ['wxt', 'zip', '-b', 'firefox'], root, { ...baseEnv, WAYFINDER_OUT_DIR: outDir });
  const shippedZip = findOne(outDir, '-firefox.zip');
  const sourcesZip = findOne(outDir, '-sources.zip');
  const shipped = readZip(shippedZip);
  const sources = readZip(sourcesZip);
  console.log(`  ${relative(outDir, shippedZip)}: ${shipped.size} files; ${relative(outDir, sourcesZip)}: ${sources.size} files`);
  checkSourcesList(sources);

  console.log(`rebuilding from the unpacked sources in ${sourceDir}`);
  for (const [path, content] of sources) {
    const target = join(sourceDir, path);
    if (!target.startsWith(sourceDir + sep)) throw new Error(`sources zip entry escapes its folder: ${path}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const rebuildEnv = { ...baseEnv, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], sourceDir, rebuildEnv);
  run('npx', ['wxt', 'build', '-b', 'firefox'], sourceDir, rebuildEnv);
  compareBuilds(shipped, join(sourceDir, '.output', 'firefox-mv2'));
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
}

if (problems.length > 0) {
  console.error(`\nsources zip check FAILED after ${elapsed()}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  const untracked = spawnSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).stdout ?? '';
  const suspects = selectSourceFiles(untracked.split('\n'));
  if (suspects.length > 0) console.error(`untracked, so not in the sources zip (commit them if the build needs them): ${suspects.join(', ')}`);
  console.error(`kept for inspection: ${outDir} ${sourceDir}`);
  process.exit(1);
}
if (!process.env.KEEP_SOURCES_CHECK) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(sourceDir, { recursive: true, force: true });
}
console.log(`sources zip check passed in ${elapsed()}: the rebuilt Firefox package equals the shipped one`);
