import type { PreparedRegistry } from '../../registry/prepare';
import { originStep } from './steps';
import { walkFrom } from './walk';
import { walkContext, type Outcome } from './walk-context';

/** Where the work of one registry team is now; the entry point of the lineage graph. */
export function walkTeam(prepared: PreparedRegistry, teamId: string): Outcome {
  const start = prepared.teams.get(teamId);
  if (start === undefined) return { kind: 'unknown', steps: [], reasons: [{ code: 'unknown-team', params: [teamId] }] };
  return walkFrom(walkContext(prepared), start, originStep(start), 0);
}
