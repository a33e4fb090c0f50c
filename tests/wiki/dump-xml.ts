import type { CorpusRevision } from './corpus';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Seconds precision, as MediaWiki export writes it.
const exportTimestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function contentModel(title: string): { model: string; format: string } {
  return title.endsWith('.json')
    ? { model: 'json', format: 'application/json' }
    : { model: 'wikitext', format: 'text/x-wiki' };
}

function revisionXml(revision: CorpusRevision): string {
  const { model, format } = contentModel(revision.title);
  return [
    '    <revision>',
    `      <timestamp>${exportTimestamp(revision.timestamp)}</timestamp>`,
    `      <contributor><username>${escapeXml(revision.author)}</username></contributor>`,
    `      <comment>${escapeXml(revision.comment)}</comment>`,
    `      <model>${model}</model>`,
    `      <format>${format}</format>`,
    `      <text xml:space="preserve">${escapeXml(revision.text)}</text>`,
    '    </revision>',
  ].join('\n');
}

/**
 * Groups revisions by page, oldest first, templates before everything else: importDump.php
 * parses each page as it saves it, so a template must exist before the pages that use it
 * for their categories and template links to be recorded.
 */
function pagesInImportOrder(revisions: CorpusRevision[]): Map<string, CorpusRevision[]> {
  const byTitle = new Map<string, CorpusRevision[]>();
  const ordered = [...revisions].sort(
    (a, b) => Number(b.title.startsWith('Template:')) - Number(a.title.startsWith('Template:')),
  );
  for (const revision of ordered) {
    const history = byTitle.get(revision.title) ?? [];
    history.push(revision);
    byTitle.set(revision.title, history);
  }
  for (const [title, history] of byTitle) {
    history.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    for (let index = 1; index < history.length; index++) {
      if (history[index]?.timestamp.getTime() === history[index - 1]?.timestamp.getTime()) {
        throw new Error(`two revisions of ${title} have the same timestamp`);
      }
    }
  }
  return byTitle;
}

/** A MediaWiki XML export (schema 0.11) of the given revisions, for importDump.php. */
export function buildDumpXml(revisions: CorpusRevision[]): string {
  const pages = [...pagesInImportOrder(revisions)].map(([title, history]) =>
    ['  <page>', `    <title>${escapeXml(title)}</title>`, ...history.map(revisionXml), '  </page>'].join('\n'),
  );
  return [
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">',
    ...pages,
    '</mediawiki>',
    '',
  ].join('\n');
}
