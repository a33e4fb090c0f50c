import type { WikiPage } from '../page/wiki-page';
import type { PreparedRegistry } from '../registry/prepare';
import { findRuleMatch } from '../registry/rule-index';
import type { RuleMatchResult } from '../registry/rule-index';
import type { Certainty, Team } from '../registry/schema';
import { weakest } from './certainty';
import { inferFromStaffEditors, inferFromTeamPageLinks, staffEditors } from './inference';
import type { Inference } from './inference';
import { walkLineage } from './lineage';
import type { Lineage } from './lineage';
import type { Confidence, Ownership, OwnershipMatch, Reason, TeamSummary } from './ownership';
import type { PageFacts } from './page-facts';
import { contactsOf, liaisonsFor, programmesFor } from './related';
import { dated, uniqueSources } from './sources';
import { describeTopic } from './topic';
import type { Topic } from './topic';

/** How a page was tied to a team, before the lineage is walked. */
interface Placement {
  match: OwnershipMatch;
  confidence: Confidence;
  /** null: the matching rule states that the owner is unknown. */
  teamId: string | null;
  reasons: Reason[];
  /** The claim that tied the page: the rule's certainty, or at most 'unverified' for an inference. */
  certainty: Certainty;
  sources: Ownership['sources'];
}

function summarize(team: Team): TeamSummary {
  return {
    id: team.id,
    name: team.name,
    department: team.department,
    ...(team.departmentAsOf === undefined ? {} : { departmentAsOf: team.departmentAsOf }),
    status: team.status,
    certainty: team.certainty,
  };
}

function namespaceName(topic: Topic): string {
  const title = topic.matchTitles[0] ?? '';
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : String(topic.matchNamespace ?? '');
}

function fromRule(found: RuleMatchResult, topic: Topic): Placement {
  const { rule, kind, detail } = found;
  const isNamespace = kind === 'namespace';
  const reason: Reason = isNamespace
    ? { code: 'inferred-namespace', params: [namespaceName(topic)] }
    : { code: `matched-${kind}`, params: [detail] };
  return {
    match: { ruleId: rule.id, kind, detail },
    confidence: kind === 'exact' ? 'exact' : isNamespace ? 'inferred' : 'rule',
    teamId: rule.owner,
    reasons: rule.owner === null ? [reason, { code: 'rule-owner-unknown', params: [rule.id] }] : [reason],
    certainty: rule.certainty,
    sources: dated(rule.sources, rule.verified),
  };
}

function fromInference(inference: Inference): Placement {
  return {
    match: { ruleId: null, kind: 'inferred', detail: inference.detail },
    confidence: 'inferred',
    teamId: inference.team.id,
    reasons: inference.reasons,
    certainty: 'unverified',
    sources: [],
  };
}

/** Rules first, in their precedence; only when none matches, inference from page facts. */
function place(topic: Topic, facts: PageFacts | null, prepared: PreparedRegistry): Placement | null {
  const found = findRuleMatch(prepared.ruleIndex, {
    host: topic.host,
    titles: topic.matchTitles,
    namespace: topic.matchNamespace,
    ...(facts === null ? {} : { categories: facts.categories, templates: facts.templates, links: facts.links }),
  });
  if (found !== null) return fromRule(found, topic);
  if (facts === null) return null;
  const inference = inferFromTeamPageLinks(prepared, topic.host, facts) ?? inferFromStaffEditors(prepared, facts);
  return inference === null ? null : fromInference(inference);
}

function emptyOwnership(topic: Topic, facts: PageFacts | null, reasons: Reason[]): Ownership {
  return unknownOwnership(
    {
      title: topic.title,
      host: topic.host,
      ...(topic.translationOf === null ? {} : { translationOf: topic.translationOf }),
      ...(topic.redirectedFrom === null ? {} : { redirectedFrom: topic.redirectedFrom }),
    },
    facts !== null,
    reasons,
  );
}

/** An answer that names no owner: the topic and the reasons why, nothing else. */
function unknownOwnership(topic: Ownership['topic'], refinedWithFacts: boolean, reasons: Reason[]): Ownership {
  return {
    topic,
    status: 'unknown',
    owner: null,
    department: null,
    chain: [],
    match: null,
    confidence: 'unknown',
    certainty: 'unknown',
    reasons,
    teamPage: null,
    contacts: [],
    programmes: [],
    liaisons: [],
    sources: [],
    refinedWithFacts,
  };
}

function hints(facts: PageFacts | null, placed: boolean): Reason[] {
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

function resolve(page: WikiPage, facts: PageFacts | null, prepared: PreparedRegistry): Ownership {
  const topic = describeTopic(page, facts);
  if (page.isSpecial || (facts !== null && facts.namespace < 0)) {
    return { ...emptyOwnership(topic, facts, [{ code: 'special-page', params: [] }]), status: 'not-applicable' };
  }
  if (topic.title === null) return emptyOwnership(topic, facts, [{ code: 'no-title', params: [] }]);

  const placement = place(topic, facts, prepared);
  if (placement === null) {
    return {
      ...emptyOwnership(topic, facts, [...topic.reasons, { code: 'no-match', params: [] }, ...hints(facts, false)]),
      programmes: programmesFor(prepared, topic.host, topic.matchTitles, null),
    };
  }
  const lineage: Lineage =
    placement.teamId === null ? { steps: [], owner: null, reasons: [] } : walkLineage(prepared, placement.teamId);
  const { owner } = lineage;
  const programmes = programmesFor(prepared, topic.host, topic.matchTitles, owner);
  // Liaisons are people working today, so the last known team's are worth showing even when its
  // current status is unknown; its old contacts are not, and stay hidden.
  const lastTeamId = lineage.steps.at(-1)?.team;
  const liaisons = liaisonsFor(prepared, owner ?? (lastTeamId === undefined ? null : (prepared.teams.get(lastTeamId) ?? null)));
  const contacts = owner === null ? [] : contactsOf(owner);
  return {
    ...emptyOwnership(topic, facts, [
      ...topic.reasons,
      ...placement.reasons,
      ...lineage.reasons,
      ...ownerReasons(owner),
      ...hints(facts, true),
    ]),
    status: owner === null ? 'unknown' : 'owned',
    owner: owner === null ? null : summarize(owner),
    department: owner?.department ?? null,
    chain: lineage.steps,
    match: placement.match,
    confidence: placement.confidence,
    certainty: placement.teamId === null ? 'unknown' : weakest([placement.certainty, ...lineage.steps.map((step) => step.certainty)]),
    teamPage: owner?.teamPage ?? null,
    contacts,
    programmes,
    liaisons,
    sources: uniqueSources([
      placement.sources,
      ...lineage.steps.map((step) => step.sources),
      ...contacts.map((contact) => contact.sources),
      ...programmes.map((programme) => programme.sources),
      ...liaisons.map((liaison) => liaison.sources),
    ]),
  };
}

function safeTopicFields(page: WikiPage | null | undefined): Ownership['topic'] {
  const host = typeof page?.site?.host === 'string' ? page.site.host : '';
  const title = typeof page?.title === 'string' ? page.title : null;
  return { title, host };
}

/**
 * Who owns the page's topic now, with the chain that leads there and everything to contact.
 * Pure and total: it runs on every tab change with whatever the URL parser and the API gave,
 * so it answers for any input and never throws. `facts` null gives the instant answer from
 * the URL alone; page facts refine it with categories, templates, links and editors.
 */
export function resolveOwnership(page: WikiPage, facts: PageFacts | null, prepared: PreparedRegistry): Ownership {
  try {
    return resolve(page, facts, prepared);
  } catch {
    // A resolver bug must not blank the panel; tests assert this path is never taken.
    return unknownOwnership(safeTopicFields(page), facts !== null, [{ code: 'internal-error', params: [] }]);
  }
}

/** The answer from the URL alone: rules that need no API data. */
export function resolveInstant(page: WikiPage, prepared: PreparedRegistry): Ownership {
  return resolveOwnership(page, null, prepared);
}
