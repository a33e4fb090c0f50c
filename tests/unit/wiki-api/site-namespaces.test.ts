import { describe, expect, it } from 'vitest';
import { WikiApiError } from '../../../utils/wiki-api/errors';
import { fetchSiteNamespaces } from '../../../utils/wiki-api/site-namespaces';
import { createWikiClient } from '../../../utils/wiki-api/transport';
import { dewikiSiteinfo } from '../page/dewiki-siteinfo';
import { createFakeFetch } from './fake-fetch';

// The request and the boundary: the real answer of the local MediaWiki is read in
// tests/integration/wiki-api/site-namespaces.test.ts.
async function answered(body: unknown) {
  const fake = createFakeFetch();
  const session = createWikiClient({ version: '1', uselang: 'de', fetch: fake.fetch }).session('https://de.wikipedia.org/w/api.php');
  const result = fetchSiteNamespaces(session);
  await fake.waitForCalls(1);
  fake.calls[0]!.respond(body);
  return { result, params: fake.calls[0]!.url.searchParams, calls: fake.calls };
}

describe('fetchSiteNamespaces', () => {
  it('asks for namespaces and their aliases in one request, and gives the table', async () => {
    const { result, params, calls } = await answered(dewikiSiteinfo);
    const table = await result;
    expect(calls).toHaveLength(1);
    expect(Object.fromEntries(params)).toMatchObject({ action: 'query', meta: 'siteinfo', siprop: 'namespaces|namespacealiases', formatversion: '2' });
    expect(table.namespaces.find((namespace) => namespace.id === 1)).toEqual({ id: 1, name: 'Diskussion', capitalized: true });
    expect(table.prefixes).toContainEqual({ prefix: 'Benutzerin', id: 2 });
  });

  it('refuses a malformed answer as an invalid answer, never with a crash', async () => {
    const { result } = await answered({ batchcomplete: true, query: { namespaces: { '1': { id: 1, case: 'first-letter', name: 'Diskussion' } }, namespacealiases: [] } });
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WikiApiError);
    expect((error as WikiApiError).failure.reason).toBe('invalid-answer');
  });
});
