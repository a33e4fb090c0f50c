import { describe, expect, it } from 'vitest';
import { teamOutcome } from '../../../utils/ownership/graph/team-outcome';
import { maxLineageSteps } from '../../../utils/ownership/graph/walk-context';
import { walkTeam } from '../../../utils/ownership/graph/walk-team';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { Registry } from '../../../utils/registry/schema';
import { buildRegistry, ruleInput, successorInput, teamInput } from '../registry/fixtures';
import { pageAt } from './pages';

const sourceA = [{ url: 'https://meta.wikimedia.org/wiki/Community_Engagement' }];
const sourceB = [{ url: 'https://diff.wikimedia.org/2019/11/15/x/' }];
const split = (slug: string, overrides: Record<string, unknown> = {}) => successorInput(slug, { kind: 'split', ...overrides });

const prepared = prepareRegistry(
  buildRegistry({
    teams: [
      // A rename, then a move to another department.
      teamInput('origin', { status: 'historical', department: 'Community Engagement', activePeriod: { from: '2016', to: '2019' }, sources: sourceA, successors: [successorInput('middle', { from: '2019', sources: sourceB, certainty: 'indirect' })] }),
      teamInput('middle', { status: 'historical', department: null, successors: [successorInput('today', { kind: 'moved', from: 'unknown' })] }),
      teamInput('today', { department: 'Legal', departmentAsOf: '2023-05' }),
      teamInput('dead-end', { status: 'historical' }),
      teamInput('unsure', { status: 'unknown' }),
      teamInput('stop', { status: 'historical', successors: [successorInput('today', { certainty: 'unknown' })] }),
      teamInput('shaky', { status: 'historical', successors: [successorInput('today', { certainty: 'unverified' })] }),
      // Two teams merged into one; a unit absorbed by its parent.
      teamInput('left', { status: 'historical', successors: [successorInput('merged', { kind: 'merged' })] }),
      teamInput('right', { status: 'historical', successors: [successorInput('merged', { kind: 'merged' })] }),
      teamInput('merged'),
      teamInput('unit', { status: 'historical', parent: 'team:today', successors: [successorInput('today', { kind: 'absorbed' })] }),
      // A split into a live team and a team that split again.
      teamInput('whole', { status: 'historical', successors: [split('today', { from: '2018-06' }), split('half', { from: '2018-06' })] }),
      teamInput('half', { status: 'historical', successors: [split('merged', { from: 'unknown' }), split('dead-end', { from: 'unknown' })] }),
      // A part whose parent goes on as one line, and a part whose parent split.
      teamInput('idea', { status: 'unknown', parent: 'team:origin' }),
      teamInput('split-part', { status: 'unknown', parent: 'team:whole' }),
      // A dissolved department: its parts, an earlier name inside it, and a part in a part.
      teamInput('dept', { status: 'historical', activePeriod: { from: '2015-02', to: '2019-11' }, dissolved: { date: '2019-11', partsMovedBy: '2020-01', sources: sourceB, verified: '2026-12-01', certainty: 'stated' }, leaders: [{ name: 'A Leader', from: '2015-02' }] }),
      teamInput('dept-old', { status: 'historical', parent: 'team:dept', successors: [successorInput('dept-new')] }),
      teamInput('dept-new', { status: 'historical', parent: 'team:dept', successors: [successorInput('today', { kind: 'moved' })] }),
      teamInput('dept-group', { status: 'historical', parent: 'team:dept', successors: [successorInput('merged', { kind: 'moved' })] }),
      teamInput('dept-sub', { status: 'unknown', parent: 'team:dept-group' }),
      teamInput('dept-lost', { status: 'historical', parent: 'team:dept' }),
    ],
    rules: [ruleInput('origin', 'origin', { kind: 'prefix', prefix: 'Origin' }), ruleInput('dept', 'dept', { kind: 'prefix', prefix: 'Dept' })],
  }),
);

describe('walking the lineage graph', () => {
  it('follows renames and moves to the active team, with dates, sources and the kind of each step', () => {
    const outcome = walkTeam(prepared, 'team:origin');
    expect(outcome).toMatchObject({ kind: 'owned', owner: { id: 'team:today' }, reasons: [] });
    expect(outcome.steps).toEqual([
      { team: 'team:origin', via: 'origin', name: 'Team origin', department: 'Community Engagement', from: '2016', to: '2019', certainty: 'stated', sources: [{ url: sourceA[0]!.url, verified: '2026-11-24' }] },
      expect.objectContaining({ team: 'team:middle', via: 'renamed', department: null, from: '2019', certainty: 'indirect', sources: [{ url: sourceB[0]!.url, verified: '2026-11-24' }, expect.objectContaining({ url: 'https://meta.wikimedia.org/wiki/Grants:Start' })] }),
      expect.objectContaining({ team: 'team:today', via: 'moved', department: 'Legal', from: 'unknown', certainty: 'stated' }),
    ]);
  });

  it('follows merges and absorptions into the team that carries the work on', () => {
    for (const id of ['team:left', 'team:right']) {
      expect(walkTeam(prepared, id)).toMatchObject({ kind: 'owned', owner: { id: 'team:merged' }, steps: [{ via: 'origin' }, { via: 'merged' }] });
    }
    expect(walkTeam(prepared, 'team:unit')).toMatchObject({ kind: 'owned', owner: { id: 'team:today' }, steps: [{ via: 'origin' }, { via: 'absorbed' }] });
  });

  it.each([
    ['a historical team with no successor', 'team:dead-end', 'owner-no-successor', 1],
    ['a team whose status is unknown', 'team:unsure', 'owner-status-unknown', 1],
    ['a successor whose certainty is unknown', 'team:stop', 'successor-unknown', 1],
    ['a team that is not in the registry', 'team:ghost', 'unknown-team', 0],
    ['a part of a team that split', 'team:split-part', 'part-of-divided', 1],
  ])('stops at %s and says so', (_name, start, code, steps) => {
    const outcome = walkTeam(prepared, start);
    expect(outcome.kind).toBe('unknown');
    expect(outcome.reasons.map((reason) => reason.code)).toEqual([code]);
    expect(outcome.steps).toHaveLength(steps);
  });

  it('follows an unverified successor but carries its certainty', () => {
    const outcome = teamOutcome(prepared, 'team:shaky');
    expect(outcome).toMatchObject({ kind: 'owned', owner: { id: 'team:today' }, certainty: 'unverified' });
    expect(outcome.chain.map((step) => step.certainty)).toEqual(['stated', 'unverified']);
  });

  it('follows the parent of a team without a successor, at most indirectly, and says whose status is unknown', () => {
    const outcome = teamOutcome(prepared, 'team:idea');
    expect(outcome).toMatchObject({ kind: 'owned', owner: { id: 'team:today' }, certainty: 'indirect' });
    expect(outcome.chain.map((step) => [step.team, step.via])).toEqual([
      ['team:idea', 'origin'],
      ['team:origin', 'part-of'],
      ['team:middle', 'renamed'],
      ['team:today', 'moved'],
    ]);
    expect(outcome.reasons).toEqual([
      { code: 'followed-parent', params: ['Team idea', 'Team origin', 'Team today'] },
      { code: 'own-status-unknown', params: ['Team idea'] },
    ]);
  });

  it('answers a split with each part and where it is now, unfolding a part that split again', () => {
    const outcome = teamOutcome(prepared, 'team:whole');
    expect(outcome.kind).toBe('split');
    if (outcome.kind !== 'split') return;
    expect(outcome.reasons).toEqual([{ code: 'team-split-dated', params: ['Team whole', '2018-06'] }]);
    const map = outcome.successorMap;
    expect(map).toMatchObject({ how: 'split', team: { id: 'team:whole' }, date: '2018-06', ownerCount: 2 });
    expect(map.entries.map((entry) => [entry.path, entry.owner?.id ?? null])).toEqual([
      [['Team today'], 'team:today'],
      [['Team half', 'Team merged'], 'team:merged'],
      [['Team half', 'Team dead-end'], null],
    ]);
    expect(map.entries[2]!.reasons.map((reason) => reason.code)).toEqual(['owner-no-successor']);
    expect(map.entries[1]!.chain.map((step) => [step.team, step.via])).toEqual([
      ['team:half', 'split'],
      ['team:merged', 'split'],
    ]);
  });

  it('answers a dissolved team with its parts at the end, earlier names folded into the part they became', () => {
    const outcome = teamOutcome(prepared, 'team:dept');
    expect(outcome).toMatchObject({ kind: 'split', reasons: [{ code: 'team-dissolved', params: ['Team dept', '2019-11'] }, { code: 'parts-moved-by', params: ['Team dept', '2020-01'] }] });
    if (outcome.kind !== 'split') return;
    const map = outcome.successorMap;
    expect(map).toMatchObject({ how: 'dissolved', date: '2019-11', partsMovedBy: '2020-01', period: { from: '2015-02', to: '2019-11' }, leaders: [{ name: 'A Leader', from: '2015-02' }] });
    expect(map.sources).toEqual([{ url: sourceB[0]!.url, verified: '2026-12-01' }]);
    expect(map.entries.map((entry) => ({ path: entry.path, earlier: entry.earlier, owner: entry.owner?.id ?? null, certainty: entry.certainty }))).toEqual([
      { path: ['Team dept-new'], earlier: ['Team dept-old'], owner: 'team:today', certainty: 'stated' },
      { path: ['Team dept-group'], earlier: [], owner: 'team:merged', certainty: 'stated' },
      { path: ['Team dept-group', 'Team dept-sub'], earlier: [], owner: 'team:merged', certainty: 'indirect' },
      { path: ['Team dept-lost'], earlier: [], owner: null, certainty: 'unknown' },
    ]);
    expect(map.entries[3]!.reasons.map((reason) => reason.code)).toEqual(['part-of-divided']);
    expect(map.ownerCount).toBe(2);
  });

  it('gives each part of a map its owner’s first contact and team page', () => {
    const withContact = prepareRegistry(
      buildRegistry({
        teams: [
          teamInput('gone', { status: 'historical', successors: [split('a'), split('b')] }),
          teamInput('a', { contacts: { emails: [{ address: 'a@wikimedia.org', purpose: 'General' }] }, teamPage: { host: 'meta.wikimedia.org', title: 'A' } }),
          teamInput('b'),
        ],
      }),
    );
    const outcome = teamOutcome(withContact, 'team:gone');
    if (outcome.kind !== 'split') throw new Error('expected a split');
    expect(outcome.successorMap.entries.map((entry) => [entry.contact?.kind ?? null, entry.teamPage?.title ?? null])).toEqual([
      ['email', 'A'],
      [null, null],
    ]);
  });

  // The schema and integrity check refuse these; the walk must still end on whatever it is handed.
  function unchecked(teams: Registry['teams']): ReturnType<typeof prepareRegistry> {
    return prepareRegistry({ ...buildRegistry(), teams });
  }
  const historical = (slug: string, next: string, overrides: Record<string, unknown> = {}) =>
    buildRegistry({ teams: [teamInput(slug, { status: 'historical', successors: [successorInput(next)], ...overrides })] }).teams[0]!;

  it('stops on a successor cycle', () => {
    const outcome = walkTeam(unchecked([historical('a', 'b'), historical('b', 'c'), historical('c', 'a')]), 'team:a');
    expect(outcome.reasons).toEqual([{ code: 'lineage-cycle', params: ['Team a'] }]);
    expect(outcome.steps.map((step) => step.team)).toEqual(['team:a', 'team:b', 'team:c']);
  });

  it('stops on a parent cycle', () => {
    const a = buildRegistry({ teams: [teamInput('a', { status: 'unknown', parent: 'team:b' })] }).teams[0]!;
    const b = buildRegistry({ teams: [teamInput('b', { status: 'unknown', parent: 'team:a' })] }).teams[0]!;
    const outcome = walkTeam(unchecked([a, b]), 'team:a');
    expect(outcome.kind).toBe('unknown');
    expect(outcome.steps.map((step) => step.team)).toEqual(['team:a', 'team:b']);
  });

  it('stops on a split that leads back into itself', () => {
    const loop = buildRegistry({ teams: [teamInput('x', { status: 'historical' })] }).teams[0]!;
    const splitting = { ...loop, successors: [{ ...successorInput('x', { kind: 'split' }) }, { ...successorInput('x', { kind: 'split' }) }] } as Registry['teams'][number];
    const outcome = walkTeam(unchecked([splitting]), 'team:x');
    expect(['split', 'unknown']).toContain(outcome.kind);
  });

  it('stops on a dangling successor', () => {
    expect(walkTeam(unchecked([historical('a', 'ghost')]), 'team:a').reasons).toEqual([{ code: 'unknown-team', params: ['team:ghost'] }]);
  });

  it('stops an overlong chain', () => {
    const chain = Array.from({ length: 200 }, (_, index) => historical(`t${index}`, `t${index + 1}`));
    const outcome = walkTeam(unchecked(chain), 'team:t0');
    expect(outcome.reasons).toEqual([{ code: 'lineage-too-long', params: [] }]);
    expect(outcome.steps).toHaveLength(maxLineageSteps);
  });
});

describe('lineage in the answer', () => {
  it('names today’s owner, its department as of its date, and the weakest certainty', () => {
    const answer = resolveInstant(pageAt('Origin/Page'), prepared);
    expect(answer).toMatchObject({ status: 'owned', owner: { id: 'team:today', departmentAsOf: '2023-05' }, department: 'Legal', certainty: 'indirect', successorMap: null });
    expect(answer.reasons).toContainEqual({ code: 'department-as-of', params: ['Legal', '2023-05'] });
    expect(answer.sources.map((source) => source.url)).toEqual([
      'https://meta.wikimedia.org/wiki/Grants:Start',
      sourceA[0]!.url,
      sourceB[0]!.url,
    ]);
  });

  it('answers a page of a dissolved team with the successor map, its sources among the answer’s', () => {
    const answer = resolveInstant(pageAt('Dept/History'), prepared);
    expect(answer).toMatchObject({ status: 'split', owner: null, successorMap: { how: 'dissolved', ownerCount: 2 } });
    expect(answer.sources.map((source) => source.url)).toContain(sourceB[0]!.url);
  });
});

describe('a dissolved team whose parts the registry does not know', () => {
  it('ends the trail rather than answer with an empty map', () => {
    const alone = prepareRegistry(
      buildRegistry({
        teams: [teamInput('gone', { status: 'historical', dissolved: { date: '2026-05', sources: [{ url: 'https://meta.wikimedia.org/wiki/Talk:Community_Wishlist' }], verified: '2026-12-01', certainty: 'stated' } })],
      }),
    );
    expect(walkTeam(alone, 'team:gone')).toMatchObject({ kind: 'unknown', reasons: [{ code: 'owner-no-successor', params: ['Team gone'] }] });
  });
});

describe('a part whose parent’s line does not end in one team', () => {
  it('still says its own status is unknown', () => {
    const registry = prepareRegistry(
      buildRegistry({
        teams: [
          teamInput('parent', { status: 'historical', successors: [successorInput('gone', { kind: 'moved' })] }),
          teamInput('gone', { status: 'historical' }),
          teamInput('part', { status: 'unknown', parent: 'team:parent' }),
        ],
      }),
    );
    expect(walkTeam(registry, 'team:part').reasons).toEqual([
      { code: 'own-status-unknown', params: ['Team part'] },
      { code: 'owner-no-successor', params: ['Team gone'] },
    ]);
  });
});
