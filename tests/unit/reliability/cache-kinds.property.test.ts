import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wikiCacheKinds } from '../../../utils/cache/cache-kinds';
import { createWikiCache } from '../../../utils/cache/wiki-cache';
import { propertyRuns } from '../property-runs';

// tests/unit/cache/cache.property.test.ts checks page facts; these are the other kinds the
// background caches. Each must come back from storage exactly as it went in, also through a
// fresh cache instance (a restarted service worker).
const text = fc.string({ maxLength: 30 });
const isoTime = fc.date({ noInvalidDate: true, min: new Date('2001-01-15'), max: new Date('2100-01-01') }).map((date) => date.toISOString());

const values = {
  teamPage: fc.record({
    requestedTitle: text,
    title: text,
    exists: fc.boolean(),
    movedTo: fc.option(text, { nil: null }),
    isHistorical: fc.boolean(),
    members: fc.array(fc.record({ username: fc.string({ minLength: 1, maxLength: 30 }), host: fc.string({ minLength: 1, maxLength: 30 }) }), { maxLength: 8 }),
    membersComplete: fc.boolean(),
  }),
  user: fc.record({
    requestedName: text,
    name: text,
    exists: fc.boolean(),
    invalid: fc.boolean(),
    blocked: fc.option(fc.record({ partial: fc.boolean(), expiry: text }), { nil: null }),
    locked: fc.option(fc.boolean(), { nil: null }),
    editCount: fc.option(fc.nat(), { nil: null }),
    registration: fc.option(isoTime, { nil: null }),
    lastEdit: fc.oneof(
      fc.record({ status: fc.constant('found' as const), timestamp: isoTime }),
      fc.record({ status: fc.constant('none' as const) }),
      fc.record({ status: fc.constant('unknown' as const) }),
    ),
  }),
  grants: fc.record({
    topicTitle: text,
    grants: fc.array(fc.record({ title: text, exists: fc.boolean(), redirectedFrom: fc.option(text, { nil: null }), via: fc.constantFrom('link' as const, 'search' as const) }), { maxLength: 6 }),
    complete: fc.boolean(),
  }),
  registry: fc.oneof(
    fc.record({
      status: fc.constant('found' as const),
      title: text,
      text: fc.string({ unit: 'binary', maxLength: 200 }),
      contentModel: fc.constantFrom('json', 'wikitext'),
      revisionId: fc.nat(),
      user: fc.option(text, { nil: null }),
      timestamp: isoTime,
    }),
    fc.record({ status: fc.constant('missing' as const), title: text, deletedAt: fc.option(isoTime, { nil: null }) }),
    fc.record({ status: fc.constant('invalid' as const), title: text }),
  ),
};

describe('every cache kind survives storage and a restart unchanged', () => {
  beforeEach(() => fakeBrowser.reset());

  for (const [kind, arbitrary] of Object.entries(values) as [keyof typeof values, fc.Arbitrary<unknown>][]) {
    it(kind, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, text, async (value, key) => {
          fakeBrowser.reset();
          expect(wikiCacheKinds[kind].schema.safeParse(value).success).toBe(true);
          await createWikiCache().set(kind, key, value as never);
          expect((await createWikiCache().get(kind, key))?.value).toEqual(value);
        }),
        { numRuns: propertyRuns(50) },
      );
    });
  }

  it('reads any junk stored as its index as no index, and rebuilds it from the entries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (junk) => {
        fakeBrowser.reset();
        await createWikiCache().set('user', 'meta.wikimedia.org|A', { requestedName: 'A', name: 'A', exists: true, invalid: false, blocked: null, locked: null, editCount: 1, registration: null, lastEdit: { status: 'none' } });
        await fakeBrowser.storage.local.set({ 'wayfinder-cache:index': junk });
        const restarted = createWikiCache();
        expect((await restarted.stats()).kinds.user?.entries).toBe(1);
        expect((await restarted.get('user', 'meta.wikimedia.org|A'))?.value.name).toBe('A');
      }),
      { numRuns: propertyRuns(50) },
    );
  });
});
