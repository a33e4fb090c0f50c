import { describe, expect, it } from 'vitest';
import { categoryTitle, planSources } from '../../../utils/audit/audit-plan';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';

const prepared = prepareRegistry(loadBuiltinRegistry());
const meta = 'meta.wikimedia.org';

describe('planSources', () => {
  it('reads a category by its full title, whichever way it was typed', () => {
    expect(planSources({ kind: 'category', host: meta, category: 'Archives', depth: 2 }, prepared)).toEqual([{ kind: 'category', title: 'Category:Archives', depth: 2 }]);
    expect(categoryTitle(meta, 'category:Archives')).toBe('Category:Archives');
    expect(categoryTitle(meta, ':Category:Archives')).toBe('Category:Archives');
    expect(categoryTitle(meta, 'archives')).toBe('Category:Archives');
  });

  it('splits a pasted list into batches of 50 and reads a repeated title once', () => {
    const titles = Array.from({ length: 120 }, (_, index) => `Page ${index % 110}`);
    const sources = planSources({ kind: 'titles', host: meta, titles }, prepared);
    expect(sources.map((source) => (source.kind === 'titles' ? source.titles.length : 0))).toEqual([50, 50, 10]);
  });

  it("gives a team's pages as its rules' prefixes, in their namespace, and those of the teams it carries on from", () => {
    // Community Resources carries on from CE Resources (Grants:IEG, Grants:APG …) by its registry lineage.
    const sources = planSources({ kind: 'team', host: meta, team: 'team:community-resources' }, prepared);
    expect(sources).toContainEqual({ kind: 'prefix', namespace: 200, prefix: 'Project/Rapid' });
    expect(sources).toContainEqual({ kind: 'titles', titles: ['Grants:Start'] });
    // The whole Grants: namespace rule is no list of a team's pages.
    expect(sources.some((source) => source.kind === 'prefix' && source.prefix === '')).toBe(false);
  });

  it('follows no split: a team that took part of another does not get all of its pages', () => {
    const divided = [...prepared.teams.values()].find((team) => team.successors.some((step) => step.kind === 'split'));
    expect(divided).toBeDefined();
    const part = divided!.successors.find((step) => step.kind === 'split')!.team;
    const ownOnly = planSources({ kind: 'team', host: meta, team: divided!.id }, prepared).filter((source) =>
      (prepared.rulesByOwner.get(divided!.id) ?? []).some((rule) => rule.match.kind === 'prefix' && rule.match.prefix.endsWith(source.kind === 'prefix' ? source.prefix : '\0')),
    );
    expect(ownOnly.length).toBeGreaterThan(0);
    const partSources = planSources({ kind: 'team', host: meta, team: part }, prepared);
    for (const source of ownOnly) expect(partSources).not.toContainEqual(source);
  });

  it('finds nothing for a team on a wiki where the registry gives it no pages', () => {
    expect(planSources({ kind: 'team', host: 'www.mediawiki.org', team: 'team:community-resources' }, prepared)).toEqual([]);
  });
});
