import type { Contact } from '../ownership/ownership';
import { pageUrl } from '../page/title';
import type { ContactState, MemberActivity, TeamPageStatus } from '../report/page-report';
import { message, type MessageSpec } from './message-spec';
import { relativeTime } from './relative-time';
import { mailtoHref, safeWikimediaHref } from './safe-href';

/** A way to reach the team: an address, a talk page, a Phabricator tag or a chat channel. */
export interface ChannelRow {
  kind: Contact['kind'];
  label: string;
  /** null when the value cannot be a safe link (chat channels, malformed values). */
  href: string | null;
  purpose: string | null;
}

export interface StaffRow {
  username: string;
  userPageHref: string;
  talkHref: string;
  state: ContactState;
  /** Inactive, blocked, locked and missing accounts: never shown as a current contact. */
  flagged: boolean;
  /** Last activity in words ("edited 3 days ago"), or why it is not known. */
  activity: MessageSpec;
}

export interface ContactsView {
  channels: ChannelRow[];
  staff: StaffRow[];
  /** What to say about the staff list as a whole, when it cannot be shown yet or is empty. */
  staffNote: MessageSpec | null;
}

/** Phabricator project slugs are the lower-cased name with underscores for spaces. */
export function phabricatorTagUrl(tag: string): string {
  return `https://phabricator.wikimedia.org/tag/${encodeURIComponent(tag.trim().toLowerCase().replace(/\s+/g, '_'))}/`;
}

export function channelRow(contact: Contact): ChannelRow {
  switch (contact.kind) {
    case 'email':
      return { kind: 'email', label: contact.address, href: mailtoHref(contact.address), purpose: contact.purpose };
    case 'talk-page':
      return { kind: 'talk-page', label: contact.title, href: safeWikimediaHref(pageUrl({ host: contact.host }, contact.title)), purpose: null };
    case 'phabricator':
      return { kind: 'phabricator', label: contact.tag, href: phabricatorTagUrl(contact.tag), purpose: null };
    case 'chat':
      return { kind: 'chat', label: contact.channel, href: null, purpose: null };
  }
}

const flaggedStates: ReadonlySet<ContactState> = new Set(['inactive', 'blocked', 'locked', 'missing']);
// Current contacts first, unchecked ones next, then every flagged account after them.
const stateOrder: Record<ContactState, number> = { active: 0, unknown: 1, inactive: 2, blocked: 3, locked: 4, missing: 5 };

function activityOf(member: MemberActivity, now: Date, language: string): MessageSpec {
  const when = member.lastEdit === null ? null : new Date(member.lastEdit);
  const ago = when === null || Number.isNaN(when.getTime()) ? null : relativeTime(when, now, language);
  switch (member.state) {
    case 'active':
      if (ago === null) return message('wayfinder-staff-active');
      // Said only when they work elsewhere than the wiki their link points to.
      return member.lastEditOn === null || member.lastEditOn === member.host
        ? message('wayfinder-staff-active-since', ago)
        : message('wayfinder-staff-active-since-on', ago, member.lastEditOn);
    case 'inactive':
      return ago === null ? message('wayfinder-staff-inactive') : message('wayfinder-staff-inactive-since', ago);
    case 'blocked':
      return message('wayfinder-staff-blocked');
    case 'locked':
      return message('wayfinder-staff-locked');
    case 'missing':
      return message('wayfinder-staff-missing');
    case 'unknown':
      return message('wayfinder-staff-unknown');
  }
}

function staffRows(teamPage: TeamPageStatus, now: Date, language: string): StaffRow[] {
  const userPage = (member: MemberActivity, prefix: string) => pageUrl({ host: member.host }, `${prefix}:${member.username}`);
  return teamPage.members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => {
      const byState = stateOrder[a.member.state] - stateOrder[b.member.state];
      if (byState !== 0) return byState;
      // Within a state the most recently active first; ties keep the team page's order.
      const byRecency = (b.member.lastEdit ?? '').localeCompare(a.member.lastEdit ?? '');
      return byRecency !== 0 ? byRecency : a.index - b.index;
    })
    .map(({ member }) => ({
      username: member.username,
      userPageHref: userPage(member, 'User'),
      talkHref: userPage(member, 'User talk'),
      state: member.state,
      flagged: flaggedStates.has(member.state),
      activity: activityOf(member, now, language),
    }));
}

function staffNoteOf(teamPage: TeamPageStatus | null, hasTeamPage: boolean, refining: boolean): MessageSpec | null {
  if (!hasTeamPage) return null;
  if (teamPage === null) return message(refining ? 'wayfinder-staff-checking' : 'wayfinder-staff-not-checked');
  if (!teamPage.exists) return message('wayfinder-staff-team-page-missing');
  return teamPage.members.length === 0 ? message('wayfinder-staff-none-listed') : null;
}

export interface ContactsInput {
  contacts: readonly Contact[];
  /** Whether the owner has a team page whose staff can be listed. */
  hasTeamPage: boolean;
  teamPage: TeamPageStatus | null;
  /** Live data is still on its way. */
  refining: boolean;
  now: Date;
  language: string;
}

export function contactsView(input: ContactsInput): ContactsView {
  return {
    channels: input.contacts.map(channelRow),
    staff: input.teamPage === null ? [] : staffRows(input.teamPage, input.now, input.language),
    staffNote: staffNoteOf(input.teamPage, input.hasTeamPage, input.refining),
  };
}
