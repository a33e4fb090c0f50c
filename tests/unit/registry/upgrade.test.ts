import { describe, expect, it } from 'vitest';
import { parseRegistryJson } from '../../../utils/registry/parse';
import { registryVersion } from '../../../utils/registry/schema';
import { upgradeRegistryInput } from '../../../utils/registry/upgrade';
import { revision, successorInput, teamInput } from './fixtures';

/** A version 1 edge: a successor as written before kinds existed. */
function v1Edge(slug: string, from = '2020'): Record<string, unknown> {
  const edge: Record<string, unknown> = successorInput(slug, { from });
  delete edge.kind;
  return edge;
}

function v1Page(teams: unknown[]) {
  return { version: 1, updated: '2026-11-24', teams };
}

type Upgraded = { version: number; teams: { id: string; successors?: { team: string; kind?: string }[] }[] };

const upgrade = (value: unknown) => upgradeRegistryInput(value) as Upgraded;

describe('upgradeRegistryInput', () => {
  it('reads one version 1 successor as a rename', () => {
    const upgraded = upgrade(v1Page([teamInput('old', { status: 'historical', successors: [v1Edge('new')] as never }), teamInput('new')]));
    expect(upgraded.version).toBe(registryVersion);
    expect(upgraded.teams[0]!.successors).toEqual([{ ...v1Edge('new'), kind: 'renamed' }]);
    expect(upgraded.teams[1]).toEqual(teamInput('new'));
  });

  it('reads several version 1 successors as the parts of a split', () => {
    const upgraded = upgrade(v1Page([teamInput('old', { status: 'historical', successors: [v1Edge('a'), v1Edge('b'), v1Edge('c')] as never })]));
    expect(upgraded.teams[0]!.successors?.map((edge) => [edge.team, edge.kind])).toEqual([
      ['team:a', 'split'],
      ['team:b', 'split'],
      ['team:c', 'split'],
    ]);
  });

  it('leaves a team without successors, and an empty successor list, as they are', () => {
    const bare = teamInput('bare');
    const empty = teamInput('empty', { successors: [] });
    const upgraded = upgrade(v1Page([bare, empty]));
    expect(upgraded.teams).toEqual([bare, empty]);
  });

  it('keeps a kind an edge already has', () => {
    const upgraded = upgrade(v1Page([teamInput('old', { status: 'historical', successors: [successorInput('new', { kind: 'moved' })] })]));
    expect(upgraded.teams[0]!.successors?.[0]?.kind).toBe('moved');
  });

  it('does not change the page it was given', () => {
    const page = v1Page([teamInput('old', { status: 'historical', successors: [v1Edge('new')] as never })]);
    const copy = structuredClone(page);
    upgradeRegistryInput(page);
    expect(page).toEqual(copy);
  });

  it('returns a version 2 page untouched', () => {
    const page = { version: 2, updated: '2026-11-24', teams: [teamInput('old', { status: 'historical', successors: [v1Edge('new')] as never })] };
    expect(upgradeRegistryInput(page)).toBe(page);
    expect(page.teams[0]!.successors?.[0]).not.toHaveProperty('kind');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'version 1'],
    ['a list', [{ version: 1 }]],
    ['an unknown version', { version: 3, teams: [{ successors: [{}] }] }],
    ['no version', { teams: [{ successors: [{}] }] }],
    ['the version as text', { version: '1', teams: [{ successors: [{}] }] }],
  ])('returns %s unchanged', (_name, value) => {
    expect(upgradeRegistryInput(value)).toBe(value);
  });

  it.each([
    ['teams that are not a list', { teams: { a: 1 } }, (upgraded: Record<string, unknown>) => expect(upgraded.teams).toEqual({ a: 1 })],
    ['a team that is not an object', { teams: ['team:a', null, 7] }, (upgraded: Record<string, unknown>) => expect(upgraded.teams).toEqual(['team:a', null, 7])],
    ['successors that are not a list', { teams: [{ id: 'team:a', successors: 'team:b' }] }, (upgraded: Record<string, unknown>) => expect(upgraded.teams).toEqual([{ id: 'team:a', successors: 'team:b' }])],
    ['a successor that is not an object', { teams: [{ id: 'team:a', successors: ['team:b', null] }] }, (upgraded: Record<string, unknown>) => expect(upgraded.teams).toEqual([{ id: 'team:a', successors: ['team:b', null] }])],
  ])('leaves %s for the schema to explain', (_name, rest, check) => {
    const upgraded = upgradeRegistryInput({ version: 1, updated: '2026-11-24', ...rest }) as Record<string, unknown>;
    expect(upgraded.version).toBe(registryVersion);
    check(upgraded);
  });
});

describe('a version 1 page read by parseRegistryJson', () => {
  it('is accepted as version 2, with the kinds filled in', () => {
    const page = v1Page([
      teamInput('old', { status: 'historical', successors: [v1Edge('new')] as never }),
      teamInput('divided', { status: 'historical', successors: [v1Edge('new'), v1Edge('other')] as never }),
      teamInput('new'),
      teamInput('other'),
    ]);
    const parsed = parseRegistryJson(JSON.stringify(page), revision);
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    if (!parsed.ok) return;
    expect(parsed.registry.version).toBe(2);
    expect(parsed.registry.teams.map((team) => team.successors.map((edge) => edge.kind))).toEqual([['renamed'], ['split', 'split'], [], []]);
  });

  it('explains a malformed successor with the schema, not the upgrade', () => {
    const parsed = parseRegistryJson(JSON.stringify(v1Page([teamInput('old', { successors: ['team:new'] as never })])), revision);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.reasons.join('\n')).toMatch(/teams\[0\] \(team:old\)\.successors\[0\]: Invalid input: expected object/);
  });

  it('must still pass the version 2 checks: an active team with a successor is refused', () => {
    const page = v1Page([teamInput('old', { successors: [v1Edge('new')] as never }), teamInput('new')]);
    const parsed = parseRegistryJson(JSON.stringify(page), revision);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.reasons).toEqual(['Team team:old is active and also has successors: an active team is where a lineage ends.']);
  });
});
