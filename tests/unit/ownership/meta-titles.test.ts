import { describe, expect, it } from 'vitest';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { pageAt } from './pages';

const prepared = prepareRegistry(loadBuiltinRegistry());

const TS = 'team:trust-and-safety';
const CR = 'team:community-resources';
const MI = 'team:movement-insights';
const CRS = 'team:community-relations-specialists';
const CE_BASE = 'Wikimedia Foundation/Legal/Community Resilience and Sustainability';
const CRSU = 'team:community-resilience-and-sustainability';
/** The department's seven current homes: see the successor map tests in graph-walk.test.ts. */
const CE_SPLIT = 'split:7';

/**
 * [title, today's owner, 'split:N' for a successor map naming N current teams, or null; match kind
 * or null; what matched]: resolved from the URL alone.
 */
const metaTitles: [string, string | null, string | null, string | null][] = [
  ['Community Engagement', CE_SPLIT, 'prefix', 'Community Engagement'],
  ['Community Engagement/pt', CE_SPLIT, 'prefix', 'Community Engagement'],
  ['Community Engagement/Annual Plan 2017-2018', CE_SPLIT, 'prefix', 'Community Engagement'],
  ['Talk:Community Engagement', CE_SPLIT, 'prefix', 'Community Engagement'],
  ['Support and Safety', TS, 'prefix', 'Support and Safety'],
  ['Support and Safety/Case studies', TS, 'prefix', 'Support and Safety'],
  ['Community Advocacy', TS, 'prefix', 'Community Advocacy'],
  ['Community Advocacy/Office actions', TS, 'prefix', 'Community Advocacy'],
  ['Support, Safety and Programs', 'split:3', 'prefix', 'Support, Safety and Programs'],
  ['Support, Safety and Programs/Team', 'split:3', 'prefix', 'Support, Safety and Programs'],
  ['Trust and Safety', TS, 'exact', 'Trust and Safety'],
  ['Trust and Safety/Case Review Committee', TS, 'prefix', 'Trust and Safety'],
  [`${CE_BASE}/Trust and Safety`, TS, 'exact', `${CE_BASE}/Trust and Safety`],
  [`${CE_BASE}/Trust and Safety/Disinformation`, TS, 'prefix', `${CE_BASE}/Trust and Safety`],
  [CE_BASE, CRSU, 'prefix', CE_BASE],
  [`${CE_BASE}/Human Rights`, CRSU, 'prefix', CE_BASE],
  ['Wikimedia Foundation/Legal', 'team:legal', 'prefix', 'Wikimedia Foundation/Legal'],
  ['Wikimedia Foundation/Legal/Privacy', 'team:legal', 'prefix', 'Wikimedia Foundation/Legal'],
  ['Grants:Start', CR, 'exact', 'Grants:Start'],
  ['Grants:Start/About', CR, 'prefix', 'Grants:Start'],
  ['Grants:Project/Rapid', CR, 'prefix', 'Grants:Project/Rapid'],
  ['Grants:Project/Rapid/Apply', CR, 'prefix', 'Grants:Project/Rapid'],
  ['Grants:Project/Rapid/Someone/Edit-a-thon 2023', CR, 'prefix', 'Grants:Project/Rapid'],
  ['Grants:Rapid', CR, 'prefix', 'Grants:Rapid'],
  ['Grants:Project', CR, 'prefix', 'Grants:Project'],
  ['Grants:Project/Inspire/Example', CR, 'prefix', 'Grants:Project'],
  ['Grants:Conference', CR, 'prefix', 'Grants:Conference'],
  ['Grants:Conference/WMDE/WikiCon 2024', CR, 'prefix', 'Grants:Conference'],
  ['Grants:IdeaLab', CR, 'prefix', 'Grants:IdeaLab'],
  ['Grants:IdeaLab/Ideas', CR, 'prefix', 'Grants:IdeaLab'],
  ['Grants:TPS', CR, 'prefix', 'Grants:TPS'],
  ['Grants:TPS/Someone/Wikimania 2017', CR, 'prefix', 'Grants:TPS'],
  ['Grants:IEG', CR, 'prefix', 'Grants:IEG'],
  ['Grants:IEG/Example project', CR, 'prefix', 'Grants:IEG'],
  ['Grants:APG', CR, 'prefix', 'Grants:APG'],
  ['Grants:APG/Simple', CR, 'prefix', 'Grants:APG'],
  ['Grants:APG/Proposals/2019-2020 round 1', CR, 'prefix', 'Grants:APG'],
  ['Grants:MSIG', 'team:community-development', 'prefix', 'Grants:MSIG'],
  ['Grants:MSIG/About', 'team:community-development', 'prefix', 'Grants:MSIG'],
  ['Grants:Learning patterns', null, 'prefix', 'Grants:Learning patterns'],
  ['Grants:Learning patterns/Writing a survey', null, 'prefix', 'Grants:Learning patterns'],
  ['Grants:Programs/Wikimedia Community Fund', CR, 'prefix', 'Grants:Programs'],
  ['Grants:Programs/Wikimedia Community Fund/General Support Fund', CR, 'prefix', 'Grants:Programs'],
  ['Grants:Programs/Wikimedia Alliances Fund', CR, 'prefix', 'Grants:Programs'],
  ['Grants:Programs/Wikimedia Research & Technology Fund/Wikimedia Research Fund', CR, 'prefix', 'Grants:Programs'],
  ['Grants:Knowledge Sharing/Connect', 'team:community-development', 'prefix', 'Grants:Knowledge Sharing/Connect'],
  ['Grants:Glossary', CR, 'namespace', '200'],
  ['Grants:Regions/MENA', CR, 'namespace', '200'],
  ['Grants talk:Project/Rapid', CR, 'prefix', 'Grants:Project/Rapid'],
  ['Learning and Evaluation', MI, 'prefix', 'Learning and Evaluation'],
  ['Learning and Evaluation/Evaluation reports', MI, 'prefix', 'Learning and Evaluation'],
  ['Learning and Evaluation/Global Data & Insights/Annual Plan FY2021', MI, 'prefix', 'Learning and Evaluation/Global Data & Insights'],
  ['Movement Insights', MI, 'prefix', 'Movement Insights'],
  ['Movement Insights/Reports', MI, 'prefix', 'Movement Insights'],
  ['Research and Decision Science/Movement Metrics', MI, 'prefix', 'Research and Decision Science/Movement Metrics'],
  ['Research and Decision Science/Data glossary', 'team:research-and-decision-science', 'prefix', 'Research and Decision Science'],
  ['Research:Index', null, 'namespace', '202'],
  ['Research:Wikipedia readers', null, 'namespace', '202'],
  ['Community Relations', CRS, 'prefix', 'Community Relations'],
  ['Community Relations/Tech News', CRS, 'prefix', 'Community Relations'],
  ['Community Relations Specialists', CRS, 'exact', 'Community Relations Specialists'],
  ['Community Relations Specialists/pl', CRS, 'exact', 'Community Relations Specialists'],
  ['Community Relations Specialists/Product support', CRS, 'prefix', 'Community Relations Specialists'],
  ['Technical Collaboration', 'split:1', 'prefix', 'Technical Collaboration'],
  ['Technical Collaboration/Guidance', 'split:1', 'prefix', 'Technical Collaboration'],
  ['Community Liaisons', CRS, 'prefix', 'Community Liaisons'],
  ['Community Liaisons/Product development', CRS, 'prefix', 'Community Liaisons'],
  ['The Wikipedia Library', 'team:content-enablement', 'prefix', 'The Wikipedia Library'],
  ['The Wikipedia Library/Coordinators', 'team:content-enablement', 'prefix', 'The Wikipedia Library'],
  ['The Wikipedia Library/Databases/fr', 'team:content-enablement', 'prefix', 'The Wikipedia Library'],
  ['Wikimedia Foundation Culture and Heritage team', 'team:content-enablement', 'prefix', 'Wikimedia Foundation Culture and Heritage team'],
  ['GLAM', 'team:content-enablement', 'prefix', 'GLAM'],
  ['GLAM/Newsletter', 'team:content-enablement', 'prefix', 'GLAM'],
  ['Community Development', 'team:community-development', 'prefix', 'Community Development'],
  ['Community Development/Resources', 'team:community-development', 'prefix', 'Community Development'],
  ['Education', 'team:education', 'prefix', 'Education'],
  ['Education/News', 'team:education', 'prefix', 'Education'],
  ['Tech/Ambassadors', CRS, 'prefix', 'Tech/Ambassadors'],
  ['Tech/News', CRS, 'prefix', 'Tech/News'],
  ['Tech/News/Latest', CRS, 'prefix', 'Tech/News'],
  ['Tech/News/2025/03', CRS, 'prefix', 'Tech/News'],
  ['Tech/News/2025/03/de', CRS, 'prefix', 'Tech/News'],
  ['Connection Team', 'team:connection', 'prefix', 'Connection Team'],
  ['Campaigns/Foundation Product Team', 'team:connection', 'prefix', 'Campaigns/Foundation Product Team'],
  ['Campaigns/Foundation Product Team/Event registration', 'team:connection', 'prefix', 'Campaigns/Foundation Product Team'],
  ['Campaigns', 'team:connection', 'prefix', 'Campaigns'],
  ['Community Wishlist', 'team:product-and-technology', 'prefix', 'Community Wishlist'],
  ['Community Wishlist/Wishes', 'team:product-and-technology', 'prefix', 'Community Wishlist'],
  ['Wikimedia Foundation/Advancement/Community Growth', 'team:community-growth', 'prefix', 'Wikimedia Foundation/Advancement/Community Growth'],
  ['Wikimedia Foundation/Advancement', 'team:advancement', 'prefix', 'Wikimedia Foundation/Advancement'],
  ['Wikimedia Foundation/Communications/External Communications', 'team:external-communications', 'prefix', 'Wikimedia Foundation/Communications/External Communications'],
  ['Wikimedia Foundation/Communications', 'team:communications', 'prefix', 'Wikimedia Foundation/Communications'],
  ['Main Page', null, null, null],
  ['Meta:Babylon', null, 'namespace', '4'],
  ['User:Quiddity (WMF)', null, null, null],
  ['Wikimedia Foundation departments', null, null, null],
  ['Iberocoop:Portada', null, null, null],
  ['Community Engagements', null, null, null],
];

const otherWikis: [string, string, string | null, string | null, string | null][] = [
  ['outreach.wikimedia.org', 'Education/About/WMF Team', 'team:education', 'prefix', 'Education/About/WMF Team'],
  ['outreach.wikimedia.org', 'Education/About/WMF Team/How we work', 'team:education', 'prefix', 'Education/About/WMF Team'],
  ['outreach.wikimedia.org', 'Education/News', 'team:education', 'prefix', 'Education'],
  ['www.mediawiki.org', 'Engineering Community Team/Developer Relations team', null, 'prefix', 'Engineering Community Team/Developer Relations team'],
  ['www.mediawiki.org', 'Wikimedia Technical Engagement', null, 'prefix', 'Wikimedia Technical Engagement'],
  ['www.mediawiki.org', 'Product Ambassadors', CRS, 'prefix', 'Product Ambassadors'],
  ['www.mediawiki.org', 'Education', null, null, null],
  ['en.wikipedia.org', 'Trust and Safety', null, null, null],
];

describe('instant answers for real-shaped Meta-Wiki titles', () => {
  it('covers at least 70 titles', () => {
    expect(metaTitles.length + otherWikis.length).toBeGreaterThanOrEqual(70);
  });

  it.each([
    ...metaTitles.map(([title, owner, kind, detail]) => ['meta.wikimedia.org', title, owner, kind, detail] as const),
    ...otherWikis,
  ])('%s: %s → %s', (host, title, owner, kind, detail) => {
    const answer = resolveInstant(pageAt(title, host), prepared);
    const split = owner?.startsWith('split:') ? Number(owner.slice('split:'.length)) : null;
    if (split !== null) {
      expect(answer).toMatchObject({ status: 'split', owner: null, successorMap: { ownerCount: split } });
      expect(answer.sources.length).toBeGreaterThan(0);
      return;
    }
    expect(answer.owner?.id ?? null).toBe(owner);
    expect(answer.match?.kind ?? null).toBe(kind);
    expect(answer.match?.detail ?? null).toBe(detail);
    // A page with no Foundation team is either run by a community body or of unknown owner.
    expect(answer.status).toBe(owner !== null ? 'owned' : answer.runBy !== null ? 'community' : 'unknown');
    expect(answer.refinedWithFacts).toBe(false);
    if (kind !== null && owner !== null) expect(answer.sources.length).toBeGreaterThan(0);
    if (kind === null) expect(answer.reasons.map((reason) => reason.code)).toContain('no-match');
  });

  it('answers nothing for a special page', () => {
    expect(resolveInstant(pageAt('Special:RecentChanges'), prepared)).toMatchObject({
      status: 'not-applicable',
      owner: null,
      reasons: [{ code: 'special-page', params: [] }],
    });
  });
});
