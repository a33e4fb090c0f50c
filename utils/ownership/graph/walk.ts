import type { Team } from '../../registry/schema';
import type { LineageStep, Reason } from '../ownership';
import { parentStep, successorStep } from './steps';
import { successorMap } from './successor-map';
import { maxLineageSteps, maxMapDepth, visit, type Outcome, type WalkContext } from './walk-context';

/** Why the walk ended at a team that is not active and has nowhere to go. */
function endReason(team: Team): Reason {
  return { code: team.status === 'historical' ? 'owner-no-successor' : 'owner-status-unknown', params: [team.name] };
}

/** A parent whose one line a part may follow: not one that was itself divided. */
function followable(parent: Team): boolean {
  if (parent.dissolved !== undefined) return false;
  return !parent.successors.some((edge) => edge.kind === 'split');
}

/** Where a team that has no successor of its own goes: its parent's line, when that is one line. */
function viaParent(context: WalkContext, team: Team, onPath: ReadonlySet<string>): { parent: Team } | { reason: Reason } {
  const parent = team.parent === undefined ? undefined : context.prepared.teams.get(team.parent);
  if (parent === undefined || onPath.has(parent.id)) return { reason: endReason(team) };
  if (!followable(parent)) return { reason: { code: 'part-of-divided', params: [team.name, parent.name] } };
  return { parent };
}

function divided(context: WalkContext, team: Team, steps: LineageStep[], depth: number, walk: typeof walkFrom): Outcome {
  if (depth >= maxMapDepth) return { kind: 'unknown', steps, reasons: [{ code: 'lineage-too-long', params: [] }] };
  const { dissolved } = team;
  const map = successorMap(context, team, dissolved === undefined ? 'split' : 'dissolved', depth, walk);
  // A dissolved team none of whose parts the registry knows is no map: say the trail ends.
  if (map.entries.length === 0) return { kind: 'unknown', steps, reasons: [{ code: 'owner-no-successor', params: [team.name] }] };
  const reasons: Reason[] =
    dissolved !== undefined
      ? [
          { code: 'team-dissolved', params: [team.name, dissolved.date] },
          ...(dissolved.partsMovedBy === undefined ? [] : [{ code: 'parts-moved-by' as const, params: [team.name, dissolved.partsMovedBy] }]),
        ]
      : [map.date === undefined ? { code: 'team-split', params: [team.name] } : { code: 'team-split-dated', params: [team.name, map.date] }];
  return { kind: 'split', steps, map, reasons };
}

/**
 * From one team along the lineage graph to where its work is now: an active team (owned), the
 * parts of a team that split or was dissolved (split), or a stop where no source goes on
 * (unknown, with the reason). A team with no successor of its own follows its parent's line
 * and says so. A successor whose certainty is unknown is not followed. Cycles, overlong lines
 * and the context's visit budget stop the walk, so it ends on any registry.
 */
export function walkFrom(context: WalkContext, start: Team, first: LineageStep, depth: number): Outcome {
  const { teams } = context.prepared;
  const steps = [first];
  const onPath = new Set([start.id]);
  const followed: { team: Team; parent: Team }[] = [];
  let team = start;
  // A part that followed its parent says so whatever the parent's line ends in.
  const unknownParts = (): Reason[] =>
    followed.flatMap(({ team: part }) => (part.status === 'unknown' ? [{ code: 'own-status-unknown' as const, params: [part.name] }] : []));
  const stop = (reason: Reason): Outcome => ({ kind: 'unknown', steps, reasons: [...unknownParts(), reason] });
  while (team.status !== 'active') {
    if (!visit(context) || steps.length >= maxLineageSteps) return stop({ code: 'lineage-too-long', params: [] });
    if (team.dissolved !== undefined || team.successors[0]?.kind === 'split') {
      const outcome = divided(context, team, steps, depth, walkFrom);
      return { ...outcome, reasons: [...unknownParts(), ...outcome.reasons] };
    }
    const edge = team.successors[0];
    if (edge === undefined) {
      const next = viaParent(context, team, onPath);
      if ('reason' in next) return stop(next.reason);
      followed.push({ team, parent: next.parent });
      steps.push(parentStep(next.parent, team));
      onPath.add(next.parent.id);
      team = next.parent;
      continue;
    }
    if (edge.certainty === 'unknown') return stop({ code: 'successor-unknown', params: [team.name] });
    const next = teams.get(edge.team);
    if (next === undefined) return stop({ code: 'unknown-team', params: [edge.team] });
    if (onPath.has(next.id)) return stop({ code: 'lineage-cycle', params: [next.name] });
    onPath.add(next.id);
    steps.push(successorStep(next, edge));
    team = next;
  }
  const owner = team;
  const reasons = followed.flatMap(({ team: part, parent }): Reason[] => [
    parent.id === owner.id
      ? { code: 'followed-parent-active', params: [part.name, parent.name] }
      : { code: 'followed-parent', params: [part.name, parent.name, owner.name] },
    ...(part.status === 'unknown' ? [{ code: 'own-status-unknown' as const, params: [part.name] }] : []),
  ]);
  return { kind: 'owned', steps, owner, reasons };
}
