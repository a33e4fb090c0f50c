import { describe, expect, it } from 'vitest';
import { contactStateOf, memberActivityOf, needsOtherWikis, wikisToCheck } from '../../../utils/report/contact-state';
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
    ['globally locked', account({ locked: true }), 'locked'],
    ['globally locked and blocked here', account({ locked: true, blocked: { partial: false, expiry: 'infinity' } }), 'locked'],
  ])('%s → %s', (_case, activity, state) => {
    expect(contactStateOf(activity, now)).toBe(state);
  });
});

describe('memberActivityOf, over the wikis a person works on', () => {
  const ann = { username: 'Alice Example (WMF)', host: 'meta.wikimedia.org' };
  const meta = 'meta.wikimedia.org';
  const mw = 'www.mediawiki.org';
  const oldEdit = { status: 'found', timestamp: '2023-06-01T00:00:00Z' } as const;
  const recentEdit = { status: 'found', timestamp: '2026-11-20T08:00:00Z' } as const;

  it('checks the account’s own wiki first, then the page’s wiki, Meta and mediawiki.org, each once', () => {
    expect(wikisToCheck(ann, 'de.wikipedia.org')).toEqual([meta, 'de.wikipedia.org', mw]);
    expect(wikisToCheck({ username: 'X', host: mw }, meta)).toEqual([mw, meta]);
  });

  it.each([
    ['active', false],
    ['locked', false],
    ['blocked', false],
    ['inactive', true],
    ['missing', true],
    ['unknown', true],
  ] as const)('a person %s on their own wiki is looked up elsewhere: %s', (state, expected) => {
    expect(needsOtherWikis(state)).toBe(expected);
  });

  it('is active when the person edits on mediawiki.org though not on Meta, and says where', () => {
    const member = memberActivityOf(ann, [{ host: meta, activity: account({ lastEdit: oldEdit }) }, { host: mw, activity: account({ lastEdit: recentEdit }) }], now);
    expect(member).toEqual({ username: ann.username, host: meta, state: 'active', lastEdit: recentEdit.timestamp, lastEditOn: mw, editCount: 120 });
  });

  it('is inactive everywhere with the latest edit of all wikis', () => {
    const member = memberActivityOf(ann, [{ host: meta, activity: account({ lastEdit: { status: 'none' } }) }, { host: mw, activity: account({ lastEdit: oldEdit }) }], now);
    expect(member).toMatchObject({ state: 'inactive', lastEdit: oldEdit.timestamp, lastEditOn: mw });
  });

  it('keeps a block on the account’s own wiki, whatever other wikis say', () => {
    const blocked = account({ blocked: { partial: false, expiry: 'infinity' } });
    expect(memberActivityOf(ann, [{ host: meta, activity: blocked }, { host: mw, activity: account({}) }], now).state).toBe('blocked');
  });

  it('does not let a block on another wiki stand for the person', () => {
    const blockedElsewhere = account({ blocked: { partial: false, expiry: 'infinity' } });
    expect(memberActivityOf(ann, [{ host: meta, activity: account({ lastEdit: oldEdit }) }, { host: mw, activity: blockedElsewhere }], now).state).toBe('inactive');
  });

  it('finds an account missing on its own wiki where it exists', () => {
    const member = memberActivityOf(ann, [{ host: meta, activity: account({ exists: false }) }, { host: mw, activity: account({}) }], now);
    expect(member.state).toBe('active');
  });

  it('is unknown before any wiki answered, never active', () => {
    expect(memberActivityOf(ann, [], now)).toEqual({ username: ann.username, host: meta, state: 'unknown', lastEdit: null, lastEditOn: null, editCount: null });
  });
});
