import { safeWikimediaHref } from '../view/safe-href';
import { talkPageTitle } from '../view/sources';
import type { AuditRow } from './audit-row';
import { rowOwner } from './audit-summary';

// The edit summary field's limit (CommentStore::COMMENT_CHARACTER_LIMIT); a new section's subject is its summary.
const maxSubjectLength = 500;

function ownerWords(row: AuditRow): string {
  const { name } = rowOwner(row);
  if (row.status === 'split') return `split between ${row.splitOwners ?? 'several'} teams`;
  if (row.status === 'community' && name !== null) return `run by ${name}`;
  return name ?? 'unknown';
}

/** The sources that fit after the text, whole, in their order; the rest counted. */
function withSources(text: string, sources: string[]): string {
  let subject = text;
  for (const [index, url] of sources.entries()) {
    const rest = sources.length - index - 1;
    // Room stays for the count of those that would not fit after this one.
    const room = rest === 0 ? 0 : ` (+${rest} more)`.length;
    if (subject.length + 1 + url.length + room > maxSubjectLength) return `${subject} (+${rest + 1} more)`;
    subject = `${subject} ${url}`;
  }
  return subject;
}

/**
 * A new section on the page's talk page, asking whether it is out of date, its subject filled
 * with today's owner by Wiki Wayfinder's registry and the sources; null when the page has no
 * talk page (a special page) or the host is no Wikimedia wiki.
 *
 * Why the subject carries it all: MediaWiki preloads a new section's text only from a page,
 * `preload=<title>`, whose $1, $2 … `preloadparams[]` fill (core's
 * PreloadedContentBuilder::getPreloadedContent; mediawiki.org, "Manual:Creating pages with
 * preloaded text"); no parameter takes the text itself. DiscussionTools' new topic tool reads
 * the same `preloadtitle`, `preload` and `preloadparams[]`, and only with `dtpreload=1`;
 * without it a link that preloads anything opens the classic form instead
 * (HookUtils::shouldOpenNewTopicTool; mediawiki.org, "Help:DiscussionTools", since March 2023,
 * T269310). No page holding just "$1" is known on every wiki, so no body is preloaded.
 */
export function reportOutdatedUrl(host: string, row: AuditRow, todayIso: string): string | null {
  const talk = talkPageTitle(row.title, host);
  if (talk === null) return null;
  const text = `Out of date? Wiki Wayfinder's registry gives this page's owner as ${ownerWords(row)} (${todayIso.slice(0, 10)})`.replace(/[\r\n]+/g, ' ');
  const preloadtitle = row.sources.length === 0 ? text : withSources(`${text}; sources:`, row.sources);
  const query = new URLSearchParams({ title: talk, action: 'edit', section: 'new', preloadtitle, dtpreload: '1' });
  return safeWikimediaHref(`https://${host}/w/index.php?${query.toString()}`);
}
