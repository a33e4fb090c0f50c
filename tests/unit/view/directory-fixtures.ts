import { prepareRegistry, type PreparedRegistry } from '../../../utils/registry/prepare';
import { registrySchema, registryVersion, type RegistryInput } from '../../../utils/registry/schema';

/**
 * Small registries for the team directory's view models, built through the schema so defaults
 * are filled in as at load. Team names and departments follow the built-in registry; every
 * address and username here is made up.
 */

const verified = '2026-11-24';
const source = (title: string) => [{ url: `https://meta.wikimedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}`, title }];
const provenance = (title: string, certainty: 'stated' | 'indirect' | 'unverified' | 'unknown' = 'stated') => ({ sources: source(title), verified, certainty });

type TeamInput = NonNullable<RegistryInput['teams']>[number];
type Overrides = Partial<TeamInput>;

export function team(slug: string, name: string, department: string | null, overrides: Overrides = {}): TeamInput {
  return { id: `team:${slug}`, name, department, status: 'active', ...provenance(name), ...overrides };
}

export function successor(slug: string, kind: 'renamed' | 'moved' | 'split' | 'merged' | 'absorbed', from: string, certainty: 'stated' | 'indirect' | 'unverified' | 'unknown' = 'stated') {
  return { team: `team:${slug}`, kind, from, ...provenance(`Step to ${slug}`, certainty) };
}

export function prepared(input: Partial<RegistryInput>): PreparedRegistry {
  return prepareRegistry(registrySchema.parse({ version: registryVersion, updated: verified, ...input }));
}

/** Community Advocacy → Support and Safety → Trust and Safety, with a parent, a programme and a liaison. */
export const safetyRegistry = (): PreparedRegistry =>
  prepared({
    teams: [
      team('legal', 'Legal', 'Legal'),
      team('trust-and-safety', 'Trust and Safety', 'Legal', {
        parent: 'team:legal',
        activePeriod: { from: '2019-11' },
        contacts: { emails: [{ address: 'ts-example@wikimedia.org', purpose: 'abuse reports' }], talkPages: [{ host: 'meta.wikimedia.org', title: 'Talk:Trust and Safety' }], phabricatorTags: ['Trust-and-Safety'], chatChannels: [] },
        products: ['Incident reporting'],
        leaders: [{ name: 'Example Lead', from: '2020' }],
        teamPage: { host: 'meta.wikimedia.org', title: 'Trust and Safety' },
      }),
      team('support-and-safety', 'Support and Safety', 'Community Engagement', {
        status: 'historical',
        activePeriod: { from: '2016', to: '2019-11' },
        successors: [successor('trust-and-safety', 'moved', '2019-11-01')],
      }),
      team('community-advocacy', 'Community Advocacy', null, {
        status: 'historical',
        successors: [successor('support-and-safety', 'renamed', 'unknown', 'indirect')],
      }),
      team('idealab', 'IdeaLab campaigns', 'Community Engagement', { status: 'unknown', certainty: 'unverified' }),
    ],
    programmes: [
      { id: 'programme:safety-fund', name: 'Safety Fund', status: 'active', team: 'team:trust-and-safety', ...provenance('Safety Fund') },
      { id: 'programme:other-fund', name: 'Other Fund', status: 'active', team: 'team:legal', ...provenance('Other Fund') },
    ],
    liaisons: [
      { id: 'liaison:erin', name: 'Érin Example', username: 'Erin Example (WMF)', role: 'Specialist', teams: ['team:trust-and-safety'], ...provenance('Liaisons') },
      { id: 'liaison:sam', name: 'Sam Sample', username: null, role: 'Specialist', teams: [], ...provenance('Liaisons') },
    ],
  });
