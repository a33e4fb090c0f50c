import { describe, expect, it } from 'vitest';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { buildRegistry, liaisonInput, programmeInput, ruleInput, teamInput } from '../registry/fixtures';
import { pageAt } from './pages';

const builtin = prepareRegistry(loadBuiltinRegistry());
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe('contacts, programmes and liaisons of the built-in answers', () => {
  it('gives Trust and Safety’s contacts, each with its sources', () => {
    const answer = resolveInstant(pageAt('Support and Safety'), builtin);
    expect(answer.contacts.map((contact) => (contact.kind === 'email' ? contact.address : contact.kind === 'phabricator' ? contact.tag : ''))).toEqual([
      'ca@wikimedia.org',
      'emergency@wikimedia.org',
      'legal-reports@wikimedia.org',
      'Trust and Safety',
    ]);
    for (const contact of answer.contacts) expect(contact.sources.length).toBeGreaterThan(0);
    expect(answer.teamPage).toEqual({ host: 'meta.wikimedia.org', title: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety' });
    expect(answer.chain.map((step) => [step.name, step.department, step.from])).toEqual([
      ['Support and Safety', 'Community Engagement', '2016'],
      ['Trust and Safety', 'Legal', '2019'],
    ]);
  });

  it('uses an address’s own source where it has one', () => {
    const answer = resolveInstant(pageAt('Grants:Start'), builtin);
    const conference = answer.contacts.find((contact) => contact.kind === 'email' && contact.address === 'conferencegrants@wikimedia.org');
    expect(conference?.sources.map((source) => source.url)).toEqual(['https://meta.wikimedia.org/wiki/Grants:Conference']);
  });

  it.each([
    ['Grants:Project/Rapid/Apply', 'programme:rapid-fund', 'page', null],
    ['Grants:Rapid', 'programme:rapid-fund', 'alias', null],
    ['Grants:APG/Simple', 'programme:simple-apg', 'page', 'programme:general-support-fund'],
    ['Grants:IEG/Some project', 'programme:individual-engagement-grants', 'page', 'programme:general-support-fund'],
    ['Grants:TPS', 'programme:travel-and-participation-support', 'page', null],
    ['Grants:IdeaLab', 'programme:idealab', 'page', null],
  ])('relates %s first to %s (%s), with its current replacement', (title, programme, relation, current) => {
    const [first] = resolveInstant(pageAt(title), builtin).programmes;
    expect(first).toMatchObject({ id: programme, relation });
    expect(first?.current?.id ?? null).toBe(current);
    expect(first?.sources.length).toBeGreaterThan(0);
  });

  it('adds the programmes the owner runs, once each', () => {
    const programmes = resolveInstant(pageAt('Grants:Conference'), builtin).programmes;
    expect(programmes[0]).toMatchObject({ id: 'programme:conference-and-event-fund', relation: 'page', contacts: [{ address: 'conferencegrants@wikimedia.org' }] });
    expect(programmes.filter((programme) => programme.relation === 'runs').map((programme) => programme.id)).toContain('programme:rapid-fund');
    expect(new Set(ids(programmes)).size).toBe(programmes.length);
  });

  it('lists the liaisons of the owner team, then of its products', () => {
    const liaisons = resolveInstant(pageAt('Tech/News'), builtin).liaisons;
    expect(liaisons.map((liaison) => [liaison.name, liaison.relation, liaison.username])).toEqual([
      ['Erica Litrenta', 'team', 'Elitre (WMF)'],
      ['Johan Jönsson', 'team', null],
      ['Rosa Zamora', 'team', null],
      ['Benoît Evellin', 'product', null],
      ['Nick Wilson', 'product', null],
    ]);
  });

  it('shows the last known team’s liaisons but never its old contacts when today’s owner is unknown', () => {
    const unknownToday = prepareRegistry(
      buildRegistry({
        teams: [
          teamInput('gone', {
            status: 'unknown',
            contacts: { emails: [{ address: 'old-team@wikimedia.org', purpose: 'Everything', sources: [{ url: 'https://meta.wikimedia.org/wiki/Grants:Start' }] }] },
            teamPage: { host: 'meta.wikimedia.org', title: 'Old team' },
          }),
        ],
        rules: [ruleInput('old', 'gone', { kind: 'prefix', prefix: 'Old team' })],
        liaisons: [liaisonInput('x', { name: 'Liaison of the old team', teams: ['team:gone'] })],
      }),
    );
    const answer = resolveInstant(pageAt('Old team/Wishes'), unknownToday);
    expect(answer).toMatchObject({ status: 'unknown', owner: null, contacts: [], teamPage: null });
    expect(answer.liaisons.map((liaison) => liaison.name)).toEqual(['Liaison of the old team']);
  });
});

describe('programme replacement lines', () => {
  const prepared = prepareRegistry(
    buildRegistry({
      teams: [teamInput('a')],
      rules: [ruleInput('all', 'a', { kind: 'prefix', prefix: 'Grants:Old' })],
      programmes: [
        programmeInput('old', { status: 'historical', page: { host: 'meta.wikimedia.org', title: 'Grants:Old' } }),
        programmeInput('middle', { status: 'historical', replaces: ['programme:old'] }),
        programmeInput('new', { team: 'team:a', replaces: ['programme:middle'] }),
      ],
      liaisons: [liaisonInput('x', { teams: ['team:a'] })],
    }),
  );

  it('follows replacements to the programme that carries the work today', () => {
    const [old, runs] = resolveInstant(pageAt('Grants:Old/2015'), prepared).programmes;
    expect(old).toMatchObject({ id: 'programme:old', relation: 'page', current: { id: 'programme:new', name: 'Programme new', status: 'active' } });
    expect(runs).toMatchObject({ id: 'programme:new', relation: 'runs', current: null });
  });

  it('ends on a replacement cycle in an unchecked registry', () => {
    const registry = buildRegistry({
      programmes: [
        programmeInput('p', { page: { host: 'meta.wikimedia.org', title: 'Grants:P' } }),
        programmeInput('q', { replaces: ['programme:p'] }),
      ],
    });
    const cyclic = prepareRegistry({ ...registry, programmes: [{ ...registry.programmes[0]!, replaces: ['programme:q'] }, registry.programmes[1]!] });
    expect(resolveInstant(pageAt('Grants:P'), cyclic).programmes[0]?.current?.id).toBe('programme:q');
  });
});
