import type { PreparedRegistry } from '../registry/prepare';
import type { Team } from '../registry/schema';
import type { LineageStep, Reason } from './ownership';
import { dated, uniqueSources } from './sources';

/** Far longer than any real lineage; bounds the walk on a hostile or corrupt registry. */
export const maxLineageSteps = 32;

export interface Lineage {
  steps: LineageStep[];
  /** Today's owner: the active team the lineage ends in, or null. */
  owner: Team | null;
  reasons: Reason[];
}

function originStep(team: Team): LineageStep {
  return {
    team: team.id,
    name: team.name,
    department: team.department,
    from: team.activePeriod.from ?? 'unknown',
    ...(team.activePeriod.to === undefined ? {} : { to: team.activePeriod.to }),
    certainty: team.certainty,
    sources: dated(team.sources, team.verified),
  };
}

function successorStep(team: Team, successor: Team['successors'][number]): LineageStep {
  const to = successor.to ?? team.activePeriod.to;
  return {
    team: team.id,
    name: team.name,
    department: team.department,
    from: successor.from,
    ...(to === undefined ? {} : { to }),
    certainty: successor.certainty,
    sources: uniqueSources([dated(successor.sources, successor.verified), dated(team.sources, team.verified)]),
  };
}

/** Why the walk ended at a team that is not active. */
function endReason(team: Team): Reason {
  return { code: team.status === 'historical' ? 'owner-no-successor' : 'owner-status-unknown', params: [team.name] };
}

/**
 * From the team a page was tied to, along each team's first-listed successor, to the active
 * team that owns the topic today. A successor whose certainty is unknown is not followed: the
 * chain stops and says so rather than guess. Cycles and overlong chains stop the walk, so it
 * ends on any registry.
 */
export function walkLineage(prepared: PreparedRegistry, startId: string): Lineage {
  const start = prepared.teams.get(startId);
  if (start === undefined) return { steps: [], owner: null, reasons: [{ code: 'unknown-team', params: [startId] }] };
  const steps = [originStep(start)];
  const visited = new Set([start.id]);
  let team = start;
  while (team.status !== 'active') {
    const successor = team.successors[0];
    if (successor === undefined) return { steps, owner: null, reasons: [endReason(team)] };
    if (successor.certainty === 'unknown') return { steps, owner: null, reasons: [{ code: 'successor-unknown', params: [team.name] }] };
    const next = prepared.teams.get(successor.team);
    if (next === undefined) return { steps, owner: null, reasons: [{ code: 'unknown-team', params: [successor.team] }] };
    if (visited.has(next.id)) return { steps, owner: null, reasons: [{ code: 'lineage-cycle', params: [next.name] }] };
    if (steps.length >= maxLineageSteps) return { steps, owner: null, reasons: [{ code: 'lineage-too-long', params: [] }] };
    visited.add(next.id);
    steps.push(successorStep(next, successor));
    team = next;
  }
  return { steps, owner: team, reasons: [] };
}
