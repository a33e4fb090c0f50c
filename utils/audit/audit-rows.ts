import type { Ownership } from '../ownership/ownership';
import type { PageFacts } from '../ownership/page-facts';
import type { TeamPage } from '../wiki-api/team-pages';
import type { AuditRow, TeamPageState } from './audit-row';
import { teamPageKey } from './team-page-key';

const maxSources = 50;

/** The team page's state in a word: moved before historical, as a move is what to fix first. */
export function teamPageState(page: TeamPage | undefined): TeamPageState {
  if (page === undefined) return 'unchecked';
  if (!page.exists) return 'missing';
  if (page.movedTo !== null) return 'moved';
  return page.isHistorical ? 'historical' : 'current';
}

/** The chain's team names, a team moved between departments named once. */
function lineageInShort(ownership: Ownership): string[] {
  const names = ownership.chain.map((step) => step.name);
  return names.filter((name, index) => name !== names[index - 1]).slice(0, 50);
}

/**
 * One page's line in the audit: the resolver's answer from the batch's facts, with the owner's
 * team page as the wiki has it (`teamPages` by the title asked; absent where it is not read yet).
 */
export function auditRow(facts: PageFacts, ownership: Ownership, teamPages: ReadonlyMap<string, TeamPage>): AuditRow {
  const teamPage = ownership.teamPage;
  const live = teamPage === null ? undefined : teamPages.get(teamPageKey(teamPage.host, teamPage.title));
  return {
    title: facts.title,
    redirectedFrom: facts.redirectedFrom ?? null,
    exists: facts.exists,
    status: ownership.status,
    owner: ownership.owner,
    runBy: ownership.runBy?.name ?? null,
    splitOwners: ownership.successorMap?.ownerCount ?? null,
    confidence: ownership.confidence,
    certainty: ownership.certainty,
    lineage: lineageInShort(ownership),
    historical: facts.isHistorical,
    teamPage: teamPage === null ? null : { title: teamPage.title, state: teamPageState(live), movedTo: live?.movedTo ?? null },
    lastEdit: facts.lastEdit ?? null,
    sources: [...new Set(ownership.sources.map((source) => source.url))].slice(0, maxSources),
  };
}
