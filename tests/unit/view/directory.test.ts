import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directoryMessages } from '../../../utils/i18n/directory-messages';
import { englishMessageFiles } from '../../../utils/i18n/message-files';
import { createTranslator } from '../../../utils/i18n/translator';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { successionKindSchema, teamStatusSchema } from '../../../utils/registry/schema';
import {
  directoryView,
  groupByDepartment,
  periodText,
  searchTeams,
  teamCardView,
  teamElementId,
  teamIdFromAddress,
} from '../../../utils/view/directory';
import { directoryHref } from '../../../utils/view/directory-link';
import { prepared, safetyRegistry, successor, team } from './directory-fixtures';

// The directory's messages are a group of their own (i18n/directory/), read with the main one.
const { t } = createTranslator('en', englishMessageFiles([directoryMessages]));
const now = new Date('2026-12-01T00:00:00Z');
const card = (registry: ReturnType<typeof safetyRegistry>, id: string) => teamCardView({ prepared: registry, team: registry.teams.get(id)!, now, language: 'en', t });
const ids = (teams: readonly { id: string }[]) => teams.map((entry) => entry.id);

describe('team addresses', () => {
  it('gives each team an element id safe in a fragment and a selector', () => {
    expect(teamElementId('team:trust-and-safety')).toBe('team-trust-and-safety');
  });

  it.each([
    { msg: 'a query', search: '?team=team:trust-and-safety', hash: '', expected: 'team:trust-and-safety' },
    { msg: 'an encoded query', search: '?team=team%3Atrust-and-safety', hash: '', expected: 'team:trust-and-safety' },
    { msg: 'a fragment with the id', search: '', hash: '#team:trust-and-safety', expected: 'team:trust-and-safety' },
    { msg: 'an encoded fragment', search: '', hash: '#team%3Atrust-and-safety', expected: 'team:trust-and-safety' },
    { msg: "the page's own anchors", search: '', hash: '#team-trust-and-safety', expected: 'team:trust-and-safety' },
    { msg: 'the query before the fragment', search: '?team=team:legal', hash: '#team-trust-and-safety', expected: 'team:legal' },
    { msg: 'nothing', search: '', hash: '', expected: null },
    { msg: 'another anchor of the page', search: '', hash: '#wf-directory-teams', expected: null },
    { msg: 'a crafted id', search: '?team=team:../x', hash: '#team:<b>', expected: null },
    { msg: 'a broken escape', search: '', hash: '#team%E0%A4%A', expected: null },
  ])('reads $msg', ({ search, hash, expected }) => {
    expect(teamIdFromAddress(search, hash)).toBe(expected);
  });

  it('links the directory at one team with an address the page reads back', () => {
    expect(directoryHref()).toBe('/directory.html');
    const href = new URL(directoryHref('team:trust-and-safety'), 'chrome-extension://id/');
    expect(teamIdFromAddress(href.search, href.hash)).toBe('team:trust-and-safety');
  });
});

describe('searchTeams', () => {
  const registry = safetyRegistry();
  it.each([
    { msg: 'everyone for an empty query', query: '  ', expected: ['team:legal', 'team:trust-and-safety', 'team:support-and-safety', 'team:community-advocacy', 'team:idealab'] },
    { msg: 'a name, ignoring case', query: 'TRUST', expected: ['team:trust-and-safety'] },
    { msg: 'a department', query: 'community engagement', expected: ['team:support-and-safety', 'team:idealab'] },
    { msg: 'a product', query: 'incident', expected: ['team:trust-and-safety'] },
    { msg: 'an e-mail address', query: 'ts-example@', expected: ['team:trust-and-safety'] },
    { msg: 'an e-mail purpose', query: 'abuse', expected: ['team:trust-and-safety'] },
    { msg: 'a talk page', query: 'talk:trust', expected: ['team:trust-and-safety'] },
    { msg: 'a Phabricator tag', query: 'trust-and-safety', expected: ['team:trust-and-safety'] },
    { msg: "a liaison's name, ignoring accents", query: 'erin', expected: ['team:trust-and-safety'] },
    { msg: "a liaison's username", query: 'Erin Example (WMF)', expected: ['team:trust-and-safety'] },
    { msg: 'every word, in any field', query: 'legal incident', expected: ['team:trust-and-safety'] },
    { msg: 'nothing for an unknown word', query: 'zzz', expected: [] },
  ])('finds $msg', ({ query, expected }) => {
    expect(ids(searchTeams(registry, query))).toEqual(expected);
  });

  it('does not find a team through a liaison who supports other teams', () => {
    expect(ids(searchTeams(registry, 'sam sample'))).toEqual([]);
  });
});

describe('grouping', () => {
  const registry = safetyRegistry();

  it('groups by department alphabetically, "department unknown" last, teams alphabetical', () => {
    const groups = groupByDepartment([...registry.teams.values()], 'en');
    expect(groups.map((group) => [group.department, ids(group.teams)])).toEqual([
      ['Community Engagement', ['team:idealab', 'team:support-and-safety']],
      ['Legal', ['team:legal', 'team:trust-and-safety']],
      [null, ['team:community-advocacy']],
    ]);
    expect(new Set(groups.map((group) => group.headingId)).size).toBe(groups.length);
  });

  it('keeps heading ids while a search hides groups, and counts in words', () => {
    const all = directoryView(registry, '', 'en');
    expect(all.count).toEqual({ key: 'wayfinder-directory-count', params: [5] });
    expect(t(all.count.key, ...all.count.params)).toBe('5 teams');
    const legal = all.groups.find((group) => group.department === 'Legal')!;

    const found = directoryView(registry, 'trust', 'en');
    expect(found.groups).toEqual([{ ...legal, teams: [registry.teams.get('team:trust-and-safety')] }]);
    expect(t(found.count.key, ...found.count.params)).toBe('One team matches');
    expect(found.total).toBe(5);

    const none = directoryView(registry, 'zzz', 'en');
    expect(none.groups).toEqual([]);
    expect(t(none.count.key, ...none.count.params)).toBe('No team matches.');
  });

  it('shows every team of the built-in registry exactly once', () => {
    const builtin = prepareRegistry(structuredClone(loadBuiltinRegistry()));
    const shown = directoryView(builtin, '', 'en').groups.flatMap((group) => ids(group.teams));
    expect(shown.sort()).toEqual([...builtin.teams.keys()].sort());
  });
});

describe('periods and dates', () => {
  it.each([
    { from: '2016', to: '2019-11', ongoing: false, expected: '2016 – November 2019' },
    { from: '2019-11', to: undefined, ongoing: true, expected: 'since November 2019' },
    { from: '2016', to: undefined, ongoing: false, expected: 'from 2016, end not known' },
    { from: undefined, to: '2019', ongoing: false, expected: 'until 2019, start not known' },
    { from: 'unknown', to: '2019', ongoing: false, expected: 'until 2019, start not known' },
    { from: undefined, to: undefined, ongoing: true, expected: null },
    { from: '2019-11-01', to: undefined, ongoing: true, expected: 'since Nov 1, 2019' },
  ])('$from–$to', ({ from, to, ongoing, expected }) => {
    expect(periodText(from, to, 'en', t, ongoing)).toBe(expected);
  });
});

describe('teamCardView', () => {
  const registry = safetyRegistry();

  it('describes an active team: place, period, parent, leaders, contacts, programmes, liaisons, sources', () => {
    const view = card(registry, 'team:trust-and-safety');
    expect(view).toMatchObject({
      elementId: 'team-trust-and-safety',
      name: 'Trust and Safety',
      department: 'Legal',
      status: 'active',
      certainty: null,
      period: 'since November 2019',
      now: { kind: 'self' },
      parent: { id: 'team:legal', name: 'Legal', elementId: 'team-legal' },
      parts: [],
      leaders: [{ name: 'Example Lead', period: 'from 2020, end not known' }],
      outgoing: [],
      dissolved: null,
      teamPage: { title: 'Trust and Safety', href: 'https://meta.wikimedia.org/wiki/Trust_and_Safety' },
      products: ['Incident reporting'],
    });
    expect(view.contacts.map((channel) => [channel.kind, channel.label])).toEqual([
      ['email', 'ts-example@wikimedia.org'],
      ['talk-page', 'Talk:Trust and Safety'],
      ['phabricator', 'Trust-and-Safety'],
    ]);
    expect(view.programmes.map((programme) => programme.name)).toEqual(['Safety Fund']);
    expect(view.liaisons.map((liaison) => liaison.name)).toEqual(['Érin Example']);
    expect(view.sources).toEqual([{ label: 'Trust and Safety', href: 'https://meta.wikimedia.org/wiki/Trust_and_Safety', verified: 'Nov 24, 2026' }]);
  });

  it('lists incoming and outgoing edges with their kind, date and certainty in words', () => {
    const middle = card(registry, 'team:support-and-safety');
    expect(middle.incoming).toEqual([
      { kind: 'renamed', key: 'wayfinder-directory-in-renamed', team: { id: 'team:community-advocacy', name: 'Community Advocacy', elementId: 'team-community-advocacy' }, when: 'date not known', certainty: 'probably' },
    ]);
    expect(middle.outgoing).toEqual([
      { kind: 'moved', key: 'wayfinder-directory-out-moved', team: { id: 'team:trust-and-safety', name: 'Trust and Safety', elementId: 'team-trust-and-safety' }, when: 'Nov 1, 2019', certainty: null },
    ]);
    expect(middle.period).toBe('2016 – November 2019');
    expect(middle.now).toEqual({ kind: 'owned', owner: { id: 'team:trust-and-safety', name: 'Trust and Safety', elementId: 'team-trust-and-safety' }, department: 'Legal', certainty: null });
    // Its sources: the team's own, then the edge's.
    expect(middle.sources.map((row) => row.label)).toEqual(['Support and Safety', 'Step to trust-and-safety']);
    expect(t(middle.incoming[0]!.key, '$1')).toBe('Formerly $1 (renamed)');
  });

  it('says a step no source states is uncertain, and a team with no dates says so', () => {
    const oldest = card(registry, 'team:community-advocacy');
    expect(oldest.period).toBe('Dates not known');
    expect(oldest.now).toMatchObject({ kind: 'owned', owner: { id: 'team:trust-and-safety' }, certainty: 'probably' });
    const unknown = card(registry, 'team:idealab');
    expect(unknown.certainty).toBe('Unverified: no source states this outright.');
    expect(unknown.now.kind).toBe('unknown');
    expect(unknown.incoming).toEqual([]);
    expect(unknown.outgoing).toEqual([]);
  });

  it("names a parent's parts, and a successor the registry lacks as plain text", () => {
    expect(card(registry, 'team:legal').parts).toEqual([{ id: 'team:trust-and-safety', name: 'Trust and Safety', elementId: 'team-trust-and-safety' }]);
    const dangling = prepared({ teams: [team('old', 'Old', null, { status: 'historical', successors: [successor('gone', 'renamed', '2020')] })] });
    expect(card(dangling, 'team:old').outgoing[0]!.team).toEqual({ id: 'team:gone', name: 'team:gone', elementId: null });
  });

  it('lists where each part of a split went', () => {
    const split = prepared({
      teams: [
        team('whole', 'Whole', 'Community Engagement', { status: 'historical', successors: [successor('left', 'split', '2018'), successor('right', 'split', '2018')] }),
        team('left', 'Left', 'Legal'),
        team('right', 'Right', null, { status: 'historical' }),
      ],
    });
    const view = card(split, 'team:whole');
    expect(view.now).toEqual({
      kind: 'split',
      how: 'split',
      entries: [
        { path: 'Left', owner: { id: 'team:left', name: 'Left', elementId: 'team-left' }, certainty: null },
        { path: 'Right', owner: null, certainty: null },
      ],
    });
    expect(view.outgoing.map((edge) => [edge.key, edge.team.name, edge.when])).toEqual([
      ['wayfinder-directory-out-split', 'Left', '2018'],
      ['wayfinder-directory-out-split', 'Right', '2018'],
    ]);
  });
});

describe('message keys the directory builds from codes', () => {
  const english = englishMessageFiles([directoryMessages]).en!;
  const readHebrew = (folder: string) => JSON.parse(readFileSync(`${folder}/he.json`, 'utf8')) as Record<string, string>;
  const hebrew = createTranslator('he', { en: english, he: { ...readHebrew('i18n'), ...readHebrew('i18n/directory') } });
  it.each([
    ...successionKindSchema.options.flatMap((kind) => [`wayfinder-directory-kind-${kind}`, `wayfinder-directory-in-${kind}`, `wayfinder-directory-out-${kind}`]),
    ...['indirect', 'unverified', 'unknown'].flatMap((certainty) => [`wayfinder-directory-certainty-${certainty}`, `wayfinder-directory-record-${certainty}`]),
    ...['historical', 'unknown'].map((status) => `wayfinder-directory-status-short-${status}`),
    ...teamStatusSchema.options.map((status) => `wayfinder-team-status-${status}`),
  ])('%s exists in English and Hebrew', (key) => {
    expect(typeof english[key]).toBe('string');
    expect(hebrew.sourceLanguage(key)).toBe('he');
  });
});
