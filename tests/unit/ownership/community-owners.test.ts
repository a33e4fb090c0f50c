import { describe, expect, it } from 'vitest';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { checkIntegrity } from '../../../utils/registry/integrity';
import { mergeRegistries } from '../../../utils/registry/merge';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { buildRegistry, metaSource, ruleInput, verified } from '../registry/fixtures';
import { pageAt } from './pages';

const builtin = prepareRegistry(loadBuiltinRegistry());
const bodyInput = (slug: string, overrides: Record<string, unknown> = {}) => ({
  id: `body:${slug}`,
  name: `Body ${slug}`,
  kind: 'community' as const,
  askAt: { host: 'meta.wikimedia.org', title: `Talk:${slug}` },
  sources: metaSource,
  verified,
  certainty: 'stated' as const,
  ...overrides,
});

// Real titles (tests/fixtures/real-titles/titles.json and held-out.json, each with where it was seen).
describe('pages a community body or an affiliate runs', () => {
  it.each([
    ['Steward requests/Global', 'body:stewards', 'community', 'Steward requests/Global'],
    ['Steward requests/Permissions/Minimum voting requirements', 'body:stewards', 'community', 'Steward requests/Global'],
    ['Talk:Language committee', 'body:language-committee', 'community', 'Talk:Language committee'],
    ['Requests for new languages/Archives', 'body:language-committee', 'community', 'Talk:Language committee'],
    ['Affiliations Committee/Reports/2012/de', 'body:affiliations-committee', 'community', 'Talk:Affiliations Committee'],
    ['Requests for comment/Limit scope of RfC process', 'body:meta-community', 'community', 'Wikimedia Forum'],
    ['Meta:Babel', 'body:meta-community', 'community', 'Wikimedia Forum'],
    ['Capacity Exchange/FAQ', 'body:capacity-exchange', 'affiliate', 'Capacity Exchange/FAQ'],
    ['Grants:APG/Funds Dissemination Committee/History', 'body:funds-dissemination-committee', 'community', 'Grants:APG/Funds Dissemination Committee'],
    ['Movement Charter/Community Consultation/Summary', 'body:movement-charter-drafting-committee', 'community', 'Talk:Movement Charter'],
    ['Wikimania Committee/Charter', 'body:wikimania-committee', 'community', 'Wikimania Committee'],
    ['Universal Code of Conduct/Coordinating Committee/Cases', 'body:u4c', 'community', 'Universal Code of Conduct/Coordinating Committee/Cases'],
    ['Talk:Ombuds commission/Archives/2024', 'body:ombuds-commission', 'community', 'Ombuds commission'],
    ['Wikimedia chapters/Reports/Wikimedia Oesterreich/August2013', 'body:wikimedia-chapters', 'affiliate', 'Wikimedia chapters'],
  ])('%s is run by %s, not by a Foundation team', (title, id, kind, askAt) => {
    const answer = resolveInstant(pageAt(title), builtin);
    expect(answer).toMatchObject({ status: 'community', owner: null, department: null, chain: [], contacts: [], teamPage: null, confidence: 'rule' });
    expect(answer.runBy).toMatchObject({ id, kind, askAt: { host: 'meta.wikimedia.org', title: askAt } });
    expect(answer.reasons).toContainEqual({ code: 'run-by', params: [answer.runBy?.name] });
    expect(answer.sources.length).toBeGreaterThan(0);
  });

  it("answers Meta's own namespace as the community's, inferred from the namespace alone", () => {
    const answer = resolveInstant(pageAt('Meta:Event Organizers'), builtin);
    expect(answer).toMatchObject({ status: 'community', owner: null, confidence: 'inferred', runBy: { id: 'body:meta-community' } });
    // A rule for a page of that namespace still comes first.
    expect(resolveInstant(pageAt('Meta:Babel'), builtin).confidence).toBe('rule');
  });

  it('answers any other page with no runBy', () => {
    expect(resolveInstant(pageAt('Trust and Safety'), builtin).runBy).toBeNull();
    expect(resolveInstant(pageAt('Some page no rule names'), builtin).runBy).toBeNull();
  });
});

describe('the integrity of community bodies', () => {
  it('refuses a rule that names a body the registry lacks, or both a team and a body', () => {
    const registry = buildRegistry({
      bodies: [bodyInput('known')],
      rules: [
        ruleInput('ghost', null, { kind: 'prefix', prefix: 'Ghost' }, { runBy: 'body:ghost' }),
        ruleInput('both', 'nobody', { kind: 'prefix', prefix: 'Both' }, { runBy: 'body:known' }),
        ruleInput('fine', null, { kind: 'prefix', prefix: 'Fine' }, { runBy: 'body:known' }),
      ],
    });
    const problems = checkIntegrity(registry);
    expect(problems).toContain('Rule rule:ghost names body:ghost, which is not in the registry.');
    expect(problems).toContain('Rule rule:both names both an owner team and body:known: a page is run by one or the other.');
    expect(problems.filter((problem) => problem.includes('rule:fine'))).toEqual([]);
  });

  it('lets the on-wiki registry replace a body as a whole, add one, and withdraw one', () => {
    const base = buildRegistry({ bodies: [bodyInput('kept'), bodyInput('changed'), bodyInput('gone')] });
    const overlay = buildRegistry({ bodies: [bodyInput('changed', { name: 'Renamed body' }), bodyInput('new')], remove: ['body:gone'] });
    const merged = mergeRegistries(base, overlay);
    expect(merged.ok).toBe(true);
    if (merged.ok) expect(merged.registry.bodies.map((body) => [body.id, body.name])).toEqual([
      ['body:kept', 'Body kept'],
      ['body:changed', 'Renamed body'],
      ['body:new', 'Body new'],
    ]);
  });
});
