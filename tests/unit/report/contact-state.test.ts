import { describe, expect, it } from 'vitest';
import { contactStateOf } from '../../../utils/report/contact-state';
import type { UserActivity } from '../../../utils/wiki-api/user-activity';

const now = Date.parse('2026-11-24T12:00:00Z');
const account = (change: Partial<UserActivity>): UserActivity => ({
  requestedName: 'Alice Example (WMF)',
  name: 'Alice Example (WMF)',
  exists: true,
  invalid: false,
  blocked: null,
  locked: null,
  editCount: 120,
  registration: '2019-01-01T00:00:00Z',
  lastEdit: { status: 'found', timestamp: '2026-11-20T08:00:00Z' },
  ...change,
});

describe('contactStateOf', () => {
  it.each<[string, UserActivity | undefined, string]>([
    ['no data yet', undefined, 'unknown'],
    ['edited four days ago', account({}), 'active'],
    ['edited 89 days ago', account({ lastEdit: { status: 'found', timestamp: '2026-08-27T12:00:00Z' } }), 'active'],
    ['edited three years ago', account({ lastEdit: { status: 'found', timestamp: '2023-06-01T00:00:00Z' } }), 'inactive'],
    ['never edited', account({ lastEdit: { status: 'none' } }), 'inactive'],
    ['last edit not determined', account({ lastEdit: { status: 'unknown' } }), 'unknown'],
    ['an unreadable timestamp', account({ lastEdit: { status: 'found', timestamp: 'yesterday' } }), 'unknown'],
    ['no such account', account({ exists: false }), 'missing'],
    ['an invalid name', account({ invalid: true }), 'missing'],
    ['blocked sitewide, though active', account({ blocked: { partial: false, expiry: 'infinity' } }), 'blocked'],
    ['blocked from one page only', account({ blocked: { partial: true, expiry: 'infinity' } }), 'active'],
    ['globally locked', account({ locked: true }), 'blocked'],
  ])('%s → %s', (_case, activity, state) => {
    expect(contactStateOf(activity, now)).toBe(state);
  });
});
