import type { Ownership } from '../../../utils/ownership/ownership';
import type { WikiPage } from '../../../utils/page/wiki-page';
import type { PageReport, RegistryStatus } from '../../../utils/report/page-report';

/**
 * Hand-made reports in the shape the background streams, for view-model and component tests.
 * Facts only (team names, addresses, titles from the research notes); the usernames are the
 * fixture wiki's made-up accounts, never real people's.
 */

const verified = '2026-11-01';
const source = (title: string) => ({ url: `https://meta.wikimedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}`, title, verified });

export const metaSite = { host: 'meta.wikimedia.org', apiUrl: 'https://meta.wikimedia.org/w/api.php', family: 'meta', language: null } as const;

export function metaPage(title: string, namespace = { id: 0, name: '' }): WikiPage {
  return { site: { ...metaSite }, title, pageId: null, revisionId: null, namespace, isSpecial: namespace.id === -1, translation: null };
}

export const builtinRegistry: RegistryStatus = {
  source: 'built-in',
  builtinVersion: '2026-11-01',
  onWiki: null,
  problem: null,
  largeChange: null,
  deleted: null,
};

/** Support and Safety (Community Engagement) → Trust and Safety (Legal). */
export const trustAndSafetyOwnership: Ownership = {
  topic: { title: 'Support and Safety', host: 'meta.wikimedia.org' },
  status: 'owned',
  owner: { id: 'team:trust-and-safety', name: 'Trust and Safety', department: 'Legal', status: 'active', certainty: 'stated' },
  runBy: null,
  department: 'Legal',
  chain: [
    { team: 'team:support-and-safety', via: 'origin', name: 'Support and Safety', department: 'Community Engagement', from: '2016', to: '2019-11', certainty: 'stated', sources: [source('Support and Safety')] },
    { team: 'team:trust-and-safety', via: 'moved', name: 'Trust and Safety', department: 'Legal', from: '2019-11', certainty: 'indirect', sources: [source('Trust and Safety')] },
  ],
  successorMap: null,
  match: { ruleId: 'rule:support-and-safety', kind: 'prefix', detail: 'Support and Safety' },
  confidence: 'rule',
  certainty: 'indirect',
  reasons: [
    { code: 'matched-prefix', params: ['Support and Safety'] },
    { code: 'followed-successor', params: ['Support and Safety', 'Trust and Safety', '2019-11'] },
  ],
  teamPage: { host: 'meta.wikimedia.org', title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety' },
  contacts: [
    { kind: 'email', address: 'ca@wikimedia.org', purpose: 'general questions and abuse reports', sources: [source('Trust and Safety')] },
    { kind: 'email', address: 'emergency@wikimedia.org', purpose: 'threats of harm', sources: [source('Trust and Safety')] },
    { kind: 'talk-page', host: 'meta.wikimedia.org', title: 'Talk:Trust and Safety', sources: [source('Trust and Safety')] },
    { kind: 'phabricator', tag: 'Trust and Safety', sources: [source('Trust and Safety')] },
  ],
  programmes: [],
  liaisons: [
    {
      id: 'liaison:sandister-tei',
      name: 'Sandister Tei',
      username: null,
      role: 'Community Relations Specialist',
      products: ['Trust and Safety tools', 'Community Tech'],
      languages: [],
      relation: 'team',
      sources: [source('Community Relations Specialists')],
    },
  ],
  sources: [source('Support and Safety'), source('Trust and Safety')],
  refinedWithFacts: false,
};

/** Rapid Grants → Rapid Fund, under Community Resources. */
export const rapidGrantsOwnership: Ownership = {
  ...trustAndSafetyOwnership,
  topic: { title: 'Grants:Project/Rapid', host: 'meta.wikimedia.org' },
  owner: { id: 'team:community-resources', name: 'Community Resources', department: 'Advancement', status: 'active', certainty: 'stated' },
  department: 'Advancement',
  chain: [{ team: 'team:community-resources', via: 'origin', name: 'Community Resources', department: 'Advancement', from: 'unknown', certainty: 'stated', sources: [source('Grants:Start')] }],
  match: { ruleId: 'rule:grants-namespace', kind: 'namespace', detail: 'Grants' },
  confidence: 'inferred',
  certainty: 'stated',
  reasons: [{ code: 'inferred-namespace', params: ['Grants'] }],
  teamPage: { host: 'meta.wikimedia.org', title: 'Wikimedia Foundation/Advancement/Community Growth' },
  contacts: [{ kind: 'email', address: 'communityresources@wikimedia.org', purpose: 'grants', sources: [source('Grants:Start')] }],
  programmes: [
    {
      id: 'programme:rapid-grants',
      name: 'Rapid Grants',
      status: 'historical',
      page: { host: 'meta.wikimedia.org', title: 'Grants:Project/Rapid' },
      relation: 'page',
      contacts: [],
      current: { id: 'programme:rapid-fund', name: 'Rapid Fund', status: 'active', page: { host: 'meta.wikimedia.org', title: 'Grants:Project/Rapid' } },
      sources: [source('Grants:Project/Rapid')],
    },
    {
      id: 'programme:general-support-fund',
      name: 'General Support Fund',
      status: 'active',
      page: { host: 'meta.wikimedia.org', title: 'Grants:Programs/Wikimedia Community Fund/General Support Fund' },
      relation: 'runs',
      contacts: [{ address: 'communityresources@wikimedia.org', purpose: 'questions' }],
      current: null,
      sources: [source('Grants:Start')],
    },
  ],
  liaisons: [],
  sources: [source('Grants:Start')],
};

/** The Wikipedia Library: no source names today's owner. */
export const unknownOwnership: Ownership = {
  ...trustAndSafetyOwnership,
  topic: { title: 'The Wikipedia Library', host: 'meta.wikimedia.org' },
  status: 'unknown',
  owner: null,
  department: null,
  chain: [{ team: 'team:the-wikipedia-library', via: 'origin', name: 'The Wikipedia Library', department: 'Community Engagement', from: 'unknown', certainty: 'unknown', sources: [source('The Wikipedia Library')] }],
  match: { ruleId: 'rule:the-wikipedia-library', kind: 'prefix', detail: 'The Wikipedia Library' },
  confidence: 'rule',
  certainty: 'unknown',
  reasons: [
    { code: 'matched-prefix', params: ['The Wikipedia Library'] },
    { code: 'successor-unknown', params: ['The Wikipedia Library'] },
  ],
  teamPage: null,
  contacts: [],
  programmes: [],
  liaisons: [],
  sources: [source('The Wikipedia Library')],
};

/** Steward requests/Global: the stewards run it, no Foundation team. */
export const stewardsOwnership: Ownership = {
  ...unknownOwnership,
  topic: { title: 'Steward requests/Global', host: 'meta.wikimedia.org' },
  status: 'community',
  runBy: { id: 'body:stewards', name: 'Stewards', kind: 'community', askAt: { host: 'meta.wikimedia.org', title: 'Steward requests/Global' }, email: 'stewards@wikimedia.org' },
  chain: [],
  match: { ruleId: 'rule:steward-requests', kind: 'prefix', detail: 'Steward requests' },
  certainty: 'stated',
  reasons: [
    { code: 'matched-prefix', params: ['Steward requests'] },
    { code: 'run-by', params: ['Stewards'] },
  ],
  sources: [source('Stewards')],
};

export function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    page: metaPage('Support and Safety'),
    ownership: trustAndSafetyOwnership,
    phase: 'complete',
    teamPage: {
      host: 'meta.wikimedia.org',
      title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety',
      exists: true,
      movedTo: null,
      isHistorical: false,
      members: [
        { username: 'Quiet Former (WMF)', host: 'meta.wikimedia.org', state: 'inactive', lastEdit: '2021-03-04T10:00:00Z', lastEditOn: 'meta.wikimedia.org', editCount: 120 },
        { username: 'Example Active (WMF)', host: 'meta.wikimedia.org', state: 'active', lastEdit: '2026-11-20T09:00:00Z', lastEditOn: 'meta.wikimedia.org', editCount: 900 },
        { username: 'Blocked Example (WMF)', host: 'meta.wikimedia.org', state: 'blocked', lastEdit: '2025-01-01T00:00:00Z', lastEditOn: 'meta.wikimedia.org', editCount: 4 },
        { username: 'Unchecked Example (WMF)', host: 'meta.wikimedia.org', state: 'unknown', lastEdit: null, lastEditOn: null, editCount: null },
        { username: 'Recent Example (WMF)', host: 'meta.wikimedia.org', state: 'active', lastEdit: '2026-11-23T09:00:00Z', lastEditOn: 'meta.wikimedia.org', editCount: 50 },
        { username: 'Nobody Example (WMF)', host: 'meta.wikimedia.org', state: 'missing', lastEdit: null, lastEditOn: null, editCount: null },
      ],
    },
    relatedGrantPages: [],
    registry: builtinRegistry,
    failures: [],
    dataFetchedAt: '2026-11-24T11:00:00Z',
    stale: false,
    ...overrides,
  };
}

export const now = new Date('2026-11-24T12:00:00Z');
