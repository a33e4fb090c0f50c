import type { Team } from '../../registry/schema';
import type { SuccessorEntry, SuccessorMap } from '../ownership';
import { contactsOf } from '../related';
import { dated, uniqueSources } from '../sources';
import { summarizeTeam } from '../team-summary';
import { originStep, successorStep, weakestOf } from './steps';
import { visit, type Outcome, type Walk, type WalkContext } from './walk-context';

/** A part's entries: one, or those of its own parts when it was divided in turn. */
function entriesOf(outcome: Outcome, part: Team, path: string[], earlier: string[]): SuccessorEntry[] {
  if (outcome.kind === 'split') {
    return outcome.map.entries.map((entry) => {
      const chain = [...outcome.steps, ...entry.chain];
      return { ...entry, path: [...path, ...entry.path], chain, certainty: entry.owner === null ? 'unknown' : weakestOf(chain) };
    });
  }
  const owner = outcome.kind === 'owned' ? outcome.owner : null;
  return [
    {
      path,
      part: part.id,
      earlier,
      owner: owner === null ? null : summarizeTeam(owner),
      chain: outcome.steps,
      certainty: owner === null ? 'unknown' : weakestOf(outcome.steps),
      contact: owner === null ? null : (contactsOf(owner)[0] ?? null),
      teamPage: owner?.teamPage ?? null,
      reasons: outcome.reasons,
      sources: uniqueSources(outcome.steps.map((step) => step.sources)),
    },
  ];
}

function splitEntries(context: WalkContext, team: Team, depth: number, walk: Walk): SuccessorEntry[] {
  return team.successors.flatMap((edge) => {
    const part = context.prepared.teams.get(edge.team);
    if (part === undefined) return [];
    return entriesOf(walk(context, part, successorStep(part, edge), depth + 1), part, [part.name], []);
  });
}

/** Every team below `root` by parent links, in registry order, within the visit budget. */
function descendantsOf(context: WalkContext, root: Team): Team[] {
  const { teams, childTeams } = context.prepared;
  const found = new Set<string>([root.id]);
  const queue = [root.id];
  while (queue.length > 0) {
    for (const id of childTeams.get(queue.shift()!) ?? []) {
      if (found.has(id) || !visit(context)) continue;
      found.add(id);
      queue.push(id);
    }
  }
  found.delete(root.id);
  return context.prepared.registry.teams.filter((team) => found.has(team.id) && teams.get(team.id) === team);
}

/** The part's name after the names of the parts it sat in, up to (not including) the root. */
function pathTo(context: WalkContext, root: Team, part: Team): string[] {
  const path = [part.name];
  const seen = new Set([part.id]);
  let current = part;
  while (current.parent !== undefined && current.parent !== root.id && !seen.has(current.parent)) {
    const parent = context.prepared.teams.get(current.parent);
    if (parent === undefined) break;
    seen.add(parent.id);
    path.unshift(parent.name);
    current = parent;
  }
  return path;
}

/**
 * The parts of a dissolved team: every team below it, except those whose work went on inside
 * another of its parts (an earlier name, or a unit that split among its siblings). Those are
 * named as "earlier" on the part they led to, and a part that was dissolved in turn lists its
 * own parts through this same walk over descendants.
 */
function dissolvedEntries(context: WalkContext, root: Team, depth: number, walk: Walk): SuccessorEntry[] {
  const descendants = descendantsOf(context, root);
  const inside = new Set(descendants.map((team) => team.id));
  const ledOn = (team: Team) => team.successors.length > 0 && team.successors.every((edge) => inside.has(edge.team));
  const formerOnly = descendants.filter((team) => team.dissolved !== undefined || ledOn(team));
  const parts = descendants.filter((team) => !formerOnly.includes(team));
  return parts.flatMap((part) => {
    const path = pathTo(context, root, part);
    const earlier = formerOnly
      .filter((team) => team.successors.some((edge) => edge.team === part.id) && !path.includes(team.name))
      .map((team) => team.name);
    return entriesOf(walk(context, part, originStep(part), depth + 1), part, path, earlier);
  });
}

/** The date all of a split's edges agree on, if any source gives one. */
function splitDate(team: Team): string | undefined {
  const dates = new Set(team.successors.map((edge) => edge.from));
  const [only] = dates;
  return dates.size === 1 && only !== 'unknown' ? only : undefined;
}

/** Where each part of a split or dissolved team went, and how many teams hold that work now. */
export function successorMap(context: WalkContext, team: Team, how: SuccessorMap['how'], depth: number, walk: Walk): SuccessorMap {
  const entries = how === 'split' ? splitEntries(context, team, depth, walk) : dissolvedEntries(context, team, depth, walk);
  const date = how === 'dissolved' ? team.dissolved?.date : splitDate(team);
  const partsMovedBy = team.dissolved?.partsMovedBy;
  const { from, to } = team.activePeriod;
  return {
    how,
    team: summarizeTeam(team),
    ...(date === undefined ? {} : { date }),
    ...(partsMovedBy === undefined ? {} : { partsMovedBy }),
    period: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
    leaders: team.leaders.map((leader) => ({ ...leader })),
    entries,
    ownerCount: new Set(entries.flatMap((entry) => (entry.owner === null ? [] : [entry.owner.id]))).size,
    sources:
      team.dissolved === undefined
        ? uniqueSources(team.successors.map((edge) => dated(edge.sources, edge.verified)))
        : dated(team.dissolved.sources, team.dissolved.verified),
  };
}
