import type { PreparedRegistry } from '../../registry/prepare';
import type { Team } from '../../registry/schema';
import type { LineageStep, Reason, SuccessorMap } from '../ownership';

/** Far longer than any real lineage; bounds one line of the walk on a hostile or corrupt registry. */
export const maxLineageSteps = 32;
/** Splits within splits that one answer unfolds; real ones nest two deep. */
export const maxMapDepth = 4;
/** Team visits one whole answer may make, across every part of every map. */
export const maxVisits = 1024;

/** Where a walk from one team ends. */
export type Outcome =
  | { kind: 'owned'; steps: LineageStep[]; owner: Team; reasons: Reason[] }
  | { kind: 'split'; steps: LineageStep[]; map: SuccessorMap; reasons: Reason[] }
  | { kind: 'unknown'; steps: LineageStep[]; reasons: Reason[] };

/** Shared by every walk of one answer, so the total work stays bounded whatever the registry. */
export interface WalkContext {
  readonly prepared: PreparedRegistry;
  visitsLeft: number;
}

export function walkContext(prepared: PreparedRegistry): WalkContext {
  return { prepared, visitsLeft: maxVisits };
}

/** Counts one visit; false once the answer has used its budget. */
export function visit(context: WalkContext): boolean {
  if (context.visitsLeft <= 0) return false;
  context.visitsLeft -= 1;
  return true;
}

export type Walk = (context: WalkContext, start: Team, first: LineageStep, depth: number) => Outcome;
