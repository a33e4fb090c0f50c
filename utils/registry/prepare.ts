import { titleKey } from '../page/title';
import { deepFreeze, firstByKey, groupBy } from './freeze';
import { foldForSearch, registryPageKey } from './keys';
import { buildRuleIndex } from './rule-index';
import type { RuleIndex } from './rule-index';
import type { Body, Liaison, Programme, Registry, Rule, Team } from './schema';

export interface ProgrammeByTitle {
  programme: Programme;
  relation: 'page' | 'alias';
}

/**
 * A registry ready for resolving: entities by id, the reverse relations derived from the stored
 * forward ones (the registry never stores both, so they cannot disagree), and the rule index.
 * Everything is frozen.
 */
export interface PreparedRegistry {
  readonly registry: Registry;
  readonly teams: ReadonlyMap<string, Team>;
  readonly rules: ReadonlyMap<string, Rule>;
  readonly programmes: ReadonlyMap<string, Programme>;
  readonly liaisons: ReadonlyMap<string, Liaison>;
  readonly bodies: ReadonlyMap<string, Body>;
  /** Team id → the rules that name it owner: what the team owns. */
  readonly rulesByOwner: ReadonlyMap<string, readonly Rule[]>;
  /** Team id → the teams that list it as a successor. */
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
  /** Team id → the teams that name it parent. */
  readonly childTeams: ReadonlyMap<string, readonly string[]>;
  /** Programme id → the programmes that replace it. */
  readonly replacedBy: ReadonlyMap<string, readonly string[]>;
  /** Team id → the programmes it runs. */
  readonly programmesByTeam: ReadonlyMap<string, readonly Programme[]>;
  /** Page key (see pageKey) → the programmes whose page or alias it is. */
  readonly programmesByPage: ReadonlyMap<string, readonly ProgrammeByTitle[]>;
  readonly liaisonsByTeam: ReadonlyMap<string, readonly Liaison[]>;
  /** Folded product name (see foldForSearch) → liaisons who support it. */
  readonly liaisonsByProduct: ReadonlyMap<string, readonly Liaison[]>;
  /** Title key of a username → the liaison with that account. */
  readonly liaisonsByUsername: ReadonlyMap<string, Liaison>;
  /** Page key of a team page → the team. */
  readonly teamsByPage: ReadonlyMap<string, Team>;
  readonly ruleIndex: RuleIndex;
}

// The first of a repeated id wins, as in the rule index; a validated registry has none.
function byId<T extends { id: string }>(entities: readonly T[]): ReadonlyMap<string, T> {
  return firstByKey(entities.map((entity) => [entity.id, entity] as const));
}

function programmeTitles(programme: Programme): [string, ProgrammeByTitle][] {
  const { page } = programme;
  if (page === undefined) return [];
  return [
    [registryPageKey(page.host, page.title), { programme, relation: 'page' }],
    ...programme.aliases.map((title): [string, ProgrammeByTitle] => [
      registryPageKey(page.host, title),
      { programme, relation: 'alias' },
    ]),
  ];
}

/**
 * Indexes and freezes a registry (the registry itself is frozen in place). Cost grows with the
 * registry once here, so each resolution afterwards costs a handful of map lookups.
 */
export function prepareRegistry(registry: Registry): PreparedRegistry {
  deepFreeze(registry);
  const { teams, rules, programmes, liaisons, bodies } = registry;
  const prepared: PreparedRegistry = {
    registry,
    teams: byId(teams),
    rules: byId(rules),
    programmes: byId(programmes),
    liaisons: byId(liaisons),
    bodies: byId(bodies),
    rulesByOwner: groupBy(rules.flatMap((rule) => (rule.owner === null ? [] : [[rule.owner, rule] as const]))),
    predecessors: groupBy(teams.flatMap((team) => team.successors.map((step) => [step.team, team.id] as const))),
    childTeams: groupBy(teams.flatMap((team) => (team.parent === undefined ? [] : [[team.parent, team.id] as const]))),
    replacedBy: groupBy(programmes.flatMap((programme) => programme.replaces.map((id) => [id, programme.id] as const))),
    programmesByTeam: groupBy(
      programmes.flatMap((programme) => (programme.team === undefined ? [] : [[programme.team, programme] as const])),
    ),
    programmesByPage: groupBy(programmes.flatMap(programmeTitles)),
    liaisonsByTeam: groupBy(liaisons.flatMap((liaison) => liaison.teams.map((id) => [id, liaison] as const))),
    liaisonsByProduct: groupBy(
      liaisons.flatMap((liaison) => liaison.products.map((product) => [foldForSearch(product), liaison] as const)),
    ),
    liaisonsByUsername: firstByKey(
      liaisons.flatMap((liaison) => (liaison.username === null ? [] : [[titleKey(liaison.username), liaison] as const])),
    ),
    teamsByPage: firstByKey(
      teams.flatMap((team) => (team.teamPage ? [[registryPageKey(team.teamPage.host, team.teamPage.title), team] as const] : [])),
    ),
    ruleIndex: buildRuleIndex(rules),
  };
  return Object.freeze(prepared);
}
