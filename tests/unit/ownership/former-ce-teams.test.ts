import { describe, expect, it } from 'vitest';
import { walkTeam } from '../../../utils/ownership/graph/walk-team';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { Rule } from '../../../utils/registry/schema';
import { pageAt } from './pages';

const prepared = prepareRegistry(loadBuiltinRegistry());
const explicitUnknowns = ['owner-no-successor', 'owner-status-unknown', 'successor-unknown', 'rule-owner-unknown', 'part-of-divided'];

function isUnderCommunityEngagement(id: string): boolean {
  const seen = new Set<string>();
  for (let team = prepared.teams.get(id); team !== undefined && !seen.has(team.id); team = team.parent ? prepared.teams.get(team.parent) : undefined) {
    if (team.id === 'team:community-engagement') return true;
    seen.add(team.id);
  }
  return false;
}

const formerTeams = [...prepared.teams.values()].filter((team) => isUnderCommunityEngagement(team.id));

/** Titles a rule places: its exact titles, or its prefix and one subpage of it. */
function titlesOf(rule: Rule): string[] {
  if (rule.match.kind === 'exact') return rule.match.titles;
  if (rule.match.kind === 'prefix') return [rule.match.prefix, `${rule.match.prefix}/Archive`];
  return [];
}

const pages = formerTeams.flatMap((team) =>
  (prepared.rulesByOwner.get(team.id) ?? []).flatMap((rule) => titlesOf(rule).map((title) => [team.name, rule.wiki, title] as const)),
);

describe('pages of every former Community Engagement team', () => {
  it('cover the seven team functions and the department itself', () => {
    expect(formerTeams.map((team) => team.name)).toEqual(
      expect.arrayContaining([
        'Community Engagement',
        'Support and Safety',
        'Resources (grantmaking)',
        'IdeaLab campaigns',
        'Community capacity development',
        'Conference support',
        'Learning and Evaluation',
        'Programs',
        'Wikipedia Education Program',
        'GLAM',
        'The Wikipedia Library',
        'Technical Collaboration',
        'Community Relations',
        'Community Liaisons',
        'Developer Relations',
      ]),
    );
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('%s: %s %s resolves to a current owner or an explicit unknown, with sources', (_team, host, title) => {
    const answer = resolveInstant(pageAt(title, host), prepared);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.chain.length).toBeGreaterThan(0);
    if (answer.status === 'owned') {
      expect(answer.owner?.status).toBe('active');
      expect(answer.chain.at(-1)?.team).toBe(answer.owner?.id);
    } else if (answer.status === 'split') {
      expect(answer.successorMap?.entries.length).toBeGreaterThanOrEqual(2);
      for (const entry of answer.successorMap?.entries ?? []) {
        if (entry.owner === null) expect(entry.reasons.map((reason) => reason.code)).toEqual([expect.toBeOneOf(explicitUnknowns)]);
        else expect(entry.owner.status).toBe('active');
      }
    } else {
      expect(answer.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining([expect.toBeOneOf(explicitUnknowns)]));
    }
  });

  it.each(formerTeams.map((team) => [team.name, team.id] as const))('%s leads to today or says where the trail ends', (_name, id) => {
    const outcome = walkTeam(prepared, id);
    if (outcome.kind === 'unknown') expect(outcome.reasons.map((reason) => reason.code)).toEqual([expect.toBeOneOf(explicitUnknowns)]);
    else if (outcome.kind === 'owned') expect(outcome.owner.status).toBe('active');
    else expect(outcome.map.entries.length).toBeGreaterThanOrEqual(2);
    for (const step of outcome.steps) expect(step.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['Support and Safety', 'Trust and Safety', 'Legal'],
    ['Grants:TPS', 'Community Resources', 'Advancement'],
    ['Learning and Evaluation', 'Movement Insights', null],
    ['Community Liaisons', 'Community Relations Specialists', 'Communications'],
    ['GLAM', 'Content Enablement', null],
    ['Education', 'Education', 'Advancement'],
  ])('%s is owned today by %s (%s)', (title, owner, department) => {
    expect(resolveInstant(pageAt(title), prepared)).toMatchObject({ status: 'owned', owner: { name: owner }, department });
  });
});
