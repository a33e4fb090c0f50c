import { describe, expect, it } from 'vitest';
import { checkIntegrity, findCycle } from '../../../utils/registry/integrity';
import { buildRegistry, programmeInput, ruleInput, successorInput, teamInput } from './fixtures';

describe('findCycle', () => {
  const graph = (edges: Record<string, string[]>) => (id: string) => edges[id] ?? [];

  it.each([
    ['no edges', ['a', 'b'], {}, null],
    ['a chain', ['a', 'b', 'c'], { a: ['b'], b: ['c'] }, null],
    ['a diamond', ['a', 'b', 'c', 'd'], { a: ['b', 'c'], b: ['d'], c: ['d'] }, null],
    ['a self-loop', ['a'], { a: ['a'] }, ['a', 'a']],
    ['a two-cycle', ['a', 'b'], { a: ['b'], b: ['a'] }, ['a', 'b', 'a']],
    ['a cycle behind a tail', ['x', 'a', 'b', 'c'], { x: ['a'], a: ['b'], b: ['c'], c: ['a'] }, ['a', 'b', 'c', 'a']],
    ['an edge to an unknown node', ['a'], { a: ['ghost'] }, null],
  ])('finds %s', (_name, ids, edges, cycle) => {
    expect(findCycle(ids, graph(edges))).toEqual(cycle);
  });

  it('walks a 100,000-node chain without overflowing the stack', () => {
    const ids = Array.from({ length: 100_000 }, (_, index) => `n${index}`);
    const next = (id: string) => {
      const index = Number(id.slice(1));
      return [`n${(index + 1) % ids.length}`];
    };
    expect(findCycle(ids, next)?.length).toBe(100_001);
    expect(findCycle(ids, (id) => (id === 'n99999' ? [] : next(id)))).toBeNull();
  });
});

describe('checkIntegrity', () => {
  it('passes a sound registry', () => {
    const registry = buildRegistry({
      teams: [teamInput('a', { status: 'historical', successors: [successorInput('b')] }), teamInput('b', { parent: 'team:a' })],
      rules: [ruleInput('a', 'a', { kind: 'exact', titles: ['grants:start', 'Trust_and_Safety'] })],
      programmes: [programmeInput('p', { team: 'team:b', page: { host: 'meta.wikimedia.org', title: 'Grants:Start' }, aliases: ['Grants:Begin'] })],
    });
    expect(checkIntegrity(registry)).toEqual([]);
  });

  it.each([
    ['a parent that does not exist', { teams: [teamInput('a', { parent: 'team:ghost' })] }, 'Team team:a names the parent team team:ghost, which is not in the registry.'],
    ['a programme team that does not exist', { programmes: [programmeInput('p', { team: 'team:ghost' })] }, 'Programme programme:p names the team team:ghost, which is not in the registry.'],
    ['a replaced programme that does not exist', { programmes: [programmeInput('p', { replaces: ['programme:ghost'] })] }, 'Programme programme:p replaces programme:ghost, which is not in the registry.'],
    ['a duplicate rule id', { teams: [teamInput('a')], rules: [ruleInput('r', 'a', { kind: 'namespace', namespace: 1 }), ruleInput('r', 'a', { kind: 'namespace', namespace: 2 })] }, 'The rule id rule:r is used more than once.'],
    ['aliases without a page', { programmes: [programmeInput('p', { aliases: ['Grants:X'] })] }, 'Programme programme:p lists aliases but no page to say which wiki they are on.'],
    ['an invalid team page title', { teams: [teamInput('a', { teamPage: { host: 'meta.wikimedia.org', title: 'Talk:' } })] }, 'Team team:a: team page "Talk:" is not a valid page title on meta.wikimedia.org.'],
    ['a relative-path title', { teams: [teamInput('a')], rules: [ruleInput('r', 'a', { kind: 'prefix', prefix: '../Secret' })] }, 'Rule rule:r: title "../Secret" is not a valid page title on meta.wikimedia.org.'],
  ])('reports %s', (_name, input, problem) => {
    expect(checkIntegrity(buildRegistry(input))).toEqual([problem]);
  });
});
