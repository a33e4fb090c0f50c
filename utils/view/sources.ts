import type { DatedSource } from '../ownership/ownership';
import { parseTitle } from '../page/title';
import { resolveSite } from '../page/resolve-site';
import type { RegistryStatus } from '../report/page-report';
import { message, type MessageSpec } from './message-spec';
import { formatDate } from './relative-time';
import { safeWikimediaHref } from './safe-href';

export interface SourceRow {
  label: string;
  href: string | null;
  verified: string;
}

export interface SourcesView {
  registry: MessageSpec;
  /** The registry revision in use, when it is the on-wiki one. */
  registryHref: string | null;
  /** Why the on-wiki registry is not (or not fully) in use, in words the registry layer chose. */
  problems: string[];
  largeChange: MessageSpec | null;
  /** The on-wiki page is gone and its last good copy is still used. */
  deleted: MessageSpec | null;
  sources: SourceRow[];
  /** Opens a new section on the registry's talk page with a title filled in. */
  reportHref: string | null;
}

/** Where the on-wiki registry lives, from the settings. */
export interface RegistryPage {
  host: string;
  title: string;
}

/** The talk page of a title, by MediaWiki's rule: subject namespace n has its talk at n + 1. */
export function talkPageTitle(title: string, host: string): string | null {
  const site = resolveSite(host);
  const parsed = site && parseTitle(title, site.family);
  if (!parsed || parsed.namespace.id < 0) return null;
  const { id, name } = parsed.namespace;
  if (id % 2 === 1) return parsed.title;
  if (id === 0) return `Talk:${parsed.title}`;
  return `${name} talk:${parsed.title.slice(name.length + 1)}`;
}

/** A new-section link on the registry's talk page, the section titled after the page in question. */
export function reportOutdatedHref(registry: RegistryPage, sectionTitle: string): string | null {
  const talk = talkPageTitle(registry.title, registry.host);
  if (talk === null) return null;
  const query = new URLSearchParams({ title: talk, action: 'edit', section: 'new', preloadtitle: sectionTitle });
  return safeWikimediaHref(`https://${registry.host}/w/index.php?${query.toString()}`);
}

function registryLine(status: RegistryStatus, language: string): { text: MessageSpec; href: string | null } {
  if (status.source === 'on-wiki' && status.onWiki !== null) {
    const { host, revisionId, user, timestamp } = status.onWiki;
    const when = formatDate(timestamp, language);
    return {
      text:
        user === null
          ? message('wayfinder-sources-registry-on-wiki-hidden-user', revisionId, when)
          : message('wayfinder-sources-registry-on-wiki', revisionId, user, when),
      // A deleted page's revisions are hidden from readers: a link would only show an error.
      href: status.deleted ? null : safeWikimediaHref(`https://${host}/w/index.php?oldid=${revisionId}`),
    };
  }
  return { text: message('wayfinder-sources-registry-built-in', status.builtinVersion), href: null };
}

function largeChangeLine(change: RegistryStatus['largeChange']): MessageSpec | null {
  if (change === null) return null;
  const { revisionId, user, changedTeams, changedContacts } = change;
  return user === null
    ? message('wayfinder-sources-large-change-hidden-user', revisionId, changedTeams, changedContacts)
    : message('wayfinder-sources-large-change', revisionId, user, changedTeams, changedContacts);
}

function deletedLine(status: RegistryStatus, language: string): MessageSpec | null {
  if (status.deleted === null || status.onWiki === null) return null;
  const { at } = status.deleted;
  return at === null
    ? message('wayfinder-sources-registry-gone', status.onWiki.revisionId)
    : message('wayfinder-sources-registry-deleted', formatDate(at.slice(0, 10), language), status.onWiki.revisionId);
}

/** Each source as a link (when safe) with the date its claim was last checked. */
export function sourceRows(sources: readonly DatedSource[], language: string): SourceRow[] {
  return sources.map((source) => ({
    label: source.title ?? source.url,
    href: safeWikimediaHref(source.url),
    verified: formatDate(source.verified, language),
  }));
}

export interface SourcesInput {
  status: RegistryStatus;
  sources: readonly DatedSource[];
  registryPage: RegistryPage;
  /** The section title for a report about this page, already translated. */
  reportTitle: string;
  language: string;
}

export function sourcesView(input: SourcesInput): SourcesView {
  const { status } = input;
  const registry = registryLine(status, input.language);
  return {
    registry: registry.text,
    registryHref: registry.href,
    problems: status.problem?.reasons ?? [],
    largeChange: largeChangeLine(status.largeChange),
    deleted: deletedLine(status, input.language),
    sources: sourceRows(input.sources, input.language),
    reportHref: reportOutdatedHref(input.registryPage, input.reportTitle),
  };
}
