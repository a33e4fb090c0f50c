import { registrySchema } from '../../../utils/registry/schema';
import type { Registry, RegistryInput, RegistryRevision } from '../../../utils/registry/schema';

export const verified = '2026-11-24';
export const metaSource = [{ url: 'https://meta.wikimedia.org/wiki/Grants:Start' }];
const provenance = { sources: metaSource, verified, certainty: 'stated' as const };

type TeamInput = NonNullable<RegistryInput['teams']>[number];
type RuleInput = NonNullable<RegistryInput['rules']>[number];
type ProgrammeInput = NonNullable<RegistryInput['programmes']>[number];
type LiaisonInput = NonNullable<RegistryInput['liaisons']>[number];

export function teamInput(slug: string, overrides: Partial<TeamInput> = {}): TeamInput {
  return { id: `team:${slug}`, name: `Team ${slug}`, department: 'Legal', status: 'active', ...provenance, ...overrides };
}

export function successorInput(slug: string, overrides: Record<string, unknown> = {}) {
  return { team: `team:${slug}`, kind: 'renamed' as const, from: '2020', ...provenance, ...overrides };
}

export function ruleInput(slug: string, owner: string | null, match: RuleInput['match'], overrides: Partial<RuleInput> = {}): RuleInput {
  return { id: `rule:${slug}`, owner: owner === null ? null : `team:${owner}`, match, ...provenance, ...overrides };
}

export function programmeInput(slug: string, overrides: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return { id: `programme:${slug}`, name: `Programme ${slug}`, status: 'active', ...provenance, ...overrides };
}

export function liaisonInput(slug: string, overrides: Partial<LiaisonInput> = {}): LiaisonInput {
  return { id: `liaison:${slug}`, name: `Liaison ${slug}`, username: null, role: 'Specialist', ...provenance, ...overrides };
}

export function registryInput(overrides: Partial<RegistryInput> = {}): RegistryInput {
  return { version: 2, updated: verified, ...overrides };
}

/** A registry through the schema, so defaults are filled in as at load. */
export function buildRegistry(overrides: Partial<RegistryInput> = {}): Registry {
  return registrySchema.parse(registryInput(overrides));
}

export const revision: RegistryRevision = {
  revisionId: 12345,
  user: 'Example editor',
  timestamp: '2026-11-24T12:00:00Z',
  source: { host: 'meta.wikimedia.org', title: 'Wiki Wayfinder/Registry.json' },
};
