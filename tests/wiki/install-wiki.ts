import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runMaintenance } from './maintenance';
import { mediawikiDir, wikiScriptsDir } from './paths';

/** The administrator install.php creates; the seed blocks users in its name. */
export const adminUser = 'Fixture Admin';

/**
 * Makes the generated settings independent of the folder they were written in, so a seeded
 * wiki can be copied elsewhere (the template cache relies on it), and hands the Meta-like
 * configuration to meta-settings.php.
 */
function relocatableSettings(generated: string): string {
  const lines = generated
    .split('\n')
    .filter((line) => !line.startsWith('$wgServer ='))
    .map((line) => (line.startsWith('$wgSQLiteDataDir =') ? "$wgSQLiteDataDir = __DIR__ . '/data';" : line));
  return `${lines.join('\n')}\nrequire __DIR__ . '/meta-settings.php';\n`;
}

/** Creates an empty sqlite MediaWiki in `dir` with the Meta-like settings and the php -S docroot. */
export async function installWiki(dir: string, signal?: AbortSignal): Promise<void> {
  await mkdir(join(dir, 'data'), { recursive: true });
  await runMaintenance(
    dir,
    'install.php',
    [
      '--dbtype=sqlite',
      `--dbpath=${join(dir, 'data')}`,
      `--confpath=${dir}`,
      '--server=http://127.0.0.1',
      '--scriptpath=/w',
      `--pass=${randomBytes(18).toString('base64url')}`,
      '--skins=Vector',
      '--quiet',
      'Meta',
      adminUser,
    ],
    { signal },
  );
  // install.php writes a default Main Page dated now; the corpus brings its own, older one.
  await runMaintenance(dir, 'nukePage.php', ['--delete', 'Main Page'], { signal });
  const settingsPath = join(dir, 'LocalSettings.php');
  await writeFile(settingsPath, relocatableSettings(await readFile(settingsPath, 'utf8')));
  await copyFile(join(wikiScriptsDir, 'meta-settings.php'), join(dir, 'meta-settings.php'));
  await copyFile(join(wikiScriptsDir, 'router.php'), join(dir, 'router.php'));
  await mkdir(join(dir, 'docroot'));
  await symlink(mediawikiDir, join(dir, 'docroot', 'w'));
}
