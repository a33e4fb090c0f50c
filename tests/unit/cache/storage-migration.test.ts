import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { createCache, createWikiCache } from '../../../utils/cache/wiki-cache';
import { propertyRuns } from '../property-runs';
import v1Storage from './fixtures/v1-storage.json';

// fixtures/v1-storage.json is storage.local as the release before format 2 left it: captured by
// running that release's utils/cache (commit cd21380) under fakeBrowser, storing one value of
// each kind, then a failed refresh of the stale team page (its failure is kept beside it) and a
// read of the page facts whose index write had not landed (so the index's last use lags).

const hour = 60 * 60_000;
/** The fixture's clock when it was captured: every value is older than its TTL, so stale. */
const capturedAt = 1795600804000;
const teamPageKey = 'wayfinder-cache:entry:teamPage:Trust and Safety';
const pageFactsKey = 'wayfinder-cache:entry:pageFacts:meta.wikimedia.org|Support and Safety';

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const cacheKeys = async () => Object.keys(await local()).filter((key) => key.startsWith('wayfinder-cache:')).sort();
const v1Entries = Object.entries(v1Storage).filter(([key]) => key.includes(':entry:')) as [string, { value: unknown; storedAt: number }][];
const failing = vi.fn(async () => {
  throw new Error('the migration must not fetch');
});

beforeEach(() => {
  fakeBrowser.reset();
  failing.mockClear();
});

describe('format 1 storage, as the release before wrote it', () => {
  beforeEach(() => fakeBrowser.storage.local.set(structuredClone(v1Storage)));

  it('is migrated: every value is served as it was, with its age and its recorded failure', async () => {
    const cache = createWikiCache({ now: () => capturedAt + hour });
    for (const [storageKey, entry] of v1Entries) {
      const [kind, ...key] = storageKey.slice('wayfinder-cache:entry:'.length).split(':');
      const hit = await cache.get(kind as 'user', key.join(':'));
      expect(hit, storageKey).toMatchObject({ value: entry.value, storedAt: entry.storedAt, ageMs: capturedAt + hour - entry.storedAt });
    }
    expect(await cache.get('teamPage', 'Trust and Safety')).toMatchObject({ status: 'stale', lastFailure: { reason: 'http', status: 503 } });
    expect(failing).not.toHaveBeenCalled();
  });

  it('is rewritten in format 2, in place, with an index of format 2 that keeps the last use it knew', async () => {
    await createWikiCache({ now: () => capturedAt }).stats();
    const stored = await local();
    expect(Object.keys(stored).sort()).toEqual(Object.keys(v1Storage).sort());
    expect(stored[teamPageKey]).toEqual({
      ...v1Storage[teamPageKey],
      format: 2,
      kindVersion: 1,
    });
    for (const [storageKey] of v1Entries) expect(stored[storageKey]).toMatchObject({ format: 2, kindVersion: 1 });
    const index = stored['wayfinder-cache:index'] as { format: number; kindVersions: object; records: Record<string, { lastUsed: number; bytes: number }> };
    expect(index.format).toBe(2);
    expect(index.kindVersions).toEqual({ pageFacts: 1, teamPage: 1, user: 1, grants: 1, registry: 1, siteNamespaces: 1 });
    expect(index.records[teamPageKey]?.lastUsed).toBe(capturedAt);
    expect(index.records[pageFactsKey]?.lastUsed).toBe(v1Storage['wayfinder-cache:index'].records[pageFactsKey].lastUsed);
    // Sizes are counted again, for the entries as they are now.
    for (const [storageKey, record] of Object.entries(index.records)) {
      expect(record.bytes).toBe(storageKey.length + JSON.stringify(stored[storageKey]).length);
    }
  });

  it('is migrated once: a restart over a current index scans nothing', async () => {
    await createWikiCache().stats();
    const snapshot = vi.spyOn(fakeBrowser.storage.local, 'get');
    const restarted = createWikiCache();
    expect((await restarted.stats()).kinds.teamPage?.entries).toBe(1);
    expect(snapshot.mock.calls.some(([keys]) => keys === null || keys === undefined)).toBe(false);
  });

  it('is migrated also when its index is gone or corrupted, or when the last migration was cut short', async () => {
    await fakeBrowser.storage.local.set({ 'wayfinder-cache:index': 'not an index' });
    // Half done: one entry already converted, the index not yet written.
    await fakeBrowser.storage.local.set({ [teamPageKey]: { ...v1Storage[teamPageKey], format: 2, kindVersion: 1 } });
    const stats = await createWikiCache().stats();
    expect(Object.fromEntries(Object.entries(stats.kinds).map(([kind, { entries }]) => [kind, entries]))).toEqual({ pageFacts: 1, teamPage: 1, user: 1, grants: 1, registry: 1 });
    expect(Object.values(await local()).filter((value) => (value as { format?: number }).format === 1)).toEqual([]);
  });

  it('loses the values of a kind whose version was raised since, and keeps the others', async () => {
    const kinds = {
      teamPage: { ttlMs: hour, schema: z.unknown(), version: 2 },
      user: { ttlMs: hour, schema: z.unknown() },
    };
    const cache = createCache(kinds);
    expect(await cache.get('teamPage', 'Trust and Safety')).toBeNull();
    expect(await cache.get('user', 'meta.wikimedia.org|Example')).not.toBeNull();
    // Kinds this release no longer has are removed too: nothing is left that the index does not count.
    expect(await cacheKeys()).toEqual(['wayfinder-cache:entry:user:meta.wikimedia.org|Example', 'wayfinder-cache:index']);
  });
});

describe('malformed entries', () => {
  const valid = v1Storage[teamPageKey];
  const malformed: Record<string, unknown> = {
    'not an object': 'Trust and Safety',
    'null-ish': null,
    'an array': [valid],
    'no format': { ...valid, format: undefined },
    'a format from the future': { ...valid, format: 3 },
    'format 1 without its failure field': { ...valid, lastFailure: undefined },
    'format 1 with a failure that is not one': { ...valid, lastFailure: 'boom' },
    'format 1 whose value its kind refuses': { ...valid, value: { title: 'Trust and Safety' } },
    'format 1 stored under another key': { ...valid, key: 'Community Relations' },
    'format 1 of a kind this release lacks': { ...valid, kind: 'gone' },
    'format 1 naming a kind from the prototype': { ...valid, kind: 'constructor' },
    'format 2 without its kind version': { ...valid, format: 2 },
    'format 2 of a kind version to come': { ...valid, format: 2, kindVersion: 2 },
    'format 2 whose value its kind refuses': { ...valid, format: 2, kindVersion: 1, value: '<script>alert(1)</script>' },
    'format 2 with a failure that is not one': { ...valid, format: 2, kindVersion: 1, lastFailure: { at: 1, failure: { reason: 'made up' } } },
  };

  for (const [what, stored] of Object.entries(malformed)) {
    it(`drops ${what}, and fetches the value again`, async () => {
      await fakeBrowser.storage.local.set({ ...structuredClone(v1Storage), [teamPageKey]: stored });
      const cache = createWikiCache({ now: () => capturedAt });
      expect(await cache.get('teamPage', 'Trust and Safety')).toBeNull();
      expect(await cacheKeys()).not.toContain(teamPageKey);
      expect((await cache.stats()).kinds.teamPage).toBeUndefined();
      expect((await cache.stats()).kinds.user?.entries).toBe(1);
      const fresh = { ...valid.value, members: [] };
      expect(await cache.getOrFetch('teamPage', 'Trust and Safety', async () => fresh)).toMatchObject({ status: 'fresh', value: fresh });
    });
  }

  it('keeps a format 1 value whose recorded failure today’s release no longer knows, without the failure', async () => {
    await fakeBrowser.storage.local.set({ ...structuredClone(v1Storage), [teamPageKey]: { ...valid, lastFailure: { at: 1, failure: { reason: 'retired' } } } });
    expect(await createWikiCache({ now: () => capturedAt }).get('teamPage', 'Trust and Safety')).toMatchObject({ value: valid.value, lastFailure: null });
  });

  it('removes stray keys under the cache’s prefix and touches nothing outside it', async () => {
    const others = { 'registry.lastGood': { raw: '{}' }, settingsCopy: { language: 'de' } };
    await fakeBrowser.storage.local.set({ ...structuredClone(v1Storage), ...others, 'wayfinder-cache:index$': { v: 1 }, 'wayfinder-cache:something': 1 });
    await createWikiCache().stats();
    const stored = await local();
    expect(stored).toMatchObject(others);
    expect(Object.keys(stored)).not.toContain('wayfinder-cache:index$');
    expect(Object.keys(stored)).not.toContain('wayfinder-cache:something');
  });

  it('never throws and never leaves anything but current entries, whatever is stored under its keys', async () => {
    const suffix = fc.constantFrom('teamPage:Trust and Safety', 'user:meta.wikimedia.org|Example', 'gone:x', '__proto__:y', 'registry:');
    const junk = fc.oneof(fc.jsonValue(), fc.constant(valid), fc.record({ format: fc.constantFrom(1, 2), kind: fc.string(), key: fc.string(), storedAt: fc.double(), value: fc.jsonValue(), lastFailure: fc.jsonValue() }));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(suffix, junk), fc.jsonValue(), async (entries, index) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set({
          ...Object.fromEntries(Object.entries(entries).map(([key, value]) => [`wayfinder-cache:entry:${key}`, value])),
          'wayfinder-cache:index': index,
        });
        const cache = createWikiCache();
        const stats = await cache.stats();
        const stored = await local();
        const left = Object.keys(stored).filter((key) => key.includes(':entry:'));
        // Everything left is counted by the index, so eviction and clearing reach it.
        expect(Object.values(stats.kinds).reduce((total, kind) => total + kind.entries, 0)).toBe(left.length);
        for (const key of left) expect(stored[key]).toMatchObject({ format: 2, kindVersion: 1 });
        await cache.get('teamPage', 'Trust and Safety');
        await cache.get('user', 'meta.wikimedia.org|Example');
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});

describe('format 2', () => {
  it('round trips: what is stored is read back by a restarted cache, in the documented shape', async () => {
    const clock = capturedAt;
    const value = v1Storage[teamPageKey].value;
    await createWikiCache({ now: () => clock }).set('teamPage', 'Trust and Safety', value);
    const stored = await local();
    expect(stored[teamPageKey]).toEqual({ format: 2, kind: 'teamPage', kindVersion: 1, key: 'Trust and Safety', storedAt: clock, value, lastFailure: null });
    expect(stored['wayfinder-cache:index']).toEqual({
      format: 2,
      kindVersions: { pageFacts: 1, teamPage: 1, user: 1, grants: 1, registry: 1, siteNamespaces: 1 },
      records: { [teamPageKey]: { kind: 'teamPage', bytes: teamPageKey.length + JSON.stringify(stored[teamPageKey]).length, lastUsed: clock } },
    });
    expect(await createWikiCache({ now: () => clock }).get('teamPage', 'Trust and Safety')).toMatchObject({ status: 'fresh', value, lastFailure: null });
  });

  it('stores a kind’s raised version in its entries', async () => {
    const cache = createCache({ note: { ttlMs: hour, schema: z.object({ text: z.string() }), version: 3 } });
    await cache.set('note', 'a', { text: 'three' });
    expect((await local())['wayfinder-cache:entry:note:a']).toMatchObject({ format: 2, kindVersion: 3 });
    expect(await createCache({ note: { ttlMs: hour, schema: z.object({ text: z.string() }), version: 3 } }).get('note', 'a')).toMatchObject({ value: { text: 'three' } });
  });
});
