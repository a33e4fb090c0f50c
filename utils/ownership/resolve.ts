import type { NamespaceTable } from '../page/site-namespaces';
import type { WikiPage } from '../page/wiki-page';
import type { PreparedRegistry } from '../registry/prepare';
import { assembleAnswer, factHints } from './assemble';
import { communityAnswer } from './community-answer';
import { walkTeam } from './graph/walk-team';
import type { Outcome } from './graph/walk-context';
import type { Ownership } from './ownership';
import type { PageFacts } from './page-facts';
import { place } from './place';
import { programmesFor } from './related';
import { describeTopic } from './topic';
import { topicOf, unknownOwnership } from './unknown-ownership';

/** A rule that states the owner is unknown ends the walk before it starts. */
const notPlaced: Outcome = { kind: 'unknown', steps: [], reasons: [] };

function resolve(page: WikiPage, facts: PageFacts | null, prepared: PreparedRegistry, names: NamespaceTable | null): Ownership {
  const topic = describeTopic(page, facts, names);
  const refined = facts !== null;
  if (page.isSpecial || (facts !== null && facts.namespace < 0)) {
    return { ...unknownOwnership(topicOf(topic), refined, [{ code: 'special-page', params: [] }]), status: 'not-applicable' };
  }
  if (topic.title === null) return unknownOwnership(topicOf(topic), refined, [{ code: 'no-title', params: [] }]);

  // 1. Place the page on a team; 2. walk the lineage graph from it; 3. assemble the answer.
  const placement = place(topic, facts, prepared);
  if (placement === null) {
    return {
      ...unknownOwnership(topicOf(topic), refined, [...topic.reasons, { code: 'no-match', params: [] }, ...factHints(facts, false)]),
      programmes: programmesFor(prepared, topic.host, topic.matchTitles, null),
    };
  }
  const body = placement.bodyId === null ? undefined : prepared.bodies.get(placement.bodyId);
  if (body !== undefined) {
    const unowned = unknownOwnership(topicOf(topic), refined, [...topic.reasons, ...placement.reasons, ...factHints(facts, true)]);
    return communityAnswer(unowned, placement, body);
  }
  const outcome = placement.teamId === null ? notPlaced : walkTeam(prepared, placement.teamId);
  return assembleAnswer(topic, facts, placement, outcome, prepared);
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
 * the URL alone; page facts refine it with categories, templates, links and editors. `names`,
 * the wiki's own namespaces where the background has read them, name a talk page's subject.
 */
export function resolveOwnership(
  page: WikiPage,
  facts: PageFacts | null,
  prepared: PreparedRegistry,
  names: NamespaceTable | null = null,
): Ownership {
  try {
    return resolve(page, facts, prepared, names);
  } catch {
    // A resolver bug must not blank the panel; tests assert this path is never taken.
    return unknownOwnership(safeTopicFields(page), facts !== null, [{ code: 'internal-error', params: [] }]);
  }
}

/** The answer from the URL alone: rules that need no API data. */
export function resolveInstant(page: WikiPage, prepared: PreparedRegistry, names: NamespaceTable | null = null): Ownership {
  return resolveOwnership(page, null, prepared, names);
}
