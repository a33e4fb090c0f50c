import type { ListedAccount } from '../wiki-api/staff-wikitext';
import type { UserActivity } from '../wiki-api/user-activity';
import type { ContactState, MemberActivity } from './page-report';

/** A contact who has not edited for this long is no longer shown as current. */
export const activeWithinDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

/** Where staff work besides the wiki their account link points to. */
const staffWikis = ['meta.wikimedia.org', 'www.mediawiki.org'] as const;

/** Judges a listed contact from one wiki's account data; without data the state is unknown, never active. */
export function contactStateOf(activity: UserActivity | undefined, nowMs: number): ContactState {
  if (!activity) return 'unknown';
  if (activity.locked) return 'locked';
  if (!activity.exists || activity.invalid) return 'missing';
  if (activity.blocked && !activity.blocked.partial) return 'blocked';
  if (activity.lastEdit.status === 'unknown') return 'unknown';
  if (activity.lastEdit.status === 'none') return 'inactive';
  const editedMs = Date.parse(activity.lastEdit.timestamp);
  if (Number.isNaN(editedMs)) return 'unknown';
  return nowMs - editedMs <= activeWithinDays * dayMs ? 'active' : 'inactive';
}

/**
 * The wikis a listed person's activity is checked on, the account's own wiki first: someone
 * who works on mediawiki.org is not inactive because they rarely edit Meta.
 */
export function wikisToCheck(account: ListedAccount, pageHost: string): string[] {
  return [...new Set([account.host, pageHost, ...staffWikis])];
}

/** Only a person not settled by their own wiki is looked up on the others. */
export function needsOtherWikis(state: ContactState): boolean {
  return state !== 'active' && state !== 'locked' && state !== 'blocked';
}

// When wikis disagree, the state that says most about the person as a contact wins.
const stateRank: Record<ContactState, number> = { locked: 5, active: 4, inactive: 3, unknown: 2, missing: 1, blocked: 0 };

/**
 * One person's activity over the wikis checked. A global lock or a block on the account's own
 * wiki settles it; otherwise the most recent edit anywhere counts, and the wiki it was on is kept
 * so the panel can say where they work.
 */
export function memberActivityOf(
  account: ListedAccount,
  answers: ReadonlyArray<{ host: string; activity: UserActivity | undefined }>,
  nowMs: number,
): MemberActivity {
  const judged = answers.map(({ host, activity }) => ({ host, activity, state: contactStateOf(activity, nowMs) }));
  const home = judged.find((answer) => answer.host === account.host);
  const settled = home !== undefined && !needsOtherWikis(home.state) ? home : undefined;
  const lastEdits = judged.flatMap(({ host, activity }) =>
    activity?.lastEdit.status === 'found' ? [{ host, timestamp: activity.lastEdit.timestamp }] : [],
  );
  const latest = lastEdits.reduce<{ host: string; timestamp: string } | null>((best, edit) => (best === null || edit.timestamp > best.timestamp ? edit : best), null);
  const state = settled?.state ?? judged.reduce<ContactState>((best, answer) => (stateRank[answer.state] > stateRank[best] ? answer.state : best), home?.state ?? 'unknown');
  return {
    username: account.username,
    host: account.host,
    state,
    lastEdit: latest?.timestamp ?? null,
    lastEditOn: latest?.host ?? null,
    editCount: home?.activity?.editCount ?? null,
  };
}
