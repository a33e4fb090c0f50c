import type { PreparedRegistry } from '../registry/prepare';
import { findRuleMatch } from '../registry/rule-index';
import type { RuleMatchResult } from '../registry/rule-index';
import type { Certainty } from '../registry/schema';
import { inferFromStaffEditors, inferFromTeamPageLinks } from './inference';
import type { Inference } from './inference';
import type { Confidence, Ownership, OwnershipMatch, Reason } from './ownership';
import type { PageFacts } from './page-facts';
import { dated } from './sources';
import type { Topic } from './topic';

/** How a page was tied to a team, before the lineage graph is walked. */
export interface Placement {
  match: OwnershipMatch;
  confidence: Confidence;
  /** null: the matching rule states that no Foundation team owns the page. */
  teamId: string | null;
  /** The community body or affiliate the matching rule says runs the page instead. */
  bodyId: string | null;
  reasons: Reason[];
  /** The claim that tied the page: the rule's certainty, or at most 'unverified' for an inference. */
  certainty: Certainty;
  sources: Ownership['sources'];
}

function namespaceName(topic: Topic): string {
  const title = topic.matchTitles[0] ?? '';
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : String(topic.matchNamespace ?? '');
}

function ownerlessReason(rule: RuleMatchResult['rule'], prepared: PreparedRegistry): Reason {
  const body = rule.runBy === undefined ? undefined : prepared.bodies.get(rule.runBy);
  return body === undefined ? { code: 'rule-owner-unknown', params: [rule.id] } : { code: 'run-by', params: [body.name] };
}

function fromRule(found: RuleMatchResult, topic: Topic, prepared: PreparedRegistry): Placement {
  const { rule, kind, detail } = found;
  const isNamespace = kind === 'namespace';
  const reason: Reason = isNamespace
    ? { code: 'inferred-namespace', params: [namespaceName(topic)] }
    : { code: `matched-${kind}`, params: [detail] };
  return {
    match: { ruleId: rule.id, kind, detail },
    confidence: kind === 'exact' ? 'exact' : isNamespace ? 'inferred' : 'rule',
    teamId: rule.owner,
    bodyId: rule.owner === null ? (rule.runBy ?? null) : null,
    reasons: rule.owner === null ? [reason, ownerlessReason(rule, prepared)] : [reason],
    certainty: rule.certainty,
    sources: dated(rule.sources, rule.verified),
  };
}

function fromInference(inference: Inference): Placement {
  return {
    match: { ruleId: null, kind: 'inferred', detail: inference.detail },
    confidence: 'inferred',
    teamId: inference.team.id,
    bodyId: null,
    reasons: inference.reasons,
    certainty: 'unverified',
    sources: [],
  };
}

/** Rules first, in their precedence; only when none matches, inference from page facts. */
export function place(topic: Topic, facts: PageFacts | null, prepared: PreparedRegistry): Placement | null {
  const found = findRuleMatch(prepared.ruleIndex, {
    host: topic.host,
    titles: topic.matchTitles,
    namespace: topic.matchNamespace,
    ...(facts === null ? {} : { categories: facts.categories, templates: facts.templates, links: facts.links }),
  });
  if (found !== null) return fromRule(found, topic, prepared);
  if (facts === null) return null;
  const inference = inferFromTeamPageLinks(prepared, topic.host, facts) ?? inferFromStaffEditors(prepared, facts);
  return inference === null ? null : fromInference(inference);
}
