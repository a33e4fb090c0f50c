import { describe, expect, it } from 'vitest';
import { mergeRegistries } from '../../../utils/registry/merge';
import { buildRegistry, liaisonInput, ruleInput, teamInput } from './fixtures';

const base = buildRegistry({
  updated: '2026-01-01',
  teams: [teamInput('a', { name: 'Base A', note: 'kept?' }), teamInput('b'), teamInput('c')],
  rules: [ruleInput('b-pages', 'b', { kind: 'prefix', prefix: 'B' })],
  liaisons: [liaisonInput('x', { teams: ['team:c'] })],
  quickLinks: [{ id: 'link:start', label: 'Start', url: 'https://meta.wikimedia.org/wiki/Grants:Start' }],
});

function merged(overlay: Parameters<typeof buildRegistry>[0]) {
  const result = mergeRegistries(base, buildRegistry(overlay));
  if (!result.ok) throw new Error(result.reasons.join(' '));
  return result;
}

describe('mergeRegistries', () => {
  it('replaces a base entity with the same id as a whole, in its place', () => {
    const { registry } = merged({ teams: [teamInput('a', { name: 'Wiki A' })] });
    expect(registry.teams.map((team) => team.id)).toEqual(['team:a', 'team:b', 'team:c']);
    expect(registry.teams[0]).toMatchObject({ name: 'Wiki A' });
    expect(registry.teams[0]?.note).toBeUndefined();
  });

  it('adds new entities after the base ones', () => {
    const { registry } = merged({ teams: [teamInput('z')], rules: [ruleInput('z-pages', 'z', { kind: 'prefix', prefix: 'Z' })] });
    expect(registry.teams.map((team) => team.id)).toEqual(['team:a', 'team:b', 'team:c', 'team:z']);
    expect(registry.rules.map((rule) => rule.id)).toEqual(['rule:b-pages', 'rule:z-pages']);
  });

  it('withdraws base entities listed in remove, and leaves no tombstones behind', () => {
    const { registry, warnings } = merged({ remove: ['link:start', 'team:a'] });
    expect(registry.teams.map((team) => team.id)).toEqual(['team:b', 'team:c']);
    expect(registry.quickLinks).toEqual([]);
    expect(registry.remove).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('warns about a tombstone that matches nothing', () => {
    expect(merged({ remove: ['team:ghost'] }).warnings).toEqual([
      'The on-wiki registry removes team:ghost, which the built-in registry does not have.',
    ]);
  });

  it('keeps the later of the two update dates', () => {
    expect(merged({ updated: '2026-06-01' }).registry.updated).toBe('2026-06-01');
    expect(merged({ updated: '2025-06-01' }).registry.updated).toBe('2026-01-01');
  });

  it.each([
    ['withdrawing a team a liaison names', { remove: ['team:c'] }, 'Liaison liaison:x names the team team:c, which is not in the registry.'],
    ['withdrawing a rule owner', { remove: ['team:b'] }, 'Rule rule:b-pages names the owner team:b, which is not in the registry.'],
    ['removing and redefining one id', { remove: ['team:a'], teams: [teamInput('a')] }, 'The on-wiki registry both removes and defines team:a.'],
  ])('refuses %s rather than patching it', (_name, overlay, reason) => {
    expect(mergeRegistries(base, buildRegistry(overlay))).toEqual({ ok: false, reasons: [reason] });
  });
});
