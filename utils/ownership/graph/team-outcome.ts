import type { PreparedRegistry } from '../../registry/prepare';
import type { Certainty } from '../../registry/schema';
import type { LineageStep, Reason, SuccessorMap, TeamSummary } from '../ownership';
import { summarizeTeam } from '../team-summary';
import { weakestOf } from './steps';
import { walkTeam } from './walk-team';

/** Where a team's work is now, in the answer's own terms: for views that list teams, not pages. */
export type TeamOutcome =
  | { kind: 'owned'; owner: TeamSummary; chain: LineageStep[]; certainty: Certainty; reasons: Reason[] }
  | { kind: 'split'; successorMap: SuccessorMap; chain: LineageStep[]; certainty: Certainty; reasons: Reason[] }
  | { kind: 'unknown'; chain: LineageStep[]; certainty: 'unknown'; reasons: Reason[] };

export function teamOutcome(prepared: PreparedRegistry, teamId: string): TeamOutcome {
  const outcome = walkTeam(prepared, teamId);
  const { steps: chain, reasons } = outcome;
  switch (outcome.kind) {
    case 'owned':
      return { kind: 'owned', owner: summarizeTeam(outcome.owner), chain, certainty: weakestOf(chain), reasons };
    case 'split':
      return { kind: 'split', successorMap: outcome.map, chain, certainty: weakestOf(chain), reasons };
    case 'unknown':
      return { kind: 'unknown', chain, certainty: 'unknown', reasons };
  }
}
