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
