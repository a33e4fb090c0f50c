import type { Body } from '../registry/schema';
import type { Ownership } from './ownership';
import type { Placement } from './place';
import { dated, uniqueSources } from './sources';

/**
 * The answer for a page a community body or an affiliate runs: no Foundation team, no lineage,
 * and the body's own way in. The placement's rule and the body's entry are the sources.
 */
export function communityAnswer(unowned: Ownership, placement: Placement, body: Body): Ownership {
  return {
    ...unowned,
    status: 'community',
    runBy: { id: body.id, name: body.name, kind: body.kind, askAt: body.askAt, email: body.email ?? null },
    match: placement.match,
    confidence: placement.confidence,
    certainty: placement.certainty,
    sources: uniqueSources([placement.sources, dated(body.sources, body.verified)]),
  };
}
