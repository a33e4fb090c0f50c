import { describe, expect, it } from 'vitest';
import { maxLineageSteps, walkLineage } from '../../../utils/ownership/lineage';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { Registry } from '../../../utils/registry/schema';
import { buildRegistry, ruleInput, successorInput, teamInput } from '../registry/fixtures';
import { pageAt } from './pages';

const sourceA = [{ url: 'https://meta.wikimedia.org/wiki/Community_Engagement' }];
const sourceB = [{ url: 'https://diff.wikimedia.org/2019/11/15/x/' }];

const prepared = prepareRegistry(
  buildRegistry({
    teams: [
      teamInput('origin', { status: 'historical', department: 'Community Engagement', activePeriod: { from: '2016', to: '2019' }, sources: sourceA, successors: [successorInput('middle', { from: '2019', sources: sourceB, certainty: 'indirect' })] }),
      teamInput('middle', { status: 'historical', department: null, successors: [successorInput('today', { from: 'unknown' }), successorInput('other')] }),
      teamInput('today', { department: 'Legal', departmentAsOf: '2023-05' }),
      teamInput('other'),
      teamInput('dead-end', { status: 'historical' }),
      teamInput('unsure', { status: 'unknown' }),
      teamInput('stop', { status: 'historical', successors: [successorInput('today', { certainty: 'unknown' })] }),
      teamInput('shaky', { status: 'historical', successors: [successorInput('today', { certainty: 'unverified' })] }),
    ],
    rules: [ruleInput('origin', 'origin', { kind: 'prefix', prefix: 'Origin' })],
  }),
);

describe('walkLineage', () => {
  it('follows first-listed successors to the active team, with dates and sources per step', () => {
    const lineage = walkLineage(prepared, 'team:origin');
    expect(lineage.owner?.id).toBe('team:today');
    expect(lineage.reasons).toEqual([]);
    expect(lineage.steps).toEqual([
      { team: 'team:origin', name: 'Team origin', department: 'Community Engagement', from: '2016', to: '2019', certainty: 'stated', sources: [{ url: sourceA[0]!.url, verified: '2026-11-24' }] },
      expect.objectContaining({ team: 'team:middle', department: null, from: '2019', certainty: 'indirect', sources: [{ url: sourceB[0]!.url, verified: '2026-11-24' }, expect.objectContaining({ url: 'https://meta.wikimedia.org/wiki/Grants:Start' })] }),
      expect.objectContaining({ team: 'team:today', department: 'Legal', from: 'unknown', certainty: 'stated' }),
    ]);
  });

  it.each([
    ['a historical team with no successor', 'team:dead-end', 'owner-no-successor', 1],
    ['a team whose status is unknown', 'team:unsure', 'owner-status-unknown', 1],
    ['a successor whose certainty is unknown', 'team:stop', 'successor-unknown', 1],
    ['a team that is not in the registry', 'team:ghost', 'unknown-team', 0],
  ])('stops at %s and says so', (_name, start, code, steps) => {
    const lineage = walkLineage(prepared, start);
    expect(lineage.owner).toBeNull();
    expect(lineage.reasons.map((reason) => reason.code)).toEqual([code]);
    expect(lineage.steps).toHaveLength(steps);
  });

  it('follows an unverified successor but carries its certainty', () => {
    const lineage = walkLineage(prepared, 'team:shaky');
    expect(lineage.owner?.id).toBe('team:today');
    expect(lineage.steps.map((step) => step.certainty)).toEqual(['stated', 'unverified']);
  });

  // The schema refuses these; the resolver must still end on whatever registry it is handed.
  function unchecked(teams: Registry['teams']): ReturnType<typeof prepareRegistry> {
    return prepareRegistry({ ...buildRegistry(), teams });
  }
  const historical = (slug: string, next: string) => buildRegistry({ teams: [teamInput(slug, { status: 'historical', successors: [successorInput(next)] })] }).teams[0]!;

  it('stops on a successor cycle', () => {
    const lineage = walkLineage(unchecked([historical('a', 'b'), historical('b', 'c'), historical('c', 'a')]), 'team:a');
    expect(lineage.reasons).toEqual([{ code: 'lineage-cycle', params: ['Team a'] }]);
    expect(lineage.steps.map((step) => step.team)).toEqual(['team:a', 'team:b', 'team:c']);
  });

  it('stops on a dangling successor', () => {
    expect(walkLineage(unchecked([historical('a', 'ghost')]), 'team:a').reasons).toEqual([{ code: 'unknown-team', params: ['team:ghost'] }]);
  });

  it('stops an overlong chain', () => {
    const chain = Array.from({ length: 200 }, (_, index) => historical(`t${index}`, `t${index + 1}`));
    const lineage = walkLineage(unchecked(chain), 'team:t0');
    expect(lineage.reasons).toEqual([{ code: 'lineage-too-long', params: [] }]);
    expect(lineage.steps).toHaveLength(maxLineageSteps);
  });
});

describe('lineage in the answer', () => {
  it('names today’s owner, its department as of its date, and the weakest certainty', () => {
    const answer = resolveInstant(pageAt('Origin/Page'), prepared);
    expect(answer).toMatchObject({ status: 'owned', owner: { id: 'team:today', departmentAsOf: '2023-05' }, department: 'Legal', certainty: 'indirect' });
    expect(answer.reasons).toContainEqual({ code: 'department-as-of', params: ['Legal', '2023-05'] });
    expect(answer.sources.map((source) => source.url)).toEqual([
      'https://meta.wikimedia.org/wiki/Grants:Start',
      sourceA[0]!.url,
      sourceB[0]!.url,
    ]);
  });
});
