import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageFactsSchema, type PageFacts } from '../../../utils/ownership/page-facts';
import { createWikiCache } from '../../../utils/cache/wiki-cache';
import { propertyRuns } from '../property-runs';

// What the cache stores must come back exactly as it went in, across a "restart" (a new cache
// instance over the same storage), and nothing stored under its keys may make it throw.
const title = fc.string({ minLength: 1, maxLength: 40 });
const edit = fc.record({ timestamp: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), user: title });
const pageFacts: fc.Arbitrary<PageFacts> = fc.record(
  {
    title,
    redirectedFrom: title,
    exists: fc.boolean(),
    namespace: fc.integer({ min: -2, max: 3000 }),
    isHistorical: fc.boolean(),
    categories: fc.array(title, { maxLength: 5 }),
    templates: fc.array(title, { maxLength: 5 }),
    links: fc.array(title, { maxLength: 5 }),
    translationSource: title,
    lastEdit: edit,
    recentEditors: fc.array(edit, { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'exists', 'namespace', 'isHistorical', 'categories', 'templates', 'links', 'recentEditors'] },
);

describe('cache serialisation properties', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns any valid value unchanged, also from a fresh instance over the same storage', async () => {
    await fc.assert(
      fc.asyncProperty(pageFacts, title, async (facts, key) => {
        fakeBrowser.reset();
        expect(pageFactsSchema.safeParse(facts).success).toBe(true);
        await createWikiCache().set('pageFacts', key, facts);
        const hit = await createWikiCache().get('pageFacts', key);
        expect(hit?.value).toEqual(facts);
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('treats anything else stored under a cache key as absent, never as a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), title, async (junk, key) => {
        fakeBrowser.reset();
        const cache = createWikiCache();
        await cache.set('pageFacts', key, { title: 'Seed', exists: true, namespace: 0, isHistorical: false, categories: [], templates: [], links: [], recentEditors: [] });
        const stored = await fakeBrowser.storage.local.get(null);
        const entryKey = Object.keys(stored).find((name) => name.includes(':entry:'));
        await fakeBrowser.storage.local.set({ [entryKey!]: junk });
        expect(await createWikiCache().get('pageFacts', key)).toBeNull();
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});
