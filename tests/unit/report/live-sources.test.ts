import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWikiCache } from '../../../utils/cache/wiki-cache';
import { createLiveSources } from '../../../utils/report/live-sources';
import type { LoadedRegistry } from '../../../utils/report/registry-store';
import { createWikiClient } from '../../../utils/wiki-api/transport';
import { dewikiSiteinfo } from '../page/dewiki-siteinfo';
import { createFakeFetch } from '../wiki-api/fake-fetch';

// The wiki's namespaces through the cache, as the background reads them for a report.
const day = 24 * 60 * 60_000;
const noRegistry = () => Promise.reject<LoadedRegistry>(new Error('not needed here'));

function sourcesAt(clock: { now: number }) {
  const fake = createFakeFetch();
  const client = createWikiClient({ version: '1', uselang: 'de', fetch: fake.fetch });
  return { fake, sources: createLiveSources(client, createWikiCache({ now: () => clock.now }), noRegistry) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the siteNamespaces source', () => {
  it('asks each wiki once a week', async () => {
    const clock = { now: Date.parse('2026-12-01T00:00:00Z') };
    const { fake, sources } = sourcesAt(clock);
    const first = sources.siteNamespaces('de.wikipedia.org', new AbortController().signal);
    await fake.waitForCalls(1);
    fake.calls[0]!.respond(dewikiSiteinfo);
    expect((await first)?.namespaces.find((namespace) => namespace.id === -1)?.name).toBe('Spezial');

    clock.now += 6 * day;
    expect(await sources.siteNamespaces('de.wikipedia.org', new AbortController().signal)).toEqual(await first);
    expect(fake.calls).toHaveLength(1);

    const other = sources.siteNamespaces('de.wikivoyage.org', new AbortController().signal);
    await fake.waitForCalls(2);
    expect(fake.calls[1]!.url.host).toBe('de.wikivoyage.org');
    fake.calls[1]!.respond(dewikiSiteinfo);
    await other;

    // After a week the stored table still answers at once, and is refreshed behind.
    clock.now += 2 * day;
    expect(await sources.siteNamespaces('de.wikipedia.org', new AbortController().signal)).toEqual(await first);
    await fake.waitForCalls(3);
    expect(fake.calls[2]!.url.host).toBe('de.wikipedia.org');
    fake.calls[2]!.respond(dewikiSiteinfo);
  });

  it('gives nothing when the wiki cannot answer, so the URL’s reading stands', async () => {
    const { fake, sources } = sourcesAt({ now: Date.parse('2026-12-01T00:00:00Z') });
    const names = sources.siteNamespaces('de.wikipedia.org', new AbortController().signal);
    await fake.waitForCalls(1);
    fake.calls[0]!.respond(
      { errors: [{ code: 'internal_api_error_DBQueryError', text: 'A database query error has occurred.', module: 'main' }] },
      { headers: { 'mediawiki-api-error': 'internal_api_error_DBQueryError' } },
    );
    expect(await names).toBeNull();
  });
});
