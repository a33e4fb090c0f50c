import type { Ownership } from '../ownership/ownership';
import { message, type MessageSpec } from './message-spec';

export interface ConfidenceView {
  level: Ownership['confidence'];
  label: MessageSpec;
  /** Why the answer is what it is, one sentence each, in the resolver's order. */
  reasons: MessageSpec[];
  /** Said when the weakest claim along the lineage is not stated by the team itself. */
  certaintyNote: MessageSpec | null;
}

export function confidenceView(ownership: Pick<Ownership, 'confidence' | 'certainty' | 'reasons'>): ConfidenceView {
  return {
    level: ownership.confidence,
    label: message(`wayfinder-confidence-${ownership.confidence}`),
    reasons: ownership.reasons.map((reason) => message(`wayfinder-reason-${reason.code}`, ...reason.params)),
    certaintyNote: ownership.certainty === 'stated' ? null : message(`wayfinder-certainty-${ownership.certainty}`),
  };
}
