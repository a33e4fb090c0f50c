import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { findRuleMatch } from '../../../utils/registry/rule-index';
import type { RuleQuery } from '../../../utils/registry/rule-index';
import { findRuleLinear, generateQueries, generateRegistry, scanRules } from '../../bench/resolver.bench';
import { buildRegistry, ruleInput, teamInput } from './fixtures';
import { propertyRuns } from '../property-runs';

const registry = buildRegistry({
  teams: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((slug) => teamInput(slug)),
  rules: [
    ruleInput('namespace', 'g', { kind: 'namespace', namespace: 200 }),
    ruleInput('link', 'f', { kind: 'link', target: 'Trust and Safety' }),
    ruleInput('template', 'e', { kind: 'template', template: 'Template:Grants header' }),
    ruleInput('category', 'd', { kind: 'category', category: 'Rapid Fund' }),
    ruleInput('short-prefix', 'c', { kind: 'prefix', prefix: 'Grants:Project' }),
    ruleInput('long-prefix', 'b', { kind: 'prefix', prefix: 'Grants:Project/Rapid' }),
    ruleInput('exact', 'a', { kind: 'exact', titles: ['Grants:Project/Rapid/Apply', 'grants:project_x'] }),
    ruleInput('other-wiki', 'a', { kind: 'prefix', prefix: 'Education' }, { wiki: 'outreach.wikimedia.org' }),
    ruleInput('late-category', 'a', { kind: 'category', category: 'Category:Rapid Fund' }),
    ruleInput('late-template', 'a', { kind: 'template', template: 'Historical' }),
  ],
});
const index = prepareRegistry(registry).ruleIndex;

function query(title: string, overrides: Partial<RuleQuery> = {}): RuleQuery {
  return { host: 'meta.wikimedia.org', titles: [title], namespace: title.startsWith('Grants:') ? 200 : 0, ...overrides };
}

describe('findRuleMatch precedence', () => {
  it.each([
    ['an exact title over every prefix', query('Grants:Project/Rapid/Apply'), 'rule:exact', 'exact', 'Grants:Project/Rapid/Apply'],
    ['an exact title written in lower case with underscores', query('Grants:Project x'), 'rule:exact', 'exact', 'grants:project_x'],
    ['the longest prefix', query('Grants:Project/Rapid/Reports/2024'), 'rule:long-prefix', 'prefix', 'Grants:Project/Rapid'],
    ['a prefix matching the page itself', query('Grants:Project/Rapid'), 'rule:long-prefix', 'prefix', 'Grants:Project/Rapid'],
    ['the shorter prefix for a sibling', query('Grants:Project/Inspire'), 'rule:short-prefix', 'prefix', 'Grants:Project'],
    ['a prefix only at a segment boundary', query('Grants:Projects', { categories: [] }), 'rule:namespace', 'namespace', '200'],
    ['a category over a link and the namespace', query('Grants:Other', { categories: ['Category:Rapid Fund'], links: ['Trust and Safety'] }), 'rule:category', 'category', 'Rapid Fund'],
    ['between a category and a template, the one listed first', query('Grants:Other', { categories: ['Category:Rapid Fund'], templates: ['Template:Grants header'] }), 'rule:template', 'template', 'Template:Grants header'],
    ['a template over a link', query('Grants:Other', { templates: ['Template:Grants header'], links: ['Trust and Safety'] }), 'rule:template', 'template', 'Template:Grants header'],
    ['a bare template name', query('Main', { templates: ['Template:Historical'] }), 'rule:late-template', 'template', 'Historical'],
    ['a link over the namespace', query('Grants:Other', { links: ['Trust_and_Safety'] }), 'rule:link', 'link', 'Trust and Safety'],
    ['the namespace last', query('Grants:Other'), 'rule:namespace', 'namespace', '200'],
    ['a rule of another wiki on that wiki', query('Education/Foo', { host: 'outreach.wikimedia.org' }), 'rule:other-wiki', 'prefix', 'Education'],
    ['the redirect source when the target matches nothing', query('Somewhere', { titles: ['Somewhere', 'Grants:Project/Rapid/Apply'] }), 'rule:exact', 'exact', 'Grants:Project/Rapid/Apply'],
    ['the topic title over the redirect source at equal rank', query('Grants:Project/X', { titles: ['Grants:Project/X', 'Grants:Project/Rapid/X'] }), 'rule:short-prefix', 'prefix', 'Grants:Project'],
  ])('picks %s', (_name, input, ruleId, kind, detail) => {
    expect(findRuleMatch(index, input)).toMatchObject({ rule: { id: ruleId }, kind, detail });
  });

  it.each([
    ['a rule of another wiki', query('Education/Foo')],
    ['a title in no family', query('Main Page')],
    ['no titles at all', query('x', { titles: [], namespace: null })],
  ])('matches nothing for %s', (_name, input) => {
    expect(findRuleMatch(index, input)).toBeNull();
  });
});

describe('the index agrees with a linear scan', () => {
  it('on generated registries and titles', () => {
    const generated = generateRegistry(300, 7);
    const prepared = prepareRegistry(generated);
    const scanned = scanRules(generated.rules);
    for (const generatedQuery of generateQueries(2000, 8)) {
      expect(findRuleMatch(prepared.ruleIndex, generatedQuery)?.rule.id).toBe(findRuleLinear(scanned, generatedQuery)?.rule.id);
    }
  });

  it('on arbitrary titles built from rule segments', () => {
    const scanned = scanRules(registry.rules);
    const segment = fc.constantFrom('Grants:Project', 'Rapid', 'Apply', 'Project x', 'Trust and Safety', 'Education', 'X', '');
    const title = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/')).filter((text) => text.trim() !== '');
    const names = fc.array(fc.constantFrom('Category:Rapid Fund', 'Rapid Fund', 'Template:Historical', 'Trust and Safety', 'Other'), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 2 }), names, names, names, fc.constantFrom(0, 200, null), (titles, categories, templates, links, namespace) => {
        const input: RuleQuery = { host: 'meta.wikimedia.org', titles, namespace, categories, templates, links };
        const indexed = findRuleMatch(index, input);
        const linear = findRuleLinear(scanned, input);
        expect([indexed?.rule.id, indexed?.detail]).toEqual([linear?.rule.id, linear?.detail]);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
