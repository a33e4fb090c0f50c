import type { PreparedRegistry } from '../registry/prepare';
import type { Team } from '../registry/schema';
import { weakest } from './certainty';
import type { Outcome } from './graph/walk-context';
import { staffEditors } from './inference';
import type { Ownership, Reason } from './ownership';
import type { PageFacts } from './page-facts';
import type { Placement } from './place';
import { contactsOf, liaisonsFor, programmesFor } from './related';
import { uniqueSources } from './sources';
import { summarizeTeam } from './team-summary';
import type { Topic } from './topic';
import { topicOf, unknownOwnership } from './unknown-ownership';

/** What the page facts add to any answer: the historical banner, and staff who edited it. */
export function factHints(facts: PageFacts | null, placed: boolean): Reason[] {
  if (facts === null) return [];
  const staff = placed ? [] : staffEditors(facts);
  return [
    ...(facts.isHistorical ? [{ code: 'page-historical' as const, params: [] }] : []),
    ...(staff[0] === undefined ? [] : [{ code: 'staff-editors' as const, params: [staff[0], String(staff.length)] }]),
  ];
}

function ownerReasons(owner: Team | null): Reason[] {
  if (owner === null || owner.department === null || owner.departmentAsOf === undefined) return [];
  return [{ code: 'department-as-of', params: [owner.department, owner.departmentAsOf] }];
}

/**
 * The answer for a placed page: the walk's end (one owner, a successor map, or a stop) with
 * the contacts, programmes and liaisons that go with it, every source once, and the weakest
 * certainty of the claims on the way.
 */
export function assembleAnswer(topic: Topic, facts: PageFacts | null, placement: Placement, outcome: Outcome, prepared: PreparedRegistry): Ownership {
  const owner = outcome.kind === 'owned' ? outcome.owner : null;
  const map = outcome.kind === 'split' ? outcome.map : null;
  const programmes = programmesFor(prepared, topic.host, topic.matchTitles, owner);
  // Liaisons are people working today, so the last known team's are worth showing even when its
  // current status is unknown; its old contacts are not, and stay hidden.
  const lastTeamId = outcome.steps.at(-1)?.team;
  const liaisons = liaisonsFor(prepared, owner ?? (lastTeamId === undefined ? null : (prepared.teams.get(lastTeamId) ?? null)));
  const contacts = owner === null ? [] : contactsOf(owner);
  const reasons = [...topic.reasons, ...placement.reasons, ...outcome.reasons, ...ownerReasons(owner), ...factHints(facts, true)];
  return {
    ...unknownOwnership(topicOf(topic), facts !== null, reasons),
    status: owner !== null ? 'owned' : map !== null ? 'split' : 'unknown',
    owner: owner === null ? null : summarizeTeam(owner),
    department: owner?.department ?? null,
    chain: outcome.steps,
    successorMap: map,
    match: placement.match,
    confidence: placement.confidence,
    certainty: placement.teamId === null ? 'unknown' : weakest([placement.certainty, ...outcome.steps.map((step) => step.certainty)]),
    teamPage: owner?.teamPage ?? null,
    contacts,
    programmes,
    liaisons,
    sources: uniqueSources([
      placement.sources,
      ...outcome.steps.map((step) => step.sources),
      map?.sources ?? [],
      ...(map?.entries ?? []).map((entry) => entry.sources),
      ...contacts.map((contact) => contact.sources),
      ...programmes.map((programme) => programme.sources),
      ...liaisons.map((liaison) => liaison.sources),
    ]),
  };
}
