import { isCertainlyBefore } from './partial-date';
import type { Programme, Registry, Team } from './schema';

/**
 * The lineage graph's own rules, beyond references and cycles (integrity.ts): each team either
 * hands on to one team or splits into two or more, a dissolved team hands on through its parts,
 * and no date contradicts another (a programme's closing date included). Each problem is a sentence an editor can act on.
 */

function shapeProblems(team: Team): string[] {
  const splits = team.successors.filter((edge) => edge.kind === 'split');
  const problems: string[] = [];
  if (splits.length > 0 && splits.length !== team.successors.length) {
    problems.push(`Team ${team.id} mixes a split with other kinds of successor: list only its parts, each as a split.`);
  }
  if (splits.length === 1 && team.successors.length === 1) problems.push(`Team ${team.id} splits into one team only: a split needs two or more parts (use renamed or moved for one).`);
  if (splits.length === 0 && team.successors.length > 1) {
    problems.push(`Team ${team.id} lists ${team.successors.length} successors that are not a split: a team hands on to one team, or splits into several.`);
  }
  const targets = team.successors.map((edge) => edge.team);
  if (new Set(targets).size !== targets.length) problems.push(`Team ${team.id} lists the same successor twice.`);
  if (team.dissolved !== undefined) {
    if (team.successors.length > 0) problems.push(`Team ${team.id} is dissolved and also has successors: a dissolved team hands on through its parts.`);
    if (team.status !== 'historical') problems.push(`Team ${team.id} is dissolved, so its status must be historical, not ${team.status}.`);
  }
  if (team.status === 'active' && team.successors.length > 0) {
    problems.push(`Team ${team.id} is active and also has successors: an active team is where a lineage ends.`);
  }
  return problems;
}

function before(problems: string[], earlier: string | undefined, later: string | undefined, sentence: string): void {
  if (isCertainlyBefore(later, earlier)) problems.push(sentence);
}

function dateProblems(team: Team, teams: ReadonlyMap<string, Team>, updated: string): string[] {
  const problems: string[] = [];
  const { from: start, to: end } = team.activePeriod;
  before(problems, start, end, `Team ${team.id} ends (${end}) before it starts (${start}).`);
  for (const edge of team.successors) {
    const target = teams.get(edge.team);
    before(problems, edge.from, edge.to, `Team ${team.id}: the step to ${edge.team} ends (${edge.to}) before it starts (${edge.from}).`);
    before(problems, start, edge.from, `Team ${team.id}: the step to ${edge.team} (${edge.from}) is dated before the team began (${start}).`);
    before(problems, edge.from, updated, `Team ${team.id}: the step to ${edge.team} is dated ${edge.from}, after the registry's own date (${updated}).`);
    if (target !== undefined) {
      before(problems, edge.from, target.activePeriod.to, `Team ${team.id}: the step to ${edge.team} (${edge.from}) comes after that team ended (${target.activePeriod.to}).`);
    }
  }
  const dissolved = team.dissolved;
  if (dissolved !== undefined) {
    before(problems, start, dissolved.date, `Team ${team.id} is dissolved (${dissolved.date}) before it began (${start}).`);
    before(problems, dissolved.date, dissolved.partsMovedBy, `Team ${team.id}: its parts moved (${dissolved.partsMovedBy}) before it was dissolved (${dissolved.date}).`);
    before(problems, dissolved.date, updated, `Team ${team.id} is dissolved on ${dissolved.date}, after the registry's own date (${updated}).`);
    before(problems, dissolved.partsMovedBy, updated, `Team ${team.id}: its parts moved on ${dissolved.partsMovedBy}, after the registry's own date (${updated}).`);
    before(problems, dissolved.date, end, `Team ${team.id} is dissolved (${dissolved.date}) after its active period ended (${end}).`);
  }
  for (const leader of team.leaders) {
    before(problems, leader.from, leader.to, `Team ${team.id}: ${leader.name}'s time as leader ends (${leader.to}) before it starts (${leader.from}).`);
    before(problems, leader.from, updated, `Team ${team.id}: ${leader.name}'s time as leader starts on ${leader.from}, after the registry's own date (${updated}).`);
  }
  return problems;
}

/** A closing date belongs to a closed programme, and cannot come after the registry's own date. */
function programmeProblems(programme: Programme, updated: string): string[] {
  if (programme.closed === undefined) return [];
  const problems: string[] = [];
  if (programme.status !== 'historical') problems.push(`Programme ${programme.id} has a closing date (${programme.closed}), so its status must be historical, not ${programme.status}.`);
  before(problems, programme.closed, updated, `Programme ${programme.id} closed on ${programme.closed}, after the registry's own date (${updated}).`);
  return problems;
}

export function lineageProblems(registry: Registry): string[] {
  const teams = new Map(registry.teams.map((team) => [team.id, team]));
  return [
    ...registry.teams.flatMap((team) => [...shapeProblems(team), ...dateProblems(team, teams, registry.updated)]),
    ...registry.programmes.flatMap((programme) => programmeProblems(programme, registry.updated)),
  ];
}
