import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { resolveInstant, resolveOwnership } from '../../../utils/ownership/resolve';
import type { WikiPage } from '../../../utils/page/wiki-page';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { buildRegistry, liaisonInput, ruleInput, successorInput, teamInput } from '../registry/fixtures';
import { factsFor, pageAt } from './pages';

const prepared = prepareRegistry(
  buildRegistry({
    teams: [
      ...['exact', 'prefix', 'deep', 'category', 'template', 'link', 'namespace', 'staff'].map((slug) => teamInput(slug)),
      teamInput('page', { teamPage: { host: 'meta.wikimedia.org', title: 'Team Page' } }),
      teamInput('old', { status: 'historical', teamPage: { host: 'meta.wikimedia.org', title: 'Old Team Page' }, successors: [successorInput('page')] }),
    ],
    rules: [
      ruleInput('exact', 'exact', { kind: 'exact', titles: ['Hub/Exact'] }),
      ruleInput('prefix', 'prefix', { kind: 'prefix', prefix: 'Hub' }),
      ruleInput('deep', 'deep', { kind: 'prefix', prefix: 'Hub/Deep' }),
      ruleInput('category', 'category', { kind: 'category', category: 'Owned pages' }),
      ruleInput('template', 'template', { kind: 'template', template: 'Team header' }),
      ruleInput('link', 'link', { kind: 'link', target: 'Team directory' }),
      ruleInput('namespace', 'namespace', { kind: 'namespace', namespace: 200 }),
      ruleInput('research', null, { kind: 'namespace', namespace: 202 }),
    ],
    liaisons: [liaisonInput('known', { username: 'Known (WMF)', teams: ['team:staff'] })],
  }),
);

const grants = (title: string, overrides: Partial<PageFacts> = {}) => factsFor(title, { namespace: 200, ...overrides });

/** [case, page title, facts or null, owner, match kind, confidence, reason codes that must appear] */
const cases: [string, string, PageFacts | null, string | null, string | null, string, string[]][] = [
  ['an exact title', 'Hub/Exact', null, 'team:exact', 'exact', 'exact', ['matched-exact']],
  ['an exact title over a category', 'Hub/Exact', factsFor('Hub/Exact', { categories: ['Category:Owned pages'] }), 'team:exact', 'exact', 'exact', ['matched-exact']],
  ['the longest prefix', 'Hub/Deep/Page', null, 'team:deep', 'prefix', 'rule', ['matched-prefix']],
  ['a prefix over a category', 'Hub/Other', factsFor('Hub/Other', { categories: ['Category:Owned pages'] }), 'team:prefix', 'prefix', 'rule', ['matched-prefix']],
  ['a category, once facts arrive', 'Loose', factsFor('Loose', { categories: ['Category:Owned pages'] }), 'team:category', 'category', 'rule', ['matched-category']],
  ['nothing from the URL alone for a category rule', 'Loose', null, null, null, 'unknown', ['no-match']],
  ['a template', 'Loose', factsFor('Loose', { templates: ['Template:Team header'] }), 'team:template', 'template', 'rule', ['matched-template']],
  ['a category over a link', 'Loose', factsFor('Loose', { categories: ['Category:Owned pages'], links: ['Team directory'] }), 'team:category', 'category', 'rule', ['matched-category']],
  ['a link', 'Loose', factsFor('Loose', { links: ['Team directory'] }), 'team:link', 'link', 'rule', ['matched-link']],
  ['a link over the namespace', 'Grants:Loose', grants('Grants:Loose', { links: ['Team directory'] }), 'team:link', 'link', 'rule', ['matched-link']],
  ['the namespace, as an inference', 'Grants:Loose', null, 'team:namespace', 'namespace', 'inferred', ['inferred-namespace']],
  ['the namespace over links to team pages', 'Grants:Loose', grants('Grants:Loose', { links: ['Team Page'] }), 'team:namespace', 'namespace', 'inferred', ['inferred-namespace']],
  ['a link to a team page', 'Loose', factsFor('Loose', { links: ['Other', 'Team_Page'] }), 'team:page', 'inferred', 'inferred', ['inferred-team-page-link']],
  ['the team of its time on a historical page', 'Loose', factsFor('Loose', { isHistorical: true, links: ['Team Page', 'Old Team Page'] }), 'team:page', 'inferred', 'inferred', ['inferred-team-page-link', 'inferred-historical-page', 'page-historical']],
  ['a known staff editor', 'Loose', factsFor('Loose', { recentEditors: [{ user: 'Someone', timestamp: 't' }, { user: 'Known (WMF)', timestamp: 't' }] }), 'team:staff', 'inferred', 'inferred', ['inferred-staff-editor']],
  ['a team page link over a staff editor', 'Loose', factsFor('Loose', { links: ['Team Page'], lastEdit: { user: 'Known (WMF)', timestamp: 't' } }), 'team:page', 'inferred', 'inferred', ['inferred-team-page-link']],
  ['only a hint from unknown staff', 'Loose', factsFor('Loose', { lastEdit: { user: 'Stranger (WMF)', timestamp: 't' } }), null, null, 'unknown', ['no-match', 'staff-editors']],
  ['no staff inference without the (WMF) suffix', 'Loose', factsFor('Loose', { lastEdit: { user: 'Known', timestamp: 't' } }), null, null, 'unknown', ['no-match']],
  ['only a hint from the historical banner', 'Loose', factsFor('Loose', { isHistorical: true }), null, null, 'unknown', ['no-match', 'page-historical']],
  ['a rule stating the owner is unknown, over inference', 'Research:Study', factsFor('Research:Study', { namespace: 202, links: ['Team Page'] }), null, 'namespace', 'inferred', ['rule-owner-unknown']],
  ['the canonical title after a redirect', 'Old name', factsFor('Hub/Exact', { redirectedFrom: 'Old name' }), 'team:exact', 'exact', 'exact', ['redirected-from', 'matched-exact']],
  ['the redirect source when the target is unplaced', 'Old name', factsFor('Elsewhere', { redirectedFrom: 'Hub/Deep/Old' }), 'team:deep', 'prefix', 'rule', ['redirected-from', 'matched-prefix']],
  ['the source page of a translation the API reports', 'Loose/xyz', factsFor('Loose/xyz', { translationSource: 'Hub/Exact' }), 'team:exact', 'exact', 'exact', ['translation-of']],
  ['the source page of a translation subpage', 'Hub/Exact/pt-br', null, 'team:exact', 'exact', 'exact', ['translation-of']],
  ['the subject page of a talk page', 'Talk:Hub/Exact', null, 'team:exact', 'exact', 'exact', ['talk-page-of']],
  ['the subject page of a Grants talk page', 'Grants talk:Loose', null, 'team:namespace', 'namespace', 'inferred', ['talk-page-of', 'inferred-namespace']],
  ['a missing page by its title', 'Hub/Deep/New', factsFor('Hub/Deep/New', { exists: false }), 'team:deep', 'prefix', 'rule', ['page-missing', 'matched-prefix']],
];

describe('resolveOwnership precedence and inference', () => {
  it.each(cases)('follows %s', (_name, title, facts, owner, kind, confidence, codes) => {
    const answer = resolveOwnership(pageAt(title), facts, prepared);
    expect(answer.owner?.id ?? null).toBe(owner);
    expect(answer.match?.kind ?? null).toBe(kind);
    expect(answer.confidence).toBe(confidence);
    expect(answer.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(codes));
    expect(answer.refinedWithFacts).toBe(facts !== null);
  });

  it('says what matched, with the parameters a message needs', () => {
    expect(resolveInstant(pageAt('Hub/Deep/Page'), prepared).reasons).toEqual([{ code: 'matched-prefix', params: ['Hub/Deep'] }]);
    expect(resolveInstant(pageAt('Grants:Loose'), prepared).reasons).toEqual([{ code: 'inferred-namespace', params: ['Grants'] }]);
    expect(resolveOwnership(pageAt('Loose'), factsFor('Loose', { lastEdit: { user: 'A (WMF)', timestamp: 't' }, recentEditors: [{ user: 'B (WMF)', timestamp: 't' }, { user: 'A (WMF)', timestamp: 't' }] }), prepared).reasons).toContainEqual({ code: 'staff-editors', params: ['A (WMF)', '2'] });
  });

  it('marks inferred owners as unverified whatever their own certainty', () => {
    const answer = resolveOwnership(pageAt('Loose'), factsFor('Loose', { links: ['Team Page'] }), prepared);
    expect(answer.certainty).toBe('unverified');
    expect(answer.match).toEqual({ ruleId: null, kind: 'inferred', detail: 'Team Page' });
  });

  it('describes the topic: title after redirects, translation and redirect source', () => {
    const translated = resolveInstant(pageAt('Hub/Exact/pt-br'), prepared);
    expect(translated.topic).toEqual({ title: 'Hub/Exact/pt-br', host: 'meta.wikimedia.org', translationOf: { title: 'Hub/Exact', language: 'pt-br' } });
    const redirected = resolveOwnership(pageAt('Old name'), factsFor('Hub/Exact', { redirectedFrom: 'Old name' }), prepared);
    expect(redirected.topic).toEqual({ title: 'Hub/Exact', host: 'meta.wikimedia.org', redirectedFrom: 'Old name' });
  });

  it('answers for a page known only by its id once facts give the title', () => {
    const byId: WikiPage = { ...pageAt('Hub/Exact'), title: null, namespace: null, pageId: 42, translation: null };
    expect(resolveInstant(byId, prepared)).toMatchObject({ status: 'unknown', reasons: [{ code: 'no-title' }] });
    expect(resolveOwnership(byId, factsFor('Hub/Exact'), prepared).owner?.id).toBe('team:exact');
  });

  it('treats a page the API places in a negative namespace as not applicable', () => {
    expect(resolveOwnership(pageAt('Hub/Exact'), factsFor('Hub/Exact', { namespace: -1 }), prepared).status).toBe('not-applicable');
  });
});
