import { describe, expect, it } from 'vitest';
import { fetchRegistryPage } from '../../../utils/wiki-api/registry-page';
import { createWikiClient } from '../../../utils/wiki-api/transport';
import { createFakeFetch } from './fake-fetch';

// Answers in the shape MediaWiki gives (formatversion=2, errorformat=plaintext), as the local
// wiki answered them for a page before and after deleteBatch.php, one that never existed and a
// bad title; tests/integration/wiki-api/queries.test.ts asks the real wiki.
const title = 'Meta:Wiki Wayfinder/Registry.json';
const found = {
  pageid: 8,
  ns: 4,
  title,
  revisions: [{ revid: 8, parentid: 0, user: 'Fixture Admin', timestamp: '2026-12-01T20:37:34Z', slots: { main: { contentmodel: 'json', contentformat: 'application/json', content: '{}' } } }],
};

async function answered(requested: string, body: unknown) {
  const fake = createFakeFetch();
  const session = createWikiClient({ version: '1', uselang: 'en', fetch: fake.fetch }).session('https://meta.wikimedia.org/w/api.php');
  const result = fetchRegistryPage(session, requested);
  await fake.waitForCalls(1);
  fake.calls[0]!.respond(body);
  return { page: await result, params: fake.calls[0]!.url.searchParams, calls: fake.calls.length };
}

describe('fetchRegistryPage', () => {
  it('asks for the page and its latest deletion in one request', async () => {
    const { page, params, calls } = await answered(title, { batchcomplete: true, query: { pages: [found], logevents: [] } });
    expect(calls).toBe(1);
    expect(Object.fromEntries(params)).toMatchObject({ titles: title, prop: 'revisions', list: 'logevents', leaction: 'delete/delete', letitle: title, lelimit: '1' });
    expect(page).toEqual({ status: 'found', title, text: '{}', contentModel: 'json', revisionId: 8, user: 'Fixture Admin', timestamp: '2026-12-01T20:37:34Z' });
  });

  it('gives the time of the deletion for a deleted page', async () => {
    const { page } = await answered(title, {
      batchcomplete: true,
      query: { pages: [{ ns: 4, title, missing: true }], logevents: [{ timestamp: '2026-12-02T20:37:39Z' }] },
    });
    expect(page).toEqual({ status: 'missing', title, deletedAt: '2026-12-02T20:37:39Z' });
  });

  it('gives no time for a page that never existed', async () => {
    const { page } = await answered('Meta:Nothing.json', { batchcomplete: true, query: { pages: [{ ns: 4, title: 'Meta:Nothing.json', missing: true }], logevents: [] } });
    expect(page).toEqual({ status: 'missing', title: 'Meta:Nothing.json', deletedAt: null });
  });

  it('names the page as the wiki spells it', async () => {
    const { page } = await answered('meta:wiki Wayfinder/Registry.json', {
      batchcomplete: true,
      query: {
        normalized: [{ fromencoded: false, from: 'meta:wiki Wayfinder/Registry.json', to: title }],
        pages: [{ ns: 4, title, missing: true }],
        logevents: [{ timestamp: '2026-12-02T20:37:39Z' }],
      },
    });
    expect(page).toEqual({ status: 'missing', title, deletedAt: '2026-12-02T20:37:39Z' });
  });

  it('says a bad title is one, where the deletion log refuses the whole request', async () => {
    const { page } = await answered('Meta:<x>', {
      errors: [{ code: 'invalidtitle', text: 'Bad title "Meta:<x>".', module: 'query+logevents' }],
      docref: 'See https://meta.wikimedia.org/w/api.php for API usage.',
    });
    expect(page).toEqual({ status: 'invalid', title: 'Meta:<x>' });
  });

  it('still fails on any other error of the wiki', async () => {
    await expect(answered(title, { errors: [{ code: 'internal_api_error_DBQueryError', text: 'A database query error has occurred.' }] })).rejects.toMatchObject({
      failure: { reason: 'wiki-error', code: 'internal_api_error_DBQueryError' },
    });
  });
});
