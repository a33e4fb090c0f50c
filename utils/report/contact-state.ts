import type { UserActivity } from '../wiki-api/user-activity';
import type { ContactState, MemberActivity } from './page-report';

/** A contact who has not edited for this long is no longer shown as current. */
export const activeWithinDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

/** Judges a listed contact from live account data; without data the state is unknown, never active. */
export function contactStateOf(activity: UserActivity | undefined, nowMs: number): ContactState {
  if (!activity) return 'unknown';
  if (!activity.exists || activity.invalid) return 'missing';
  if (activity.blocked && !activity.blocked.partial) return 'blocked';
  if (activity.locked) return 'blocked';
  if (activity.lastEdit.status === 'unknown') return 'unknown';
  if (activity.lastEdit.status === 'none') return 'inactive';
  const editedMs = Date.parse(activity.lastEdit.timestamp);
  if (Number.isNaN(editedMs)) return 'unknown';
  return nowMs - editedMs <= activeWithinDays * dayMs ? 'active' : 'inactive';
}

export function memberActivityOf(username: string, activity: UserActivity | undefined, nowMs: number): MemberActivity {
  return {
    username,
    state: contactStateOf(activity, nowMs),
    lastEdit: activity?.lastEdit.status === 'found' ? activity.lastEdit.timestamp : null,
    editCount: activity?.editCount ?? null,
  };
}
