import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { createWikiCache } from '../../../utils/cache/wiki-cache';
import { namespaceNameOf, namespaceRulesOf } from '../../../utils/page/site-namespaces';
import { parseTitleWith } from '../../../utils/page/title';
import { createLiveSources } from '../../../utils/report/live-sources';
import type { LoadedRegistry } from '../../../utils/report/registry-store';
import { readWithSiteNamespaces } from '../../../utils/report/site-namespaces-read';
import { fetchSiteNamespaces } from '../../../utils/wiki-api/site-namespaces';
import { createWikiClient, type WikiSession } from '../../../utils/wiki-api/transport';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { apiRequests, localWikiClient, wikiPageAt } from './local-client';

// The local Meta-like wiki's real siteinfo answer, read as the background reads it. The wiki is
// English, so this checks the shape and Meta's own namespaces; German names are in
// tests/unit/page/site-namespaces.test.ts.

let wiki: LocalWiki;
let session: WikiSession;
const warnings: Error[] = [];

beforeAll(async () => {
  wiki = await startLocalWiki();
  const { client, apiUrl } = localWikiClient(wiki, warnings);
  session = client.session(apiUrl);
}, 120_000);

afterAll(async () => {
  await wiki?.stop();
});

beforeEach(() => {
  fakeBrowser.reset();
  wiki.front.reset();
});

describe('fetchSiteNamespaces against the local wiki', () => {
  it('reads the real answer in one request, with Meta’s namespaces and aliases', async () => {
    const table = await fetchSiteNamespaces(session);
    expect(apiRequests(wiki)).toHaveLength(1);
    expect(warnings).toEqual([]);
    expect(namespaceNameOf(table, 4)).toBe('Meta');
    expect(namespaceNameOf(table, 5)).toBe('Meta talk');
    expect(namespaceNameOf(table, 200)).toBe('Grants');
    expect(namespaceNameOf(table, 201)).toBe('Grants talk');
    expect(namespaceNameOf(table, 202)).toBe('Research');
    expect(namespaceNameOf(table, 1728)).toBe('Event');
    expect(namespaceNameOf(table, 1729)).toBe('Event talk');
    expect(table.prefixes).toEqual(expect.arrayContaining([{ prefix: 'Project', id: 4 }, { prefix: 'R', id: 202 }, { prefix: 'Image', id: 6 }]));
    expect(table.namespaces.every((namespace) => namespace.capitalized)).toBe(true);
  });

  it('reads titles as MediaWiki itself normalises them', async () => {
    const raws = [
      'r:Index',
      'image:Example.jpg',
      'event:Wikimania 2026',
      'event_talk:Wikimania 2026',
      'meta_talk:Babel',
      'PROJECT TALK:Babel',
      'grants talk:start',
      'Programs:Evaluation portal',
      'special:RecentChanges',
      'media:Example.jpg',
    ];
    const answer = await session.request(
      { action: 'query', titles: raws },
      z.object({
        query: z.object({
          normalized: z.array(z.object({ from: z.string(), to: z.string() })).default([]),
          pages: z.array(z.object({ ns: z.number(), title: z.string() })),
        }),
      }),
    );
    const rules = namespaceRulesOf(await fetchSiteNamespaces(session));
    for (const raw of raws) {
      const title = answer.query.normalized.find((mapping) => mapping.from === raw)?.to ?? raw;
      const page = answer.query.pages.find((candidate) => candidate.title === title);
      const ours = parseTitleWith(raw, rules);
      expect({ raw, title: ours?.title, ns: ours?.namespace.id }).toEqual({ raw, title, ns: page?.ns });
    }
  });
});

describe('the background asks for the namespaces', () => {
  /** Live sources whose Meta is the local wiki, behind its front, as the extension's would be. */
  function liveSources() {
    const dispatcher = new Agent({ connect: { ca: wiki.certificatePem } });
    const toLocalWiki: typeof fetch = (resource, init) =>
      fetch(String(resource).replace('https://meta.wikimedia.org', wiki.frontUrl), { ...init, dispatcher } as RequestInit);
    const client = createWikiClient({ version: '0.0.0-test', uselang: 'en', fetch: toLocalWiki });
    const noRegistry = () => Promise.reject<LoadedRegistry>(new Error('not needed here'));
    return createLiveSources(client, createWikiCache(), noRegistry);
  }

  it('only for a main-namespace title with a colon, and once for the wiki', async () => {
    const sources = liveSources();
    const signal = new AbortController().signal;

    const plain = wikiPageAt('https://meta.wikimedia.org/wiki/Community_Engagement');
    expect(await readWithSiteNamespaces(plain, sources, signal)).toEqual({ page: plain, names: null });
    const known = wikiPageAt('https://meta.wikimedia.org/wiki/Grants:Start');
    expect((await readWithSiteNamespaces(known, sources, signal)).names).toBeNull();
    expect(apiRequests(wiki)).toHaveLength(0);

    // The Programs namespace was removed in 2017: its old titles are main-namespace titles.
    const programs = wikiPageAt('https://meta.wikimedia.org/wiki/Programs:Evaluation_portal');
    const read = await readWithSiteNamespaces(programs, sources, signal);
    expect(read.page).toBe(programs);
    expect(namespaceNameOf(read.names!, 1728)).toBe('Event');
    expect(apiRequests(wiki).map((url) => url.searchParams.get('meta'))).toEqual(['siteinfo']);

    wiki.front.reset();
    await readWithSiteNamespaces(wikiPageAt('https://meta.wikimedia.org/wiki/Programs:Evaluation_portal/Parlor'), sources, signal);
    expect(apiRequests(wiki)).toHaveLength(0);
  });

  it('keeps the URL’s reading when the wiki cannot answer', async () => {
    const sources = liveSources();
    wiki.front.injectFault({ kind: 'malformed', match: /meta=siteinfo/ });
    const programs = wikiPageAt('https://meta.wikimedia.org/wiki/Programs:Evaluation_portal');
    expect(await readWithSiteNamespaces(programs, sources, new AbortController().signal)).toEqual({ page: programs, names: null });
    expect(apiRequests(wiki)).toHaveLength(1);
  });
});
