import type { Certainty, Successor, Team } from '../../registry/schema';
import { weakest } from '../certainty';
import type { LineageStep } from '../ownership';
import { dated, uniqueSources } from '../sources';

/** The team a walk starts from, with its own dates. */
export function originStep(team: Team): LineageStep {
  return {
    team: team.id,
    via: 'origin',
    name: team.name,
    department: team.department,
    from: team.activePeriod.from ?? 'unknown',
    ...(team.activePeriod.to === undefined ? {} : { to: team.activePeriod.to }),
    certainty: team.certainty,
    sources: dated(team.sources, team.verified),
  };
}

/** The team an edge leads to, dated by the edge. */
export function successorStep(team: Team, edge: Successor): LineageStep {
  const to = edge.to ?? team.activePeriod.to;
  return {
    team: team.id,
    via: edge.kind,
    name: team.name,
    department: team.department,
    from: edge.from,
    ...(to === undefined ? {} : { to }),
    certainty: edge.certainty,
    sources: uniqueSources([dated(edge.sources, edge.verified), dated(team.sources, team.verified)]),
  };
}

/**
 * The parent whose line a team follows when it has none of its own. No source says the part
 * went with its parent, so the step is at best indirect.
 */
export function parentStep(parent: Team, child: Team): LineageStep {
  return {
    ...originStep(parent),
    via: 'part-of',
    certainty: weakest([parent.certainty, child.certainty, 'indirect']),
  };
}

export function weakestOf(steps: readonly LineageStep[]): Certainty {
  return weakest(steps.map((step) => step.certainty));
}
