import { readFileSync } from 'node:fs';
import { resolveInstant } from '../../utils/ownership/resolve';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { loadBuiltinRegistry } from '../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../utils/registry/prepare';
import { metaUrl } from '../e2e/fixtures';
import { generatedIdeaCount, generatedIdeaTitlePrefix } from '../wiki/generated-pages';
import { corpusDir } from '../wiki/paths';

export interface SessionPage {
  title: string;
  url: string;
  /**
   * The built-in registry answers from the URL alone (a title rule), with no request: a team, a
   * community body, or where a split team's parts went.
   */
  instant: boolean;
  /**
   * A redirect: MediaWiki shows the target and then rewrites the tab's URL to it
   * (history.replaceState), so the panel sees two URLs for one navigation.
   */
  redirect: boolean;
}

/** Pages a contributor reads, not the wiki's plumbing (templates, categories, the registry JSON, user pages). */
const plumbing = /^(Template|Category|User|MediaWiki):|\.json$|^Main Page$/;

interface CorpusPage {
  title: string;
  /** The wikitext of its latest revision (the manifest lists revisions oldest first). */
  file: string;
}

function corpusPages(): CorpusPage[] {
  const manifest = JSON.parse(readFileSync(`${corpusDir}manifest.json`, 'utf8')) as { pages: CorpusPage[] };
  const latest = new Map(manifest.pages.map((page) => [page.title, page.file]));
  return [...latest].filter(([title]) => !plumbing.test(title)).map(([title, file]) => ({ title, file }));
}

const isRedirect = (file: string) => /^#REDIRECT\b/i.test(readFileSync(`${corpusDir}${file}`, 'utf8'));

/**
 * `count` Meta-like pages of the local wiki, in a fixed order: the hand-written corpus (historical
 * department pages, current team pages, grants, talk and translation pages), then as many of the
 * generated IdeaLab idea pages as it takes to reach `count`.
 */
export function sessionPages(count: number): SessionPage[] {
  const ideas = Array.from({ length: generatedIdeaCount }, (_, index) => `${generatedIdeaTitlePrefix}${String(index + 1).padStart(2, '0')}`);
  const pages = [...corpusPages(), ...ideas.map((title) => ({ title, file: null }))].slice(0, count);
  if (pages.length < count) throw new Error(`The local wiki has only ${pages.length} pages for a session of ${count}`);
  const prepared = prepareRegistry(loadBuiltinRegistry());
  return pages.map(({ title, file }) => {
    const url = metaUrl(title);
    const page = parseWikiPageUrl(url);
    if (page === null) throw new Error(`Not a wiki page URL: ${url}`);
    const { status } = resolveInstant(page, prepared);
    return { title, url, instant: status === 'owned' || status === 'split' || status === 'community', redirect: file !== null && isRedirect(file) };
  });
}
