import { describe, expect, it } from 'vitest';
import { contactsView, phabricatorTagUrl } from '../../../utils/view/contacts';
import { now, report, trustAndSafetyOwnership } from './fixtures';

const base = { contacts: trustAndSafetyOwnership.contacts, hasTeamPage: true, refining: false, now, language: 'en' };

describe('contactsView', () => {
  it('links e-mail as mailto:, talk pages on their wiki and Phabricator tags by slug', () => {
    const view = contactsView({ ...base, teamPage: null });
    expect(view.channels.map(({ kind, label, href }) => ({ kind, label, href }))).toEqual([
      { kind: 'email', label: 'ca@wikimedia.org', href: 'mailto:ca@wikimedia.org' },
      { kind: 'email', label: 'emergency@wikimedia.org', href: 'mailto:emergency@wikimedia.org' },
      { kind: 'talk-page', label: 'Talk:Trust and Safety', href: 'https://meta.wikimedia.org/wiki/Talk:Trust_and_Safety' },
      { kind: 'phabricator', label: 'Trust and Safety', href: 'https://phabricator.wikimedia.org/tag/trust_and_safety/' },
    ]);
  });

  it('lists current staff first, most recent first, then unchecked, and flags the rest last', () => {
    const view = contactsView({ ...base, teamPage: report().teamPage });
    expect(view.staff.map(({ username, state, flagged }) => [username, state, flagged])).toEqual([
      ['Recent Example (WMF)', 'active', false],
      ['Example Active (WMF)', 'active', false],
      ['Unchecked Example (WMF)', 'unknown', false],
      ['Quiet Former (WMF)', 'inactive', true],
      ['Blocked Example (WMF)', 'blocked', true],
      ['Nobody Example (WMF)', 'missing', true],
    ]);
  });

  it.each([
    { state: 'active', key: 'wayfinder-staff-active-since', params: ['yesterday'] },
    { state: 'inactive', key: 'wayfinder-staff-inactive-since', params: ['6 years ago'] },
    { state: 'blocked', key: 'wayfinder-staff-blocked', params: [] },
    { state: 'locked', key: 'wayfinder-staff-locked', params: [] },
    { state: 'missing', key: 'wayfinder-staff-missing', params: [] },
    { state: 'unknown', key: 'wayfinder-staff-unknown', params: [] },
  ] as const)('says $state accounts plainly', ({ state, key, params }) => {
    const lastEdit = state === 'active' ? '2026-11-23T09:00:00Z' : state === 'inactive' ? '2020-06-01T00:00:00Z' : null;
    const teamPage = { ...report().teamPage!, members: [{ username: 'X (WMF)', host: 'meta.wikimedia.org', state, lastEdit, lastEditOn: lastEdit === null ? null : 'meta.wikimedia.org', editCount: null }] };
    expect(contactsView({ ...base, teamPage }).staff[0]?.activity).toEqual({ key, params });
  });

  it.each([
    { msg: 'no team page to check', hasTeamPage: false, teamPage: null, refining: true, note: null },
    { msg: 'team page still being checked', hasTeamPage: true, teamPage: null, refining: true, note: 'wayfinder-staff-checking' },
    { msg: 'team page could not be checked', hasTeamPage: true, teamPage: null, refining: false, note: 'wayfinder-staff-not-checked' },
    { msg: 'team page missing', hasTeamPage: true, teamPage: { ...report().teamPage!, exists: false, members: [] }, refining: false, note: 'wayfinder-staff-team-page-missing' },
    { msg: 'team page lists nobody', hasTeamPage: true, teamPage: { ...report().teamPage!, members: [] }, refining: false, note: 'wayfinder-staff-none-listed' },
    { msg: 'team page lists staff', hasTeamPage: true, teamPage: report().teamPage, refining: false, note: null },
  ])('staff note: $msg', ({ hasTeamPage, teamPage, refining, note }) => {
    expect(contactsView({ ...base, hasTeamPage, teamPage, refining }).staffNote?.key ?? null).toBe(note);
  });

  it('never links a chat channel or a malformed address', () => {
    const view = contactsView({
      ...base,
      teamPage: null,
      contacts: [
        { kind: 'chat', channel: '#wikimedia-tech', sources: [] },
        { kind: 'email', address: 'not an address', purpose: 'x', sources: [] },
      ],
    });
    expect(view.channels.map((channel) => channel.href)).toEqual([null, null]);
  });

  it.each([
    ['Trust and Safety', 'https://phabricator.wikimedia.org/tag/trust_and_safety/'],
    ['Community-Tech', 'https://phabricator.wikimedia.org/tag/community-tech/'],
    ['Growth Team ', 'https://phabricator.wikimedia.org/tag/growth_team/'],
  ])('Phabricator tag %s → %s', (tag, url) => {
    expect(phabricatorTagUrl(tag)).toBe(url);
  });
});
