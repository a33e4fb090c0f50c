import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../utils/registry/integrity';
import { lineageProblems } from '../../../utils/registry/lineage-integrity';
import type { RegistryInput } from '../../../utils/registry/schema';
import { buildRegistry, metaSource, programmeInput, successorInput, teamInput, verified } from './fixtures';

const dissolution = (date: string, more: Record<string, unknown> = {}) => ({ date, ...more, sources: metaSource, verified, certainty: 'stated' as const });
const historical = { status: 'historical' as const };
const problemsOf = (input: Partial<RegistryInput>) => lineageProblems(buildRegistry(input));

/**
 * A department dissolved into its parts, with every kind of edge: renames, a move, a split, a
 * merge and an absorption, the way the built-in registry records Community Engagement.
 */
const soundGraph: Partial<RegistryInput> = {
  teams: [
    teamInput('dept', {
      ...historical,
      department: null,
      activePeriod: { from: '2015-02', to: '2019-11' },
      dissolved: dissolution('2019-11', { partsMovedBy: '2020-01' }),
      leaders: [
        { name: 'First Leader', from: '2015-02', to: '2016-02' },
        { name: 'Second Leader', from: '2016-02' },
        { name: 'Unknown Dates' },
      ],
    }),
    teamInput('advocacy', { ...historical, parent: 'team:dept', activePeriod: { to: '2016' }, successors: [successorInput('support', { kind: 'renamed', from: '2016' })] }),
    teamInput('support', { ...historical, parent: 'team:dept', activePeriod: { from: '2016', to: '2019' }, successors: [successorInput('safety', { kind: 'moved', from: '2019' })] }),
    teamInput('safety', { activePeriod: { from: '2019' } }),
    teamInput('programs', {
      ...historical,
      parent: 'team:dept',
      activePeriod: { from: '2016-07', to: '2017' },
      successors: [successorInput('education-part', { kind: 'split', from: '2017' }), successorInput('glam-part', { kind: 'split', from: '2017' })],
    }),
    teamInput('education-part', { ...historical, parent: 'team:programs', successors: [successorInput('education', { kind: 'moved', from: 'unknown' })] }),
    teamInput('education'),
    teamInput('glam-part', { ...historical, parent: 'team:programs', successors: [successorInput('culture', { kind: 'merged', from: '2020' })] }),
    teamInput('culture', { ...historical, activePeriod: { from: '2020', to: '2023' }, successors: [successorInput('content', { kind: 'absorbed', from: '2023', to: '2023-06' })] }),
    teamInput('content'),
    teamInput('liaisons', { ...historical, parent: 'team:dept', successors: [successorInput('relations', { kind: 'renamed', from: '2018-06' })] }),
    teamInput('relations', { status: 'unknown', parent: 'team:dept' }),
  ],
};

describe('lineageProblems', () => {
  it('passes a sound graph with renames, a move, a split, a merge, an absorption and a dissolution', () => {
    expect(problemsOf(soundGraph)).toEqual([]);
    expect(checkIntegrity(buildRegistry(soundGraph))).toEqual([]);
  });

  it('passes the split and the dissolution when their dates are unknown', () => {
    expect(
      problemsOf({
        teams: [
          teamInput('a', { ...historical, successors: [successorInput('b', { kind: 'split', from: 'unknown' }), successorInput('c', { kind: 'split', from: 'unknown' })] }),
          teamInput('b'),
          teamInput('c'),
          teamInput('d', { ...historical, activePeriod: { from: '2015' }, dissolved: dissolution('2019') }),
        ],
      }),
    ).toEqual([]);
  });

  it.each<[string, Partial<RegistryInput>, string]>([
    [
      'a split with one part',
      { teams: [teamInput('a', { ...historical, successors: [successorInput('b', { kind: 'split' })] }), teamInput('b')] },
      'Team team:a splits into one team only: a split needs two or more parts (use renamed or moved for one).',
    ],
    [
      'a split mixed with a rename',
      {
        teams: [
          teamInput('a', { ...historical, successors: [successorInput('b', { kind: 'split' }), successorInput('c', { kind: 'split' }), successorInput('d')] }),
          teamInput('b'),
          teamInput('c'),
          teamInput('d'),
        ],
      },
      'Team team:a mixes a split with other kinds of successor: list only its parts, each as a split.',
    ],
    [
      'two successors that are not a split',
      { teams: [teamInput('a', { ...historical, successors: [successorInput('b'), successorInput('c', { kind: 'moved' })] }), teamInput('b'), teamInput('c')] },
      'Team team:a lists 2 successors that are not a split: a team hands on to one team, or splits into several.',
    ],
    [
      'the same part twice',
      { teams: [teamInput('a', { ...historical, successors: [successorInput('b', { kind: 'split' }), successorInput('b', { kind: 'split', from: '2021' })] }), teamInput('b')] },
      'Team team:a lists the same successor twice.',
    ],
    [
      'a dissolved team with a successor',
      { teams: [teamInput('a', { ...historical, dissolved: dissolution('2019'), successors: [successorInput('b', { kind: 'moved' })] }), teamInput('b')] },
      'Team team:a is dissolved and also has successors: a dissolved team hands on through its parts.',
    ],
    [
      'a dissolved team that is active',
      { teams: [teamInput('a', { dissolved: dissolution('2019') })] },
      'Team team:a is dissolved, so its status must be historical, not active.',
    ],
    [
      'a dissolved team whose status is unknown',
      { teams: [teamInput('a', { status: 'unknown', dissolved: dissolution('2019') })] },
      'Team team:a is dissolved, so its status must be historical, not unknown.',
    ],
    [
      'an active team with a successor',
      { teams: [teamInput('a', { successors: [successorInput('b')] }), teamInput('b')] },
      'Team team:a is active and also has successors: an active team is where a lineage ends.',
    ],
    [
      'a period that ends before it starts',
      { teams: [teamInput('a', { ...historical, activePeriod: { from: '2021', to: '2019-06' } })] },
      'Team team:a ends (2019-06) before it starts (2021).',
    ],
    [
      'a step that ends before it starts',
      { teams: [teamInput('a', { ...historical, successors: [successorInput('b', { from: '2020-05', to: '2020-01' })] }), teamInput('b')] },
      'Team team:a: the step to team:b ends (2020-01) before it starts (2020-05).',
    ],
    [
      'a step dated before its team began',
      { teams: [teamInput('a', { ...historical, activePeriod: { from: '2020' }, successors: [successorInput('b', { from: '2018' })] }), teamInput('b')] },
      'Team team:a: the step to team:b (2018) is dated before the team began (2020).',
    ],
    [
      "a step after the registry's date",
      { teams: [teamInput('a', { ...historical, successors: [successorInput('b', { from: '2026-12' })] }), teamInput('b')] },
      "Team team:a: the step to team:b is dated 2026-12, after the registry's own date (2026-11-24).",
    ],
    [
      'a step after its target ended',
      { teams: [teamInput('a', { ...historical, successors: [successorInput('b', { from: '2021' })] }), teamInput('b', { ...historical, activePeriod: { to: '2020' } })] },
      'Team team:a: the step to team:b (2021) comes after that team ended (2020).',
    ],
    [
      'a dissolution before the team began',
      { teams: [teamInput('a', { ...historical, activePeriod: { from: '2015' }, dissolved: dissolution('2014-12') })] },
      'Team team:a is dissolved (2014-12) before it began (2015).',
    ],
    [
      'parts moved before the dissolution',
      { teams: [teamInput('a', { ...historical, dissolved: dissolution('2019-11', { partsMovedBy: '2019-06' }) })] },
      'Team team:a: its parts moved (2019-06) before it was dissolved (2019-11).',
    ],
    [
      "a dissolution after the registry's date",
      { teams: [teamInput('a', { ...historical, dissolved: dissolution('2027') })] },
      "Team team:a is dissolved on 2027, after the registry's own date (2026-11-24).",
    ],
    [
      "a leader whose time ends before it starts",
      { teams: [teamInput('a', { leaders: [{ name: 'Some Leader', from: '2019-01', to: '2018-12' }] })] },
      "Team team:a: Some Leader's time as leader ends (2018-12) before it starts (2019-01).",
    ],
    [
      "parts moved after the registry's date",
      { teams: [teamInput('a', { ...historical, dissolved: dissolution('2026-05', { partsMovedBy: '2027' }) })] },
      "Team team:a: its parts moved on 2027, after the registry's own date (2026-11-24).",
    ],
    [
      'a dissolution after the team’s period ended',
      { teams: [teamInput('a', { ...historical, activePeriod: { to: '2018' }, dissolved: dissolution('2019-11') })] },
      'Team team:a is dissolved (2019-11) after its active period ended (2018).',
    ],
    [
      'a closing date on a programme that is not historical',
      { programmes: [programmeInput('a', { status: 'active', closed: '2018-05-01' })] },
      'Programme programme:a has a closing date (2018-05-01), so its status must be historical, not active.',
    ],
    [
      "a programme closed after the registry's date",
      { programmes: [programmeInput('a', { status: 'historical', closed: '2027-01' })] },
      "Programme programme:a closed on 2027-01, after the registry's own date (2026-11-24).",
    ],
    [
      "a leader who starts after the registry's date",
      { teams: [teamInput('a', { leaders: [{ name: 'Future Leader', from: '2030' }] })] },
      "Team team:a: Future Leader's time as leader starts on 2030, after the registry's own date (2026-11-24).",
    ],
  ])('refuses %s', (_name, input, sentence) => {
    expect(problemsOf(input)).toEqual([sentence]);
  });

  it('gives each problem of one team its own sentence', () => {
    const problems = problemsOf({ teams: [teamInput('a', { dissolved: dissolution('2019'), successors: [successorInput('b')] }), teamInput('b')] });
    expect(problems).toEqual([
      'Team team:a is dissolved and also has successors: a dissolved team hands on through its parts.',
      'Team team:a is dissolved, so its status must be historical, not active.',
      'Team team:a is active and also has successors: an active team is where a lineage ends.',
    ]);
  });

  it('reaches the editor through checkIntegrity', () => {
    expect(checkIntegrity(buildRegistry({ teams: [teamInput('a', { successors: [successorInput('b')] }), teamInput('b')] }))).toEqual([
      'Team team:a is active and also has successors: an active team is where a lineage ends.',
    ]);
  });
});

describe('partial-date precision', () => {
  const stepFrom = (start: string, from: string, end?: string) =>
    problemsOf({
      teams: [
        teamInput('a', { ...historical, activePeriod: { from: start }, successors: [successorInput('b', { from })] }),
        teamInput('b', { ...historical, activePeriod: end === undefined ? {} : { to: end } }),
      ],
    });

  it.each([
    ['a year and a month in it', '2019', '2019-11'],
    ['a month and its year', '2019-11', '2019'],
    ['a day and its month', '2019-11-15', '2019-11'],
    ['the same day', '2019-11-15', '2019-11-15'],
    ['an unknown step date', '2019-11', 'unknown'],
  ])('does not call %s "before"', (_name, start, from) => {
    expect(stepFrom(start, from)).toEqual([]);
  });

  it('still sees an earlier month in the same year', () => {
    expect(stepFrom('2019-11', '2019-10')).toEqual(['Team team:a: the step to team:b (2019-10) is dated before the team began (2019-11).']);
  });

  it("compares the registry's date at the step's precision", () => {
    expect(stepFrom('2019', '2026')).toEqual([]);
    expect(stepFrom('2019', '2026-11')).toEqual([]);
    expect(stepFrom('2019', '2026-11-25')).toEqual(["Team team:a: the step to team:b is dated 2026-11-25, after the registry's own date (2026-11-24)."]);
  });

  it("compares a target's end at the shared precision", () => {
    expect(stepFrom('2019', '2020-06', '2020')).toEqual([]);
    expect(stepFrom('2019', '2021', '2020-12')).toEqual(['Team team:a: the step to team:b (2021) comes after that team ended (2020-12).']);
  });

  it('does not call a period, a dissolution or a leader of one year "before" a month in it', () => {
    expect(
      problemsOf({
        teams: [
          teamInput('a', {
            ...historical,
            activePeriod: { from: '2019-11', to: '2019' },
            dissolved: dissolution('2019', { partsMovedBy: '2019-01' }),
            leaders: [{ name: 'Some Leader', from: '2019-06', to: '2019' }],
          }),
        ],
      }),
    ).toEqual([]);
  });
});
