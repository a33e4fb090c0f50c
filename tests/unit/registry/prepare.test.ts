import { describe, expect, it } from 'vitest';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { buildRegistry, liaisonInput, programmeInput, ruleInput, successorInput, teamInput } from './fixtures';

function prepared() {
  return prepareRegistry(
    buildRegistry({
      teams: [
        teamInput('old', { status: 'historical', successors: [successorInput('new')] }),
        teamInput('older', { status: 'historical', successors: [successorInput('new')] }),
        teamInput('new', { teamPage: { host: 'meta.wikimedia.org', title: 'trust_and_Safety' }, products: ['Tech News'] }),
        teamInput('child', { parent: 'team:new' }),
      ],
      rules: [
        ruleInput('one', 'new', { kind: 'prefix', prefix: 'A' }),
        ruleInput('two', 'new', { kind: 'prefix', prefix: 'B' }),
        ruleInput('unknown', null, { kind: 'namespace', namespace: 202 }),
      ],
      programmes: [
        programmeInput('past', { status: 'historical', page: { host: 'meta.wikimedia.org', title: 'Grants:Old' } }),
        programmeInput('now', { team: 'team:new', replaces: ['programme:past'], page: { host: 'meta.wikimedia.org', title: 'Grants:New' }, aliases: ['Grants:N'] }),
      ],
      liaisons: [
        liaisonInput('a', { name: 'Benoît', username: 'Benoît (WMF)', teams: ['team:new'], products: ['Tech News'] }),
        liaisonInput('b', { products: ['tech news'] }),
      ],
    }),
  );
}

describe('prepareRegistry', () => {
  const registry = prepared();

  it.each([
    ['what a team owns', registry.rulesByOwner.get('team:new')?.map((rule) => rule.id), ['rule:one', 'rule:two']],
    ['predecessors', registry.predecessors.get('team:new'), ['team:old', 'team:older']],
    ['child teams', registry.childTeams.get('team:new'), ['team:child']],
    ['what replaced a programme', registry.replacedBy.get('programme:past'), ['programme:now']],
    ['programmes a team runs', registry.programmesByTeam.get('team:new')?.map((programme) => programme.id), ['programme:now']],
    ['liaisons by team', registry.liaisonsByTeam.get('team:new')?.map((liaison) => liaison.id), ['liaison:a']],
    ['liaisons by product, ignoring case', registry.liaisonsByProduct.get('tech news')?.map((liaison) => liaison.id), ['liaison:a', 'liaison:b']],
    ['liaisons by username', registry.liaisonsByUsername.get('Benoît (WMF)')?.id, 'liaison:a'],
    ['teams by their normalised page', registry.teamsByPage.get('meta.wikimedia.org|Trust and Safety')?.id, 'team:new'],
    ['programmes by page', registry.programmesByPage.get('meta.wikimedia.org|Grants:New')?.map((entry) => entry.relation), ['page']],
    ['programmes by alias', registry.programmesByPage.get('meta.wikimedia.org|Grants:N')?.map((entry) => entry.relation), ['alias']],
  ])('derives %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('does not count a rule with an unknown owner as anyone’s', () => {
    expect([...registry.rulesByOwner.values()].flat().map((rule) => rule.id)).not.toContain('rule:unknown');
  });

  it.each([
    ['the prepared registry', () => Object.assign(registry, { teams: new Map() })],
    ['a team', () => Object.assign(registry.teams.get('team:new')!, { name: 'Changed' })],
    ['a nested list', () => (registry.registry.teams[0]!.successors as unknown[]).push({})],
    ['a map of teams', () => (registry.teams as Map<string, unknown>).set('team:x', {})],
    ['a reverse relation', () => (registry.predecessors as Map<string, unknown>).delete('team:new')],
    ['the rule index', () => (registry.ruleIndex.prefix as Map<string, unknown>).clear()],
  ])('freezes %s', (_name, change) => {
    expect(change).toThrow(TypeError);
  });
});
