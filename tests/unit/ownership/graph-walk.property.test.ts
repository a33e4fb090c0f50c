import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkTeam } from '../../../utils/ownership/graph/walk-team';
import type { Outcome } from '../../../utils/ownership/graph/walk-context';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { Registry, Team } from '../../../utils/registry/schema';
import { buildRegistry } from '../registry/fixtures';
import { propertyRuns } from '../property-runs';

/**
 * Any graph at all, sound or not: edges of every kind to any team (itself, a missing one),
 * parents in loops, dissolutions with successors. The walk must end on each, and every team it
 * names, in a step, as an owner or in a successor map, must be one the registry has.
 */
const size = 12;
const id = fc.integer({ min: 0, max: size }).map((index) => `team:g${index}`); // g12 is never defined
const kind = fc.constantFrom('renamed' as const, 'moved' as const, 'split' as const, 'merged' as const, 'absorbed' as const);
const certainty = fc.constantFrom('stated' as const, 'indirect' as const, 'unverified' as const, 'unknown' as const);
const provenance = { sources: [{ url: 'https://meta.wikimedia.org/wiki/X' }], verified: '2026-12-01' };

const team = (index: number): fc.Arbitrary<Team> =>
  fc.record({
    status: fc.constantFrom('active' as const, 'historical' as const, 'unknown' as const),
    parent: fc.option(id, { nil: undefined }),
    successors: fc.array(fc.record({ team: id, kind, from: fc.constant('2020'), certainty }), { maxLength: 4 }),
    dissolved: fc.boolean(),
  }).map(({ status, parent, successors, dissolved }) => ({
    id: `team:g${index}`,
    name: `Team ${index}`,
    department: null,
    status,
    ...(parent === undefined ? {} : { parent }),
    successors: successors.map((edge) => ({ ...edge, ...provenance })),
    ...(dissolved ? { dissolved: { date: '2019', ...provenance, certainty: 'stated' as const } } : {}),
    leaders: [],
    activePeriod: {},
    contacts: { emails: [], talkPages: [], phabricatorTags: [], chatChannels: [] },
    products: [],
    links: [],
    ...provenance,
    certainty: 'stated',
  }) as Team);

const graph: fc.Arbitrary<Registry> = fc.tuple(...Array.from({ length: size }, (_, index) => team(index))).map((teams) => ({ ...buildRegistry(), teams }));

function namedTeams(outcome: Outcome): string[] {
  const steps = outcome.steps.map((step) => step.team);
  if (outcome.kind === 'owned') return [...steps, outcome.owner.id];
  if (outcome.kind === 'unknown') return steps;
  return [
    ...steps,
    outcome.map.team.id,
    ...outcome.map.entries.flatMap((entry) => [entry.part, ...entry.chain.map((step) => step.team), ...(entry.owner === null ? [] : [entry.owner.id])]),
  ];
}

describe('walking any lineage graph', () => {
  it('ends, and names only teams the registry has', () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 0, max: size }), (registry, start) => {
        const prepared = prepareRegistry(registry);
        const outcome = walkTeam(prepared, `team:g${start}`);
        for (const teamId of namedTeams(outcome)) expect(prepared.teams.has(teamId)).toBe(true);
        if (outcome.kind === 'owned') expect(outcome.owner.status).toBe('active');
        if (outcome.kind === 'split') for (const entry of outcome.map.entries) if (entry.owner !== null) expect(entry.owner.status).toBe('active');
        if (outcome.kind === 'unknown') expect(outcome.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
