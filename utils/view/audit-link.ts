import type { WikiPage } from '../page/wiki-page';

/**
 * The audit page's address inside the extension (root-relative, as the directory's in
 * ./directory-link.ts), with its form filled in from the query: `host`, `kind`, then the kind's
 * fields (`category` and `depth`, `namespace` and `prefix`, `target`, `team`).
 */
export const auditPath = '/audit.html';

const categoryNamespace = 14;

export function auditHref(fields: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(fields).map(([name, value]) => [name, String(value)])).toString();
  return query === '' ? auditPath : `${auditPath}?${query}`;
}

/**
 * The audit of pages like this one: a category page's members, any other page's subpages (its
 * title as the prefix). Not part of SourcesView: ./sources.ts loads with the side panel's first
 * screen, this with its footer, after it.
 */
export function auditHrefForPage(page: WikiPage): string {
  const { title, namespace, site } = page;
  if (title === null || namespace === null || page.isSpecial) return auditHref({ host: site.host });
  const name = namespace.id === 0 ? title : title.slice(namespace.name.length + 1);
  if (namespace.id === categoryNamespace) return auditHref({ host: site.host, kind: 'category', category: title, depth: 1 });
  return auditHref({ host: site.host, kind: 'prefix', namespace: namespace.id, prefix: name });
}

/** A registry team's pages on Meta. */
export function auditHrefForTeam(teamId: string, host = 'meta.wikimedia.org'): string {
  return auditHref({ host, kind: 'team', team: teamId });
}
