import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxLineageSteps } from '../../../utils/ownership/graph/walk-context';
import { ownershipSchema } from '../../../utils/ownership/ownership';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { resolveOwnership } from '../../../utils/ownership/resolve';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { projectFamilySchema } from '../../../utils/page/wiki-page';
import type { WikiPage } from '../../../utils/page/wiki-page';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { PreparedRegistry } from '../../../utils/registry/prepare';
import type { Registry } from '../../../utils/registry/schema';
import { generateRegistry } from '../../bench/resolver.bench';
import { buildRegistry, ruleInput, teamInput } from '../registry/fixtures';
import { propertyRuns } from '../property-runs';

const runs = propertyRuns(400);

const builtin = prepareRegistry(loadBuiltinRegistry());
const generated = prepareRegistry(generateRegistry(1000, 3));

/** A registry the schema would refuse: cycles, dangling references, a 500-team chain. */
function hostileRegistry(): PreparedRegistry {
  const base = buildRegistry({
    teams: Array.from({ length: 500 }, (_, index) =>
      teamInput(`t${index}`, {
        status: index === 499 ? 'active' : 'historical',
        successors: [{ team: `team:t${(index * 7 + 1) % 500}`, kind: 'renamed', from: '2020', sources: [{ url: 'https://meta.wikimedia.org/wiki/X' }], verified: '2026-11-24', certainty: 'stated' }],
      }),
    ),
    rules: [ruleInput('ghost', 'ghost', { kind: 'prefix', prefix: 'Ghost' }), ruleInput('loop', 't0', { kind: 'prefix', prefix: 'Grants:Project' })],
  });
  const registry: Registry = { ...base, teams: [...base.teams, ...base.teams.slice(0, 3)] };
  return prepareRegistry(registry);
}
const hostile = hostileRegistry();

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('Grants:Project/Rapid/Apply', 'Support and Safety/pt', 'Talk:Trust and Safety', 'Ghost/1', 'Research:X', 'Grants talk:IEG', 'Tech/News/de', '/', ':', 'Talk:', ' talk:x'),
  fc.array(fc.constantFrom('Grants:', 'Project', 'Rapid', '/', 'Talk:', ' talk', 'Family 1', 'pt', '😀', '\u202E', '_'), { maxLength: 8 }).map((parts) => parts.join('')),
);

const arbitraryPage: fc.Arbitrary<WikiPage> = fc.record({
  site: fc.record({
    host: fc.constantFrom('meta.wikimedia.org', 'www.mediawiki.org', 'outreach.wikimedia.org', 'en.wikipedia.org', ''),
    apiUrl: fc.constant('https://meta.wikimedia.org/w/api.php'),
    family: fc.constantFrom(...projectFamilySchema.options),
    language: fc.option(fc.constantFrom('en', 'pt'), { nil: null }),
  }),
  title: fc.option(text, { nil: null }),
  pageId: fc.option(fc.integer({ min: 1 }), { nil: null }),
  revisionId: fc.option(fc.integer({ min: 1 }), { nil: null }),
  namespace: fc.option(fc.record({ id: fc.integer({ min: -2, max: 3000 }), name: text }), { nil: null }),
  isSpecial: fc.boolean(),
  translation: fc.option(fc.record({ sourceTitle: text, language: text }), { nil: null }),
});

const edit = fc.record({ user: fc.oneof(text, fc.constantFrom('Quiddity (WMF)', 'Known (WMF)')), timestamp: fc.string({ maxLength: 20 }) });
const arbitraryFacts: fc.Arbitrary<PageFacts | null> = fc.option(
  fc.record(
    {
      title: text.filter((value) => value.length > 0),
      redirectedFrom: text.filter((value) => value.length > 0),
      exists: fc.boolean(),
      namespace: fc.integer({ min: -2, max: 3000 }),
      isHistorical: fc.boolean(),
      categories: fc.array(text, { maxLength: 5 }),
      templates: fc.array(text, { maxLength: 5 }),
      links: fc.array(fc.oneof(text, fc.constantFrom('Community Relations Specialists', 'Movement Insights', 'Grants:IdeaLab')), { maxLength: 8 }),
      translationSource: text.filter((value) => value.length > 0),
      lastEdit: edit,
      recentEditors: fc.array(edit, { maxLength: 5 }),
    },
    { requiredKeys: ['title', 'exists', 'namespace', 'isHistorical', 'categories', 'templates', 'links', 'recentEditors'] },
  ),
  { nil: null },
);

function checkAnswer(page: WikiPage, facts: PageFacts | null, prepared: PreparedRegistry): void {
  const answer = resolveOwnership(page, facts, prepared);
  expect(ownershipSchema.safeParse(answer).success).toBe(true);
  expect(answer.reasons.map((reason) => reason.code)).not.toContain('internal-error');
  expect(answer.status === 'owned').toBe(answer.owner !== null);
  if (answer.owner !== null) expect(answer.owner.status).toBe('active');
  expect(answer.chain.length).toBeLessThanOrEqual(maxLineageSteps);
  expect(answer.refinedWithFacts).toBe(facts !== null);
}

describe('the resolver answers for any input', () => {
  it.each([
    ['the built-in registry', builtin],
    ['a generated 1,000-rule registry', generated],
    ['a cyclic registry with dangling references', hostile],
  ])('with %s, for any page and any facts', (_name, prepared) => {
    fc.assert(fc.property(arbitraryPage, arbitraryFacts, (page, facts) => checkAnswer(page, facts, prepared)), { numRuns: runs });
  });

  it('for any URL the parser accepts', () => {
    const url = fc.tuple(fc.constantFrom('https://meta.wikimedia.org/wiki/', 'https://meta.m.wikimedia.org/w/index.php?title=', 'https://www.mediawiki.org/wiki/'), text).map(([prefix, title]) => prefix + encodeURIComponent(title));
    fc.assert(
      fc.property(url, arbitraryFacts, (input, facts) => {
        const page = parseWikiPageUrl(input);
        if (page !== null) checkAnswer(page, facts, builtin);
      }),
      { numRuns: runs },
    );
  });

  it('ends on a cyclic lineage reached by a rule', () => {
    const page = parseWikiPageUrl('https://meta.wikimedia.org/wiki/Grants:Project/X')!;
    const answer = resolveOwnership(page, null, hostile);
    // t0 → t1 → t8 → … (7i + 1 mod 500) returns to t0 after 20 teams.
    expect(answer).toMatchObject({ status: 'unknown', owner: null });
    expect(answer.chain).toHaveLength(20);
    expect(answer.reasons.map((reason) => reason.code)).toEqual(['matched-prefix', 'lineage-cycle']);
  });

  it('returns a safe unknown rather than throwing on input outside its types', () => {
    const broken = { site: null } as unknown as WikiPage;
    expect(resolveOwnership(broken, null, builtin)).toMatchObject({ status: 'unknown', reasons: [{ code: 'internal-error' }], topic: { title: null, host: '' } });
  });
});
