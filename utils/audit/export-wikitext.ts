import { resolveSite } from '../page/resolve-site';
import { normalizeTitle } from '../page/title';
import { safeWikimediaHref } from '../view/safe-href';
import type { AuditRow } from './audit-row';
import type { AuditRun } from './audit-run';
import { rowOwner } from './audit-summary';
import { auditRunFacts } from './export-json';

/**
 * Characters that are markup somewhere in a table row, as entities: `|` and `!` separate
 * cells, `{` `}` open templates and tables (and `-{` language variants), `[` `]` links, `<`
 * `>` tags, `'` bold and italics, `~` signatures (expanded when the page is saved), `_` magic
 * words such as __NOTOC__, `:` free links (https://…), `&` an entity the text itself spells.
 * Entities rather than <nowiki>: a name could itself close a </nowiki>.
 */
const markup: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '!': '&#33;',
  '{': '&#123;',
  '}': '&#125;',
  '[': '&#91;',
  ']': '&#93;',
  "'": '&#39;',
  '~': '&#126;',
  '_': '&#95;',
  ':': '&#58;',
};
const markupCharacter = /[&<>|!{}[\]'~_:]/g;

/**
 * Text as it reads, safe anywhere in a cell, a list item or a link label. Line breaks become
 * spaces (a new line could start a row), and a leading `-` or `+` is an entity too, so the
 * text cannot turn `|` into `|-` (a new row) or `|+` (a caption) wherever it is placed.
 */
function wikitextText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(markupCharacter, (character) => markup[character] ?? character)
    .replace(/^[-+]/, (sign) => (sign === '-' ? '&#45;' : '&#43;'));
}

// In an external link's URL the same markup would still act (quotes, a `||`, templates,
// signatures, __MAGIC__): percent-encoded, the URL leads to the same page.
const urlMarkup = /['|[\]{}~]|_(?=_)/g;

function sourceLink(url: string): string {
  const safe = safeWikimediaHref(url);
  if (safe === null) return wikitextText(url);
  return `[${safe.replace(urlMarkup, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)}]`;
}

/** `[[:Title|Title]]`: the colon keeps a category or file title a link, not a category or an image. */
function pageLink(title: string, host: string): string {
  const site = resolveSite(host);
  const valid = site !== null && normalizeTitle(title, site.family) === title;
  return valid ? `[[:${title}|${wikitextText(title)}]]` : wikitextText(title);
}

function when(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const headers = ['Page', 'Owner', 'Status', 'Certainty', 'Lineage', 'Historical', 'Last edit', 'Sources'];

function rowCells(row: AuditRow, host: string): string[] {
  const lastEdit = row.lastEdit === null ? '' : `${row.lastEdit.timestamp.slice(0, 10)} (${row.lastEdit.user})`;
  return [
    pageLink(row.title, host),
    wikitextText(rowOwner(row).name ?? ''),
    row.status,
    row.certainty,
    wikitextText(row.lineage.join(' → ')),
    row.historical ? 'yes' : 'no',
    wikitextText(lastEdit),
    row.sources.map(sourceLink).join(' '),
  ];
}

/** One cell a line, so no text ever shares a line with a `||` separator. */
function cellLines(prefix: '!' | '|', cells: string[]): string[] {
  return cells.map((cell) => (cell === '' ? prefix : `${prefix} ${cell}`));
}

/**
 * A sortable wikitable to paste on a wiki page, with a line above it saying what was audited
 * and when, and the titles that could not be read below it. Every text in it comes from the
 * wiki, the registry or the user, so all of it goes through wikitextText.
 */
export function exportWikitext(run: AuditRun, rows: AuditRow[]): string {
  const facts = auditRunFacts(run);
  const finished = facts.finishedAt === null ? `not finished (${facts.state})` : `finished ${when(facts.finishedAt)}`;
  const capped = facts.truncated ? ', stopped at the page cap' : '';
  const intro =
    `Audit of ${wikitextText(facts.description)} on ${facts.host}, started ${when(facts.startedAt)}, ${finished}${capped}: ` +
    `${rows.length} ${rows.length === 1 ? 'page' : 'pages'}. The owners are the answers of ` +
    `[https://meta.wikimedia.org/wiki/Wiki_Wayfinder Wiki Wayfinder]'s registry at that time.`;
  const table = [
    '{| class="wikitable sortable"',
    ...cellLines('!', headers),
    ...rows.flatMap((row) => ['|-', ...cellLines('|', rowCells(row, run.host))]),
    '|}',
  ];
  const failed =
    facts.failures.length === 0
      ? []
      : ['', 'Titles that could not be read:', ...facts.failures.map(({ title, reason }) => `* ${pageLink(title, run.host)}: ${wikitextText(reason)}`)];
  return [intro, ...table, ...failed].join('\n') + '\n';
}
