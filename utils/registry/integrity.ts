import { resolveSite } from '../page/resolve-site';
import { parseTitle } from '../page/title';
import { lineageProblems } from './lineage-integrity';
import type { Registry, WikiPageRef } from './schema';

/**
 * The first cycle along `next` edges, as the ids that form it (first id repeated at the end),
 * or null. Iterative, so a chain of thousands of teams cannot overflow the stack.
 */
export function findCycle(ids: readonly string[], next: (id: string) => readonly string[]): string[] | null {
  const done = new Set<string>();
  for (const start of ids) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    const stack: { id: string; edges: readonly string[]; at: number }[] = [];
    const enter = (id: string) => {
      path.push(id);
      onPath.add(id);
      stack.push({ id, edges: next(id), at: 0 });
    };
    enter(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.at >= frame.edges.length) {
        stack.pop();
        path.pop();
        onPath.delete(frame.id);
        done.add(frame.id);
        continue;
      }
      const target = frame.edges[frame.at++]!;
      if (onPath.has(target)) return [...path.slice(path.indexOf(target)), target];
      if (!done.has(target)) enter(target);
    }
  }
  return null;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function titleIsValid(host: string, title: string): boolean {
  const site = resolveSite(host);
  return site !== null && parseTitle(title, site.family) !== null;
}

function pageProblem(owner: string, what: string, page: WikiPageRef): string[] {
  return titleIsValid(page.host, page.title)
    ? []
    : [`${owner}: ${what} "${page.title}" is not a valid page title on ${page.host}.`];
}

function ruleTitles(rule: Registry['rules'][number]): string[] {
  const { match } = rule;
  switch (match.kind) {
    case 'exact':
      return match.titles;
    case 'prefix':
      return [match.prefix];
    case 'category':
      return [match.category];
    case 'template':
      return [match.template];
    case 'link':
      return [match.target];
    case 'namespace':
      return [];
  }
}

/** Ids used twice within one kind of entity, as readable problems. */
export function duplicateProblems(registry: Registry): string[] {
  const collections = [
    ['team', registry.teams],
    ['rule', registry.rules],
    ['programme', registry.programmes],
    ['liaison', registry.liaisons],
    ['body', registry.bodies],
    ['quick link', registry.quickLinks],
  ] as const;
  return collections.flatMap(([kind, entities]) =>
    duplicates(entities.map((entity) => entity.id)).map((id) => `The ${kind} id ${id} is used more than once.`),
  );
}

function referenceProblems(registry: Registry): string[] {
  const teams = new Set(registry.teams.map((team) => team.id));
  const programmes = new Set(registry.programmes.map((programme) => programme.id));
  const bodies = new Set(registry.bodies.map((body) => body.id));
  const missingTeam = (owner: string, role: string, id: string | null | undefined) =>
    id === null || id === undefined || teams.has(id) ? [] : [`${owner} names ${role} ${id}, which is not in the registry.`];
  return [
    ...registry.teams.flatMap((team) => [
      ...missingTeam(`Team ${team.id}`, 'the parent team', team.parent),
      ...team.successors.flatMap((step) => missingTeam(`Team ${team.id}`, 'the successor', step.team)),
    ]),
    ...registry.rules.flatMap((rule) => missingTeam(`Rule ${rule.id}`, 'the owner', rule.owner)),
    ...registry.rules.flatMap((rule) => {
      if (rule.runBy === undefined) return [];
      if (rule.owner !== null) return [`Rule ${rule.id} names both an owner team and ${rule.runBy}: a page is run by one or the other.`];
      return bodies.has(rule.runBy) ? [] : [`Rule ${rule.id} names ${rule.runBy}, which is not in the registry.`];
    }),
    ...registry.programmes.flatMap((programme) => [
      ...missingTeam(`Programme ${programme.id}`, 'the team', programme.team),
      ...programme.replaces
        .filter((id) => !programmes.has(id))
        .map((id) => `Programme ${programme.id} replaces ${id}, which is not in the registry.`),
    ]),
    ...registry.liaisons.flatMap((liaison) =>
      liaison.teams.flatMap((id) => missingTeam(`Liaison ${liaison.id}`, 'the team', id)),
    ),
  ];
}

function cycleProblems(registry: Registry): string[] {
  const teamsById = new Map(registry.teams.map((team) => [team.id, team]));
  const programmesById = new Map(registry.programmes.map((programme) => [programme.id, programme]));
  const teamIds = registry.teams.map((team) => team.id);
  const successorCycle = findCycle(teamIds, (id) => teamsById.get(id)?.successors.map((step) => step.team) ?? []);
  const parentCycle = findCycle(teamIds, (id) => {
    const parent = teamsById.get(id)?.parent;
    return parent === undefined ? [] : [parent];
  });
  const replacementCycle = findCycle(
    registry.programmes.map((programme) => programme.id),
    (id) => programmesById.get(id)?.replaces ?? [],
  );
  return [
    ...(successorCycle ? [`Successors form a cycle: ${successorCycle.join(' → ')}.`] : []),
    ...(parentCycle ? [`Parent teams form a cycle: ${parentCycle.join(' → ')}.`] : []),
    ...(replacementCycle ? [`Programme replacements form a cycle: ${replacementCycle.join(' → ')}.`] : []),
  ];
}

function titleProblems(registry: Registry): string[] {
  return [
    ...registry.teams.flatMap((team) => [
      ...(team.teamPage ? pageProblem(`Team ${team.id}`, 'team page', team.teamPage) : []),
      ...team.contacts.talkPages.flatMap((page) => pageProblem(`Team ${team.id}`, 'talk page', page)),
    ]),
    ...registry.rules.flatMap((rule) =>
      ruleTitles(rule).flatMap((title) => pageProblem(`Rule ${rule.id}`, 'title', { host: rule.wiki, title })),
    ),
    ...registry.programmes.flatMap((programme) => {
      const { page } = programme;
      if (page === undefined) {
        return programme.aliases.length === 0 ? [] : [`Programme ${programme.id} lists aliases but no page to say which wiki they are on.`];
      }
      return [page, ...programme.aliases.map((title) => ({ host: page.host, title }))].flatMap((ref) =>
        pageProblem(`Programme ${programme.id}`, 'page', ref),
      );
    }),
  ];
}

/**
 * Everything the schema cannot see on one entity at a time: repeated ids, references to
 * entities that do not exist, cycles, the lineage graph's shape and dates, and titles MediaWiki
 * would reject on their wiki. Each
 * problem is a sentence a registry editor can act on; none means the registry is sound.
 */
export function checkIntegrity(registry: Registry): string[] {
  return [
    ...duplicateProblems(registry),
    ...referenceProblems(registry),
    ...cycleProblems(registry),
    ...lineageProblems(registry),
    ...titleProblems(registry),
  ];
}
