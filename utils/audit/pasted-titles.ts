import { parseWikiPageUrl } from '../page/parse-url';
import { resolveSite } from '../page/resolve-site';
import { familyRules } from '../page/title';
import { shownTitle } from '../page/translate-titles';
import type { ProjectFamily, Site } from '../page/wiki-page';
import { maxAuditPages } from './audit-input';

export type PastedLineProblem = 'other-wiki' | 'not-a-page' | 'special-page';

export interface PastedTitles {
  /** Normalised as MediaWiki would, each once, in the order pasted; at most maxAuditPages. */
  titles: string[];
  rejected: { line: string; reason: PastedLineProblem }[];
  /** Good titles left out past maxAuditPages, so the form can say the list was cut. */
  overLimit: number;
}

type LineResult = { title: string } | { reason: PastedLineProblem } | null;

// `[[Title]]`, `[[Title|label]]`, `* [[…]]`, `# [[…]]`: the link of a wikitext line or list
// item, whatever follows it. A numbered list item starts with `#` but is no comment.
const linkLine = /^[*#:]*\s*\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/;
const urlLine = /^https?:\/\//i;
// A bulleted list of plain titles or URLs; `*` followed by a space starts no title a wiki has.
const bullet = /^\*+\s+/;
// MediaWiki's limit on a title's length (Title::MAX_TITLE_LENGTH is in bytes).
const maxTitleBytes = 255;
const encoder = new TextEncoder();

function titleResult(raw: string, family: ProjectFamily): LineResult {
  const parsed = shownTitle(raw, familyRules(family));
  if (parsed === null || encoder.encode(parsed.title).length > maxTitleBytes) return { reason: 'not-a-page' };
  return parsed.namespace.id < 0 ? { reason: 'special-page' } : { title: parsed.title };
}

/** Mobile and alias hosts fold into their wiki's desktop host, on both sides of the comparison. */
function urlResult(url: string, host: string): LineResult {
  const page = parseWikiPageUrl(url);
  if (page === null) return { reason: 'not-a-page' };
  if (page.site.host !== host) return { reason: 'other-wiki' };
  if (page.isSpecial) return { reason: 'special-page' };
  // A URL that names the page by id only (?curid=) gives no title to list.
  return page.title === null ? { reason: 'not-a-page' } : { title: page.title };
}

/** null for a line that is no entry: blank, or a `#` comment. */
function readLine(line: string, site: Site | null): LineResult {
  const link = linkLine.exec(line);
  if (link === null && (line === '' || line.startsWith('#'))) return null;
  // No Wikimedia wiki has this host: no line can name one of its pages.
  if (site === null) return { reason: 'other-wiki' };
  if (link !== null) return titleResult(link[1] ?? '', site.family);
  const entry = line.replace(bullet, '');
  return urlLine.test(entry) ? urlResult(entry, site.host) : titleResult(entry, site.family);
}

/**
 * A pasted list of pages on the wiki `host`: one title, URL or wikitext link a line, bulleted or not. Never
 * throws: it reads whatever the user pastes.
 */
export function parsePastedTitles(text: string, host: string): PastedTitles {
  const site = resolveSite(host);
  const titles: string[] = [];
  const seen = new Set<string>();
  const rejected: PastedTitles['rejected'] = [];
  let overLimit = 0;
  for (const rawLine of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const line = rawLine.trim();
    const result = readLine(line, site);
    if (result === null) continue;
    if ('reason' in result) {
      rejected.push({ line, reason: result.reason });
    } else if (!seen.has(result.title)) {
      seen.add(result.title);
      if (titles.length < maxAuditPages) titles.push(result.title);
      else overLimit += 1;
    }
  }
  return { titles, rejected, overLimit };
}
