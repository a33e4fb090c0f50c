import type { PreparedRegistry } from '../registry/prepare';
import type { Rule } from '../registry/schema';
import { resolveSite } from '../page/resolve-site';
import { parseTitle } from '../page/title';
import { inBatches } from '../wiki-api/batches';
import type { AuditInput, AuditSource } from './audit-input';

const categoryNamespace = 14;

/** A full title as an allpages prefix: its namespace id and the rest (`Grants:IEG` → 200, `IEG`). */
function prefixSource(host: string, fullPrefix: string): AuditSource | null {
  const site = resolveSite(host);
  const parsed = site === null ? null : parseTitle(fullPrefix, site.family);
  if (parsed === null) return null;
  const rest = parsed.namespace.id === 0 ? parsed.title : parsed.title.slice(parsed.namespace.name.length + 1);
  return rest === '' ? null : { kind: 'prefix', namespace: parsed.namespace.id, prefix: rest };
}

/** `Archives`, `archives` and `Category:Archives` all name the category. */
export function categoryTitle(host: string, name: string): string {
  const site = resolveSite(host);
  const family = site?.family ?? 'meta';
  const parsed = parseTitle(name.replace(/^:/, ''), family);
  if (parsed !== null && parsed.namespace.id === categoryNamespace) return parsed.title;
  return parseTitle(`Category:${name.replace(/^:/, '')}`, family)?.title ?? `Category:${name}`;
}

/**
 * The team and every team whose whole work passed to it (renamed, moved, merged, absorbed):
 * their rules are this team's pages today. A split hands on only a part, so it is not followed.
 */
function lineageOf(prepared: PreparedRegistry, teamId: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const earlier of prepared.predecessors.get(id) ?? []) {
      const edge = prepared.teams.get(earlier)?.successors.find((step) => step.team === id);
      if (edge !== undefined && edge.kind !== 'split') visit(earlier);
    }
  };
  visit(teamId);
  return seen;
}

function ruleSources(host: string, rule: Rule): AuditSource[] {
  switch (rule.match.kind) {
    case 'prefix': {
      const source = prefixSource(host, rule.match.prefix);
      return source === null ? [] : [source];
    }
    case 'exact':
      return inBatches(rule.match.titles).map((titles): AuditSource => ({ kind: 'titles', titles }));
    case 'category':
      return [{ kind: 'category', title: categoryTitle(host, rule.match.category), depth: 0 }];
    case 'template':
      return [{ kind: 'transcludes', title: rule.match.template }];
    case 'link':
      return [{ kind: 'links-to', title: rule.match.target }];
    case 'namespace':
      // A whole namespace is no team's list of pages (Meta's User: holds every account).
      return [];
  }
}

/**
 * The sources an input is read from, in order. A team's pages are what the registry's rules on
 * this wiki give the team and the teams it carries on from; an empty list means the registry
 * names no such pages there.
 */
export function planSources(input: AuditInput, prepared: PreparedRegistry): AuditSource[] {
  switch (input.kind) {
    case 'category':
      return [{ kind: 'category', title: categoryTitle(input.host, input.category), depth: input.depth }];
    case 'prefix':
      return [{ kind: 'prefix', namespace: input.namespace, prefix: input.prefix }];
    case 'links-to':
      return [{ kind: 'links-to', title: input.target }];
    case 'transcludes':
      return [{ kind: 'transcludes', title: input.target }];
    case 'titles':
      return inBatches([...new Set(input.titles)]).map((titles): AuditSource => ({ kind: 'titles', titles }));
    case 'team': {
      const teams = lineageOf(prepared, input.team);
      const rules = [...prepared.rules.values()].filter((rule) => rule.owner !== null && teams.has(rule.owner) && rule.wiki === input.host);
      return rules.flatMap((rule) => ruleSources(input.host, rule));
    }
  }
}
