import { z } from 'zod';
import { titleKey } from '../page/title';

/**
 * A person a team page lists: the account name, the wiki it lives on, and the name the link
 * shows (`[[User:STei (WMF)|Sandister Tei]]`) when it shows one, which ties a person to the account.
 */
export const listedAccountSchema = z.object({ username: z.string().min(1), host: z.string().min(1), shownAs: z.string().min(1).optional() });
export type ListedAccount = z.infer<typeof listedAccountSchema>;

/**
 * Reads the staff a team page lists from the page's own wikitext. Links that arrive through
 * templates (navigation boxes, infoboxes) are not in the wikitext, so they never count. Of the
 * links written there, an account counts when it is a work account (" (WMF)", "-WMF") or when
 * it is listed in a section about the team's people; signatures and links in sections about
 * former members do not count. Accounts come in the order the page lists them.
 *
 * Written by hand rather than with a wikitext parser library (wikiparser-node, wtf_wikipedia):
 * this needs headings, links and three user-link templates, not a syntax tree, and those
 * libraries would add hundreds of kilobytes to the background for it.
 */
export function listedAccounts(wikitext: string, pageHost: string): ListedAccount[] {
  const accounts: ListedAccount[] = [];
  const seen = new Set<string>();
  // The headings above the current line; the innermost that says what it lists decides.
  const headings: Array<{ level: number; kind: SectionKind }> = [];
  let section: SectionKind = 'other';
  for (const line of visibleText(wikitext).split('\n')) {
    const heading = headingOf(line);
    if (heading !== null) {
      while (headings.length > 0 && headings.at(-1)!.level >= heading.level) headings.pop();
      headings.push(heading);
      section = headings.findLast((open) => open.kind !== 'other')?.kind ?? 'other';
      continue;
    }
    for (const mention of mentionsIn(line, pageHost)) {
      if (mention.signature || section === 'former') continue;
      if (section !== 'people' && !isWorkAccount(mention.username)) continue;
      const key = `${mention.host}|${mention.username}`;
      if (seen.has(key)) continue;
      seen.add(key);
      accounts.push({ username: mention.username, host: mention.host, ...(mention.shownAs === undefined ? {} : { shownAs: mention.shownAs }) });
    }
  }
  return accounts;
}

type SectionKind = 'people' | 'former' | 'other';

/** The Foundation's naming convention for staff accounts. */
export function isWorkAccount(username: string): boolean {
  return / \(WMF\)$|-WMF$/i.test(username);
}

// Text a reader does not see on the page itself: comments (Translate's <!--T:n--> markers too),
// escaped or code text, and what only appears where the page is transcluded.
const hiddenText = /<!--[\s\S]*?(?:-->|$)|<(nowiki|pre|includeonly|syntaxhighlight|source|math|code)\b[^>]*?(?<!\/)>[\s\S]*?(?:<\/\1\s*>|$)/gi;

function visibleText(wikitext: string): string {
  // Hidden blocks keep their line breaks, so headings after them stay at the start of a line.
  return wikitext.replace(hiddenText, (hidden) => hidden.replace(/[^\n]/g, ''));
}

const formerSection = /\b(?:former|past|previous|alumni|emerit\w*|retired|departed)\b/i;
const peopleSection = /\b(?:staff|team|team members?|members?|people|personnel|who we are|our team|contacts?|contact us)\b/i;

function headingOf(line: string): { level: number; kind: SectionKind } | null {
  const match = /^(={1,6})(.+?)\1\s*$/.exec(line);
  if (match === null) return null;
  const text = match[2]!.replace(/<[^>]*>/g, '').trim();
  const kind: SectionKind = formerSection.test(text) ? 'former' : peopleSection.test(text) ? 'people' : 'other';
  return { level: match[1]!.length, kind };
}

interface Mention extends ListedAccount {
  /** Followed on its line by a signature's timestamp: someone signed here, not a listed person. */
  signature: boolean;
}

const wikiLink = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;
const userLinkTemplate = /\{\{\s*(?:[Uu]|[Uu]ser|[Nn]oping)\s*\|\s*([^|{}]+?)\s*(?:\|([^{}]*))?\}\}/g;

/** The text a link shows instead of its target, without markup; undefined when it shows the target. */
function shownText(label: string | undefined): string | undefined {
  const text = label
    ?.replace(/'{2,}/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === undefined || text === '' ? undefined : text;
}
const signatureTimestamp = /\d{1,2}:\d{2}, \d{1,2} [^\s\d()]+ \d{4} \(UTC\)/;

function mentionsIn(line: string, pageHost: string): Mention[] {
  const found: Array<Mention & { at: number }> = [];
  const isSignature = (end: number) => signatureTimestamp.test(line.slice(end, end + 120));
  for (const match of line.matchAll(wikiLink)) {
    const target = userLinkTarget(match[1]!, pageHost);
    const shownAs = shownText(match[2]);
    if (target !== null) found.push({ ...target, ...(shownAs === undefined ? {} : { shownAs }), signature: isSignature(match.index + match[0].length), at: match.index });
  }
  for (const match of line.matchAll(userLinkTemplate)) {
    const username = accountName(match[1]!);
    const shownAs = shownText(match[2]);
    if (username !== null) found.push({ username, host: pageHost, ...(shownAs === undefined ? {} : { shownAs }), signature: isSignature(match.index + match[0].length), at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
}

/**
 * Interwiki prefixes of Wikimedia's shared interwiki map that lead to the wikis staff work on.
 * Another prefix leads somewhere whose accounts this cannot check, so its links are left out.
 */
const interwikiHosts: Readonly<Record<string, string>> = {
  m: 'meta.wikimedia.org',
  meta: 'meta.wikimedia.org',
  metawiki: 'meta.wikimedia.org',
  mw: 'www.mediawiki.org',
  mediawikiwiki: 'www.mediawiki.org',
  c: 'commons.wikimedia.org',
  commons: 'commons.wikimedia.org',
  d: 'www.wikidata.org',
  wikidata: 'www.wikidata.org',
  wikitech: 'wikitech.wikimedia.org',
  outreach: 'outreach.wikimedia.org',
  foundation: 'foundation.wikimedia.org',
  wmf: 'foundation.wikimedia.org',
  w: 'en.wikipedia.org',
  wikipedia: 'en.wikipedia.org',
};

/** `User:Name`, `:mw:User:Name`, `w:de:User:Name` → the account and its wiki; null for other links. */
function userLinkTarget(rawTarget: string, pageHost: string): ListedAccount | null {
  const parts = rawTarget.replace(/_/g, ' ').replace(/^\s*:/, '').split(':').map((part) => part.trim());
  let host = pageHost;
  while (parts.length > 2) {
    const prefix = parts.shift()!.toLowerCase();
    const next = interwikiHosts[prefix];
    if (next !== undefined) host = next;
    else if (host === 'en.wikipedia.org' && /^[a-z]{2,3}(?:-[a-z]+)*$/.test(prefix)) host = `${prefix}.wikipedia.org`;
    else return null;
  }
  if (parts.length !== 2 || parts[0]!.toLowerCase() !== 'user') return null;
  const username = accountName(parts[1]!.split('#')[0]!);
  return username === null ? null : { username, host };
}

/** The account a user link names: its root page only (`User:Name/sandbox` is a page of theirs). */
function accountName(raw: string): string | null {
  const name = titleKey(raw);
  return name === '' || name.includes('/') ? null : name;
}
