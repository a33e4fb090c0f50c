import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { parseRegistryJson } from '../../../utils/registry/parse';
import type { RegistryInput } from '../../../utils/registry/schema';
import { revision } from '../registry/fixtures';
import { propertyRuns } from '../property-runs';

// Registry validation, from the valid side: any sound registry an editor could write is
// accepted, reads back from its own JSON exactly as accepted (nothing lost or altered), and
// merges over the built-in registry. The hostile side is tests/unit/registry/parse.property.test.ts.
type TeamInput = NonNullable<RegistryInput['teams']>[number];

const plain = fc.stringMatching(/^[A-Za-z0-9À-ž][A-Za-z0-9À-ž ,.'&()-]{0,40}[A-Za-z0-9À-ž]$/);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const certainty = fc.constantFrom('stated' as const, 'indirect' as const, 'unverified' as const, 'unknown' as const);
const day = fc.date({ min: new Date('1995-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const pageTitle = fc.array(fc.stringMatching(/^[A-Z][a-z0-9]{0,10}$/), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const source = fc.record({ url: pageTitle.map((title) => `https://meta.wikimedia.org/wiki/${title.replace(/ /g, '_')}`), title: fc.option(plain, { nil: undefined }) }, { requiredKeys: ['url'] });
const provenance = { sources: fc.array(source, { minLength: 1, maxLength: 3 }), verified: day, certainty };

/** Before the registry's own date, so no step is dated in its future. */
const pastDay = fc.date({ min: new Date('1995-01-01'), max: new Date('2026-11-30'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
type SuccessorInput = NonNullable<TeamInput['successors']>[number];
const continuation = fc.constantFrom('renamed' as const, 'moved' as const, 'merged' as const, 'absorbed' as const);

/**
 * Teams whose successors only point further down the list, so no cycle can form: none, one
 * edge of any continuing kind, or the two parts of a split. A team with successors is not active.
 */
const teams: fc.Arbitrary<TeamInput[]> = fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }).chain((slugs) =>
  fc.tuple(
    ...slugs.map((name, index) => {
      const target = fc.constantFrom(...slugs.slice(index + 1).map((next) => `team:wf-${next}`), 'team:trust-and-safety');
      const edge = (kind: fc.Arbitrary<SuccessorInput['kind']>) => fc.record({ team: target, kind, from: fc.oneof(pastDay, fc.constant('unknown')), ...provenance });
      const later = slugs.slice(index + 1).map((next) => `team:wf-${next}`);
      // A split needs two different parts: a later team and Trust and Safety, so the last team cannot split.
      const splits = later.length === 0 ? [] : [
        fc
          .tuple(fc.constantFrom(...later), edge(fc.constant('split' as const)), edge(fc.constant('split' as const)))
          .map(([part, first, second]): SuccessorInput[] => [{ ...first, team: part }, { ...second, team: 'team:trust-and-safety' }]),
      ];
      const successors: fc.Arbitrary<SuccessorInput[]> = fc.oneof(fc.constant<SuccessorInput[]>([]), edge(continuation).map((one) => [one]), ...splits);
      return fc
        .record(
          {
            id: fc.constant(`team:wf-${name}`),
            name: plain,
            department: fc.option(plain, { nil: null }),
            status: fc.constantFrom('active' as const, 'historical' as const, 'unknown' as const),
            successors,
            teamPage: fc.option(fc.record({ host: fc.constant('meta.wikimedia.org'), title: pageTitle }), { nil: undefined }),
            contacts: fc.record({ emails: fc.array(fc.record({ address: slug.map((local) => `${local}@wikimedia.org`), purpose: plain }), { maxLength: 2 }) }),
            note: fc.option(plain, { nil: undefined }),
            ...provenance,
          },
          { requiredKeys: ['id', 'name', 'department', 'status', 'successors', 'contacts', 'sources', 'verified', 'certainty'] },
        )
        .map((team) => (team.successors.length > 0 && team.status === 'active' ? { ...team, status: 'historical' as const } : team));
    }),
  ),
);

const registry: fc.Arbitrary<RegistryInput> = teams.chain((teamList) =>
  fc.record({
    version: fc.constant(2 as const),
    updated: day,
    teams: fc.constant(teamList),
    rules: fc
      .uniqueArray(slug, { maxLength: 4 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.record({
              id: fc.constant(`rule:wf-${id}`),
              owner: fc.option(fc.constantFrom(...teamList.map((team) => team.id)), { nil: null }),
              match: fc.oneof(fc.record({ kind: fc.constant('prefix' as const), prefix: pageTitle }), fc.record({ kind: fc.constant('exact' as const), titles: fc.array(pageTitle, { minLength: 1, maxLength: 3 }) })),
              ...provenance,
            }),
          ),
        ),
      ),
    quickLinks: fc.uniqueArray(slug, { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(`link:wf-${id}`), label: plain, url: source.map((entry) => entry.url) })))),
  }),
);

describe('valid registries round-trip', () => {
  it('are accepted over the built-in registry and read back from their own JSON unchanged', () => {
    const base = loadBuiltinRegistry();
    fc.assert(
      fc.property(registry, (input) => {
        // Successors may name a built-in team, as on-wiki pages do.
        const first = parseRegistryJson(JSON.stringify(input), revision, { base });
        expect(first.ok ? [] : first.reasons).toEqual([]);
        if (!first.ok) return;
        expect(parseRegistryJson(JSON.stringify(first.registry), revision, { base })).toEqual(first);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
