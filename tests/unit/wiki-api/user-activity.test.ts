import { describe, expect, it } from 'vitest';
import { createWikiClient } from '../../../utils/wiki-api/transport';
import { fetchUserActivity, type UserActivity } from '../../../utils/wiki-api/user-activity';
import { createFakeFetch, type FakeFetch } from './fake-fetch';

// The local wiki has no account with the 500+ recent edits it takes to cut the merged
// contributions stream, so these answers are scripted in MediaWiki's shape (fake fetch) to test
// the follow-up rounds; the one-round case runs against the real wiki in
// tests/integration/wiki-api/queries.test.ts.

const apiUrl = 'https://meta.wikimedia.org/w/api.php';

function user(name: string, editcount: number) {
  return { userid: name.length, name, editcount, registration: '2020-01-01T00:00:00Z' };
}

function contribs(name: string, count: number, newest: number) {
  return Array.from({ length: count }, (_, index) => ({
    userid: 1,
    user: name,
    timestamp: new Date(Date.UTC(2026, 0, 1) - (newest + index) * 60_000).toISOString().replace('.000Z', 'Z'),
  }));
}

async function answerNext(fake: FakeFetch, callNumber: number, body: unknown): Promise<URLSearchParams> {
  await fake.waitForCalls(callNumber);
  const call = fake.calls[callNumber - 1]!;
  call.respond(body);
  return call.url.searchParams;
}

function byName(users: UserActivity[]): Record<string, UserActivity['lastEdit']> {
  return Object.fromEntries(users.map((activity) => [activity.name, activity.lastEdit]));
}

describe('fetchUserActivity when one busy user fills the merged stream', () => {
  it('asks a second round only for the unsettled users, starting where the stream was cut', async () => {
    const fake = createFakeFetch();
    const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session(apiUrl);
    const result = fetchUserActivity(session, ['Busy', 'Quiet', 'Never']);

    const busyEdits = contribs('Busy', 500, 0);
    const first = await answerNext(fake, 1, {
      continue: { uccontinue: '20251231|1', continue: '-||users' },
      query: { users: [user('Busy', 9000), user('Quiet', 3), user('Never', 0)], usercontribs: busyEdits },
    });
    expect(first.get('list')).toBe('users|usercontribs');
    expect(first.get('ucuser')).toBe('Busy|Quiet|Never');

    const quietEdit = contribs('Quiet', 1, 5000);
    const second = await answerNext(fake, 2, { batchcomplete: true, query: { usercontribs: quietEdit } });
    expect(second.get('ucuser')).toBe('Quiet');
    expect(second.get('ucstart')).toBe(busyEdits.at(-1)!.timestamp);

    expect(byName(await result)).toEqual({
      Busy: { status: 'found', timestamp: busyEdits[0]!.timestamp },
      Quiet: { status: 'found', timestamp: quietEdit[0]!.timestamp },
      Never: { status: 'none' },
    });
    expect(fake.calls).toHaveLength(2);
  });

  it('leaves users unknown once the round cap is reached', async () => {
    const fake = createFakeFetch();
    const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session(apiUrl);
    const result = fetchUserActivity(session, ['Busy', 'Busier', 'Busiest', 'Quiet']);
    const cut = { uccontinue: 'x', continue: '-||' };

    await answerNext(fake, 1, {
      continue: cut,
      query: {
        users: [user('Busy', 900), user('Busier', 900), user('Busiest', 900), user('Quiet', 1)],
        usercontribs: contribs('Busiest', 500, 0),
      },
    });
    await answerNext(fake, 2, { continue: cut, query: { usercontribs: contribs('Busier', 500, 500) } });
    const third = await answerNext(fake, 3, { continue: cut, query: { usercontribs: contribs('Busy', 500, 1000) } });
    expect(third.get('ucuser')).toBe('Busy|Quiet');

    const lastEdits = byName(await result);
    expect(lastEdits.Quiet).toEqual({ status: 'unknown' });
    expect(lastEdits.Busy).toMatchObject({ status: 'found' });
    expect(fake.calls).toHaveLength(3);
  });

  it('answers names no account can have without asking about them', async () => {
    const fake = createFakeFetch();
    const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session(apiUrl);
    const users = await fetchUserActivity(session, ['User:Someone', 'Some/Page', '10.0.0.0/8']);
    expect(fake.calls).toHaveLength(0);
    expect(users.every((activity) => activity.invalid && !activity.exists)).toBe(true);
  });
});

// CentralAuth cannot run on the local wiki (Debian packages no CentralAuth), so its answers are
// scripted here in the shapes its ApiQueryGlobalUserInfo writes (formatversion=2): `locked: true`
// only on a locked account, `missing: true` for an unknown or hidden one. Core's centralids are
// `{ local: N }` on a wiki without CentralAuth, which is what the local wiki answers.
describe('fetchUserActivity and global locks', () => {
  const central = (name: string, editcount: number) => ({ ...user(name, editcount), centralids: { CentralAuth: name.length + 100, local: name.length } });

  it('asks CentralAuth about each account that could be a current contact, and flags the locked one', async () => {
    const fake = createFakeFetch();
    const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session(apiUrl);
    const result = fetchUserActivity(session, ['Locked', 'Open', 'Hidden', 'Silent', 'Blocked']);
    const first = await answerNext(fake, 1, {
      batchcomplete: true,
      query: {
        users: [central('Locked', 5), central('Open', 5), central('Hidden', 5), central('Silent', 0), { ...central('Blocked', 5), blockid: 7, blockexpiry: 'infinite' }],
        usercontribs: [...contribs('Open', 1, 0), ...contribs('Locked', 1, 10), ...contribs('Hidden', 1, 20), ...contribs('Blocked', 1, 30)],
      },
    });
    expect(first.get('usprop')).toContain('centralids');

    await fake.waitForCalls(4);
    const asked = fake.calls.slice(1).map((call) => call.url.searchParams);
    expect(asked.map((params) => params.get('meta'))).toEqual(['globaluserinfo', 'globaluserinfo', 'globaluserinfo']);
    // Most recent editors first; the blocked account and the one without edits are not asked.
    expect(asked.map((params) => params.get('guiuser'))).toEqual(['Open', 'Locked', 'Hidden']);
    fake.calls[1]!.respond({ batchcomplete: true, query: { globaluserinfo: { home: 'metawiki', id: 104, registration: '2020-01-01T00:00:00Z', name: 'Open' } } });
    fake.calls[2]!.respond({ batchcomplete: true, query: { globaluserinfo: { home: 'metawiki', id: 106, registration: '2020-01-01T00:00:00Z', name: 'Locked', locked: true } } });
    fake.calls[3]!.respond({ batchcomplete: true, query: { globaluserinfo: { missing: true } } });

    const locks = Object.fromEntries((await result).map((activity) => [activity.name, activity.locked]));
    expect(locks).toEqual({ Locked: true, Open: false, Hidden: null, Silent: null, Blocked: null });
    expect(fake.calls).toHaveLength(4);
  });

  it('asks at most the cap of accounts per batch', async () => {
    const fake = createFakeFetch();
    const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session(apiUrl);
    const people = Array.from({ length: 12 }, (_, index) => `Person ${String.fromCharCode(65 + index)}`);
    const result = fetchUserActivity(session, people);
    await answerNext(fake, 1, {
      batchcomplete: true,
      query: { users: people.map((name) => central(name, 3)), usercontribs: people.flatMap((name, index) => contribs(name, 1, index)) },
    });
    // Three at a time (the host's slots): answer each as it is asked.
    for (let callNumber = 2; callNumber <= 11; callNumber += 1) {
      await fake.waitForCalls(callNumber);
      const call = fake.calls[callNumber - 1]!;
      call.respond({ batchcomplete: true, query: { globaluserinfo: { home: 'metawiki', id: 1, registration: '2020-01-01T00:00:00Z', name: call.url.searchParams.get('guiuser') } } });
    }
    const activities = await result;
    expect(activities.filter((activity) => activity.locked === false)).toHaveLength(10);
    expect(activities.slice(10).map((activity) => activity.locked)).toEqual([null, null]);
    expect(fake.calls).toHaveLength(11);
  });

  it('asks nothing more of a wiki without CentralAuth', async () => {
    const fake = createFakeFetch();
    const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session(apiUrl);
    const result = fetchUserActivity(session, ['Open']);
    await answerNext(fake, 1, { batchcomplete: true, query: { users: [{ ...user('Open', 5), centralids: { local: 4 } }], usercontribs: contribs('Open', 1, 0) } });
    expect((await result)[0]).toMatchObject({ locked: null, lastEdit: { status: 'found' } });
    expect(fake.calls).toHaveLength(1);
  });
});
