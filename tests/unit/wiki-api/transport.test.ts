import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { toWikiApiFailure } from '../../../utils/wiki-api/errors';
import { createWikiClient, type WikiClient } from '../../../utils/wiki-api/transport';
import { createFakeFetch, type FakeCall, type FakeFetch } from './fake-fetch';

// The fetch below is a fake (see fake-fetch.ts): these tests pin down the transport's own
// queue, sharing, abort, retry and validation logic, which no real server can time precisely.

const apiUrl = 'https://meta.wikimedia.org/w/api.php';
const anyAnswer = z.object({ batchcomplete: z.boolean() });
const ok = { batchcomplete: true };

function setUp(): { fake: FakeFetch; client: WikiClient } {
  const fake = createFakeFetch();
  const client = createWikiClient({ version: '1.2.3', uselang: 'de', fetch: fake.fetch, onWarning: () => {} });
  return { fake, client };
}

async function failureOf(promise: Promise<unknown>): Promise<ReturnType<typeof toWikiApiFailure>> {
  try {
    await promise;
  } catch (error) {
    return toWikiApiFailure(error);
  }
  throw new Error('expected the call to fail');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('request identity and etiquette', () => {
  it('identifies the extension and asks for JSON v2 with plaintext errors in the user language', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query', meta: 'siteinfo' }, anyAnswer);
    await fake.waitForCalls(1);
    const call = fake.calls[0]!;
    call.respond(ok);
    await expect(answer).resolves.toEqual(ok);

    expect(call.headers.get('api-user-agent')).toMatch(
      /^WikiWayfinder\/1\.2\.3 \(https:\/\/meta\.wikimedia\.org\/wiki\/Wiki_Wayfinder\)/,
    );
    const params = Object.fromEntries(call.url.searchParams);
    expect(params).toMatchObject({
      action: 'query',
      meta: 'siteinfo',
      format: 'json',
      formatversion: '2',
      errorformat: 'plaintext',
      uselang: 'de',
      origin: '*',
      smaxage: '300',
    });
    expect(params).not.toHaveProperty('maxlag');
  });

  it('adds maxlag=5 to background calls only', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl, 'background').request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    fake.calls[0]!.respond(ok);
    await answer;
    expect(fake.calls[0]!.url.searchParams.get('maxlag')).toBe('5');
  });
});

describe('queue per host', () => {
  it('keeps at most three requests in flight and starts the next as one ends', async () => {
    const { fake, client } = setUp();
    const session = client.session(apiUrl);
    const answers = Array.from({ length: 7 }, (_, index) => session.request({ action: 'query', n: index }, anyAnswer));
    await fake.waitForCalls(3);
    // All seven have reached the queue: three running, four waiting, and a waiting one starts
    // only when a running one ends, so no fourth call can be made while none is answered.
    await vi.waitFor(() => expect(client.stats('meta.wikimedia.org')).toMatchObject({ active: 3, queued: 4 }));
    expect(fake.calls).toHaveLength(3);

    for (let answered = 0; answered < 7; answered += 1) {
      // Each answer lets the next waiting call start (three were started without one).
      await fake.waitForCalls(Math.min(7, 3 + answered));
      fake.pending()[0]!.respond(ok);
    }
    await Promise.all(answers);
    expect(fake.calls).toHaveLength(7);
    expect(fake.maxOpen).toBe(3);
    expect(client.stats('meta.wikimedia.org')).toEqual({ started: 7, active: 0, queued: 0, peakActive: 3 });
  });

  it('gives each host its own three slots', async () => {
    const { fake, client } = setUp();
    const meta = client.session(apiUrl);
    const commons = client.session('https://commons.wikimedia.org/w/api.php');
    for (let index = 0; index < 4; index += 1) {
      void meta.request({ action: 'query', n: index }, anyAnswer).catch(() => {});
      void commons.request({ action: 'query', n: index }, anyAnswer).catch(() => {});
    }
    await fake.waitForCalls(6);
    // All eight are in a queue, one waiting per host: nothing else can start until one ends.
    await vi.waitFor(() => {
      expect(client.stats('meta.wikimedia.org')).toMatchObject({ active: 3, queued: 1 });
      expect(client.stats('commons.wikimedia.org')).toMatchObject({ active: 3, queued: 1 });
    });
    expect(fake.calls).toHaveLength(6);
  });

  it('drops an aborted call from the queue without sending it', async () => {
    const { fake, client } = setUp();
    const session = client.session(apiUrl);
    const first = Array.from({ length: 3 }, (_, index) => session.request({ action: 'query', n: index }, anyAnswer));
    const leaving = new AbortController();
    const queued = session.request({ action: 'query', n: 'queued' }, anyAnswer, leaving.signal);
    await fake.waitForCalls(3);
    leaving.abort();
    expect(await failureOf(queued)).toEqual({ reason: 'aborted' });
    for (const call of fake.pending()) call.respond(ok);
    await Promise.all(first);
    // The queue is empty and idle: the aborted call is not waiting in it, so it can never start.
    await vi.waitFor(() => expect(client.stats('meta.wikimedia.org')).toEqual({ started: 3, active: 0, queued: 0, peakActive: 3 }));
    expect(fake.calls.map((call) => call.url.searchParams.get('n'))).toEqual(['0', '1', '2']);
  });
});

describe('sharing identical requests', () => {
  it('sends identical concurrent requests once, whatever the order of their parameters', async () => {
    const { fake, client } = setUp();
    const session = client.session(apiUrl);
    const answers = [
      session.request({ action: 'query', titles: ['A', 'B'], prop: 'info' }, anyAnswer),
      session.request({ prop: 'info', action: 'query', titles: ['A', 'B'] }, anyAnswer),
      session.request({ action: 'query', titles: 'A|B', prop: 'info' }, anyAnswer),
    ];
    await fake.waitForCalls(1);
    fake.calls[0]!.respond(ok);
    await expect(Promise.all(answers)).resolves.toEqual([ok, ok, ok]);
    expect(fake.calls).toHaveLength(1);
  });

  it('keeps a shared request running until its last caller leaves', async () => {
    const { fake, client } = setUp();
    const session = client.session(apiUrl);
    const first = new AbortController();
    const second = new AbortController();
    const answerOne = session.request({ action: 'query' }, anyAnswer, first.signal);
    const answerTwo = session.request({ action: 'query' }, anyAnswer, second.signal);
    await fake.waitForCalls(1);
    const call = fake.calls[0]!;

    first.abort();
    expect(await failureOf(answerOne)).toEqual({ reason: 'aborted' });
    expect(call.signal?.aborted).toBe(false);

    second.abort();
    expect(await failureOf(answerTwo)).toEqual({ reason: 'aborted' });
    expect(call.signal?.aborted).toBe(true);
  });

  it('starts afresh after every caller left, rather than joining the aborted request', async () => {
    const { fake, client } = setUp();
    const session = client.session(apiUrl);
    const leaving = new AbortController();
    const abandoned = session.request({ action: 'query' }, anyAnswer, leaving.signal);
    await fake.waitForCalls(1);
    leaving.abort();
    await failureOf(abandoned);
    const again = session.request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(2);
    fake.calls[1]!.respond(ok);
    await expect(again).resolves.toEqual(ok);
  });

  it('does not share between interactive and background calls', async () => {
    const { fake, client } = setUp();
    void client.session(apiUrl).request({ action: 'query' }, anyAnswer).catch(() => {});
    void client.session(apiUrl, 'background').request({ action: 'query' }, anyAnswer).catch(() => {});
    await fake.waitForCalls(2);
    expect(fake.calls).toHaveLength(2);
  });
});

describe('retries and failures', () => {
  it('waits out a 429 whose Retry-After fits the budget, then answers', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    const started = Date.now();
    fake.calls[0]!.respondRaw('Too many requests', { status: 429, headers: { 'retry-after': '1' } });
    await fake.waitForCalls(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    fake.calls[1]!.respond(ok);
    await expect(answer).resolves.toEqual(ok);
  });

  it('stops waiting out a Retry-After when the caller leaves, and sends nothing more', async () => {
    vi.useFakeTimers();
    const { fake, client } = setUp();
    const leaving = new AbortController();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer, leaving.signal);
    await fake.waitForCalls(1);
    const timersBefore = vi.getTimerCount();
    fake.calls[0]!.respondRaw('Too many requests', { status: 429, headers: { 'retry-after': '2' } });
    // The 429 is read and the 2 s pause begun: its timer is set.
    await vi.waitUntil(() => vi.getTimerCount() > timersBefore);
    leaving.abort();
    expect(await failureOf(answer)).toEqual({ reason: 'aborted' });
    // Well past the pause (and the 5 s budget): a retry would have been sent by now.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.calls).toHaveLength(1);
    expect(client.stats('meta.wikimedia.org')).toMatchObject({ started: 1, active: 0, queued: 0 });
  });

  it('reports rate-limited until the server’s time when Retry-After exceeds the 5 s budget', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    const before = Date.now();
    fake.calls[0]!.respondRaw('Too many requests', { status: 429, headers: { 'retry-after': '120' } });
    const failure = await failureOf(answer);
    expect(failure.reason).toBe('rate-limited');
    const until = failure.reason === 'rate-limited' ? Date.parse(failure.until) : 0;
    expect(until - before).toBeGreaterThanOrEqual(119_000);
    expect(until - before).toBeLessThan(122_000);
    expect(fake.calls).toHaveLength(1);
  });

  it('stops after three Retry-After retries even when each asks for no wait', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer);
    for (let call = 1; call <= 4; call += 1) {
      await fake.waitForCalls(call);
      fake.calls[call - 1]!.respondRaw('busy', { status: 429, headers: { 'retry-after': '0' } });
    }
    expect((await failureOf(answer)).reason).toBe('rate-limited');
    expect(fake.calls).toHaveLength(4);
  });

  it('retries a maxlag error after its Retry-After', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl, 'background').request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    fake.calls[0]!.respond(
      { errors: [{ code: 'maxlag', text: 'Waiting for db1: 6 seconds lagged.', module: 'main' }] },
      { headers: { 'retry-after': '1', 'mediawiki-api-error': 'maxlag' } },
    );
    await fake.waitForCalls(2);
    fake.calls[1]!.respond(ok);
    await expect(answer).resolves.toEqual(ok);
  });

  it('retries a dropped connection once, then says offline', async () => {
    const { fake, client } = setUp();
    const session = client.session(apiUrl);
    const recovered = session.request({ action: 'query', n: 1 }, anyAnswer);
    await fake.waitForCalls(1);
    fake.calls[0]!.dropConnection();
    await fake.waitForCalls(2);
    fake.calls[1]!.respond(ok);
    await expect(recovered).resolves.toEqual(ok);

    const lost = session.request({ action: 'query', n: 2 }, anyAnswer);
    await fake.waitForCalls(3);
    fake.calls[2]!.dropConnection();
    await fake.waitForCalls(4);
    fake.calls[3]!.dropConnection();
    expect(await failureOf(lost)).toEqual({ reason: 'offline' });
    expect(fake.calls).toHaveLength(4);
  });

  it.each([
    ['HTTP 500', (call: FakeCall) => call.respondRaw('<p>oops</p>', { status: 500 }), { reason: 'http', status: 500 }],
    [
      'a body that is not JSON',
      (call: FakeCall) => call.respondRaw('{"batchcomplete":tr'),
      { reason: 'invalid-answer', what: 'the answer is not JSON' },
    ],
  ])('turns %s into a typed failure', async (_name, answerWith, expected) => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    answerWith(fake.calls[0]!);
    expect(await failureOf(answer)).toEqual(expected);
  });

  it('turns an answer of the wrong shape into invalid-answer naming where', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    fake.calls[0]!.respond({ batchcomplete: 'yes' });
    const failure = await failureOf(answer);
    expect(failure).toMatchObject({ reason: 'invalid-answer' });
    expect(failure.reason === 'invalid-answer' && failure.what).toMatch(/^batchcomplete: /);
  });

  it('passes the wiki’s own error code and plaintext message on', async () => {
    const { fake, client } = setUp();
    const answer = client.session(apiUrl).request({ action: 'query' }, anyAnswer);
    await fake.waitForCalls(1);
    fake.calls[0]!.respond(
      { errors: [{ code: 'badvalue', text: 'Unrecognized value for parameter "list": bogus.', module: 'query' }] },
      { headers: { 'mediawiki-api-error': 'badvalue' } },
    );
    expect(await failureOf(answer)).toEqual({
      reason: 'wiki-error',
      code: 'badvalue',
      text: 'Unrecognized value for parameter "list": bogus.',
    });
  });

  it('gives up an interactive call after 5 s, says so, and cancels the request', async () => {
    vi.useFakeTimers();
    const { fake, client } = setUp();
    const answer = failureOf(client.session(apiUrl).request({ action: 'query' }, anyAnswer));
    await fake.waitForCalls(1);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fake.calls[0]!.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({ reason: 'timeout', afterMs: 5_000 });
    expect(fake.calls[0]!.signal?.aborted).toBe(true);
  });
});

describe('continuation', () => {
  const roundSchema = z.object({ query: z.object({ n: z.number() }) });

  it('follows continue with the server’s parameters up to the round cap', async () => {
    const { fake, client } = setUp();
    const result = client.session(apiUrl).requestAndContinue({ action: 'query', list: 'x' }, roundSchema, { maxRounds: 2 });
    await fake.waitForCalls(1);
    fake.calls[0]!.respond({ continue: { xcontinue: 'B', continue: '-||' }, query: { n: 1 } });
    await fake.waitForCalls(2);
    expect(fake.calls[1]!.url.searchParams.get('xcontinue')).toBe('B');
    fake.calls[1]!.respond({ continue: { xcontinue: 'C', continue: '-||' }, query: { n: 2 } });
    await expect(result).resolves.toEqual({ rounds: [{ query: { n: 1 } }, { query: { n: 2 } }], complete: false });
    expect(fake.calls).toHaveLength(2);
  });

  it('stops, complete, when only unwanted continuation is left', async () => {
    const { fake, client } = setUp();
    const result = client
      .session(apiUrl)
      .requestAndContinue({ action: 'query' }, roundSchema, { maxRounds: 5, wants: (next) => 'plcontinue' in next });
    await fake.waitForCalls(1);
    fake.calls[0]!.respond({ continue: { rccontinue: 'x', continue: '-||' }, query: { n: 1 } });
    await expect(result).resolves.toEqual({ rounds: [{ query: { n: 1 } }], complete: true });
    expect(fake.calls).toHaveLength(1);
  });
});
