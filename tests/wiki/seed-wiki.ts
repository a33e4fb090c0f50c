import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTitle } from '../../utils/page/title';
import type { Corpus, CorpusPageLanguage } from './corpus';
import { buildDumpXml } from './dump-xml';
import { adminUser } from './install-wiki';
import { runMaintenance } from './maintenance';

// Accounts are created when the import first meets them, so their registration would be the
// seed time; a contact who last edited years ago must also have registered years ago.
const registrationFromFirstEdit = [
  'UPDATE user SET user_registration = (',
  '  SELECT MIN(rev_timestamp) FROM revision JOIN actor ON rev_actor = actor_id WHERE actor_user = user_id',
  ') WHERE user_id IN (SELECT actor_user FROM actor JOIN revision ON rev_actor = actor_id)',
].join('\n');

/**
 * One statement (sql.php runs one) storing each listed page's language where Special:PageLanguage
 * would: page_lang, read because $wgPageLanguageUseDB is set.
 */
function pageLanguageUpdate(pageLanguages: readonly CorpusPageLanguage[]): string {
  const cases = pageLanguages.map(({ title, language }) => {
    const parsed = parseTitle(title, 'meta');
    if (parsed === null) throw new Error(`tests/fixtures/wiki/manifest.json: ${title} is not a valid title`);
    const prefixLength = parsed.namespace.name === '' ? 0 : parsed.namespace.name.length + 1;
    const dbKey = parsed.title.slice(prefixLength).replace(/ /g, '_').replace(/'/g, "''");
    return `WHEN page_namespace = ${parsed.namespace.id} AND page_title = '${dbKey}' THEN '${language}'`;
  });
  return `UPDATE page SET page_lang = CASE ${cases.join(' ')} ELSE page_lang END`;
}

/** Imports the corpus into an installed wiki and settles what the import leaves undone. */
export async function seedWiki(dir: string, corpus: Corpus, signal?: AbortSignal): Promise<void> {
  const dumpPath = join(dir, 'corpus.xml');
  await writeFile(dumpPath, buildDumpXml(corpus.revisions));
  await runMaintenance(dir, 'importDump.php', ['--quiet', dumpPath], { signal });
  await runMaintenance(dir, 'sql.php', ['--query', registrationFromFirstEdit], { signal });
  await runMaintenance(dir, 'initEditCount.php', [], { signal });
  if (corpus.pageLanguages.length > 0) {
    await runMaintenance(dir, 'sql.php', ['--query', pageLanguageUpdate(corpus.pageLanguages)], { signal });
  }
  for (const block of corpus.blocks) {
    await runMaintenance(dir, 'blockUsers.php', [`--performer=${adminUser}`, `--reason=${block.reason}`], {
      stdin: `${block.user}\n`,
      signal,
    });
  }
  // The import queues a cache purge per page; with caches off they do nothing but wait.
  await runMaintenance(dir, 'manageJobs.php', ['--type=htmlCacheUpdate', '--action=delete', '--quiet'], { signal });
  await runMaintenance(dir, 'rebuildrecentchanges.php', ['--quiet'], { signal });
  await runMaintenance(dir, 'initSiteStats.php', ['--update', '--quiet'], { signal });
}
