import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiErrors } from 'm3api/browser.js';
import { toWikiApiFailure, WikiApiError, wikiApiFailureSchema } from '../../../utils/wiki-api/errors';
import { isHistoricalTemplate } from '../../../utils/wiki-api/historical';
import { inBatches, resolveTitle } from '../../../utils/wiki-api/query-answer';
import { retryAfterTime } from '../../../utils/wiki-api/retry-after';

describe('resolveTitle', () => {
  const mappings = {
    normalized: [{ from: 'trust_and_Safety', to: 'Trust and Safety' }],
    redirects: [
      { from: 'Trust and Safety', to: 'T&S' },
      { from: 'T&S', to: 'Wikimedia Foundation/Legal/Trust and Safety' },
      { from: 'Loop A', to: 'Loop B' },
      { from: 'Loop B', to: 'Loop A' },
    ],
  };

  it.each([
    ['Grants:Start', { title: 'Grants:Start', redirectedFrom: null }],
    ['trust_and_Safety', { title: 'Wikimedia Foundation/Legal/Trust and Safety', redirectedFrom: 'T&S' }],
    ['Loop A', { title: 'Loop B', redirectedFrom: 'Loop A' }],
  ])('%s', (requested, expected) => {
    expect(resolveTitle(mappings, requested)).toEqual(expected);
  });
});

describe('isHistoricalTemplate', () => {
  it.each([
    [{ ns: 10, title: 'Template:Historical' }, true],
    [{ ns: 10, title: 'Vorlage:Historical' }, true],
    [{ ns: 10, title: 'Template:Historical/pt' }, true],
    [{ ns: 10, title: 'Template:Historical notice' }, false],
    [{ ns: 0, title: 'Historical' }, false],
  ])('%o → %s', (link, expected) => {
    expect(isHistoricalTemplate(link)).toBe(expected);
  });
});

describe('retryAfterTime', () => {
  const now = Date.UTC(2026, 0, 1, 12);
  it.each([
    ['30', now + 30_000],
    [' 0 ', now],
    ['Thu, 01 Jan 2026 12:02:00 GMT', now + 120_000],
    ['Thu, 01 Jan 2026 11:00:00 GMT', now],
    ['soon', now + 60_000],
    [null, now + 60_000],
  ])('%s', (header, expected) => {
    expect(retryAfterTime(header, now)).toBe(expected);
  });
});

describe('inBatches', () => {
  it('splits into batches of 50', () => {
    const batches = inBatches(Array.from({ length: 120 }, (_, index) => index));
    expect(batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(Array.from({ length: 120 }, (_, index) => index));
  });
});

describe('toWikiApiFailure', () => {
  it.each([
    ['a WikiApiError', new WikiApiError({ reason: 'http', status: 503 }), { reason: 'http', status: 503 }],
    [
      'm3api ApiErrors',
      new ApiErrors([{ code: 'readonly', text: 'The wiki is in read-only mode.', module: 'main' }]),
      { reason: 'wiki-error', code: 'readonly', text: 'The wiki is in read-only mode.' },
    ],
    ['a JSON syntax error', new SyntaxError('Unexpected token'), { reason: 'invalid-answer', what: 'the answer is not JSON' }],
    ['an abort', new DOMException('aborted', 'AbortError'), { reason: 'aborted' }],
    ['a network failure', new TypeError('Failed to fetch'), { reason: 'offline' }],
    ['a string', 'weird', { reason: 'invalid-answer', what: 'weird' }],
  ])('maps %s', (_name, thrown, expected) => {
    expect(toWikiApiFailure(thrown)).toEqual(expected);
  });

  it('names where a schema failed', () => {
    const failure = toWikiApiFailure(z.object({ query: z.object({ pages: z.array(z.string()) }) }).safeParse({ query: { pages: [1] } }).error);
    expect(failure).toEqual({ reason: 'invalid-answer', what: expect.stringMatching(/^query\.pages\.0: /) });
  });

  it('always gives a failure the schema accepts', () => {
    for (const thrown of [new Error('x'), null, undefined, 42, new ApiErrors([{ code: 'x' }])]) {
      expect(wikiApiFailureSchema.safeParse(toWikiApiFailure(thrown)).success).toBe(true);
    }
  });
});
