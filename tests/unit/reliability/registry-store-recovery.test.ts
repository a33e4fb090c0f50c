import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRegistry, storeFetchedRegistry } from '../../../utils/report/registry-store';
import { propertyRuns } from '../property-runs';

const source = (title: string) => ({ host: 'meta.wikimedia.org', title });
const revision = (revisionId: number, title = 'Meta:Wiki Wayfinder/Registry.json') => ({ revisionId, user: 'Editor', timestamp: '2026-11-24T10:00:00Z', source: source(title) });
const good = JSON.stringify({ version: 1, updated: '2026-11-24', quickLinks: [{ id: 'link:kept', label: 'Kept', url: 'https://meta.wikimedia.org/wiki/Grants:Start' }] });
const now = '2026-11-24T12:00:00.000Z';

describe('the registry store recovers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('clears a refusal once the settings point back at the copy in use', async () => {
    await storeFetchedRegistry({ raw: good, revision: revision(1) }, now);
    await storeFetchedRegistry({ raw: '{ broken', revision: revision(2, 'Meta:Elsewhere.json') }, now);
    expect((await loadRegistry()).status.problem).not.toBeNull();
    await storeFetchedRegistry({ raw: good, revision: revision(1) }, now);
    const { status } = await loadRegistry();
    expect(status.problem).toBeNull();
    expect(status.onWiki?.revisionId).toBe(1);
  });

  it('never throws, and keeps the last good copy, whatever pages arrive in whatever order', async () => {
    const page = fc.oneof(fc.constant(good), fc.string({ unit: 'binary', maxLength: 80 }), fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(page, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }), async (arrivals) => {
        fakeBrowser.reset();
        let lastGood: number | null = null;
        for (const [raw, revisionId] of arrivals) {
          await storeFetchedRegistry({ raw, revision: revision(revisionId) }, now);
          if (raw === good) lastGood = revisionId;
        }
        const { status, prepared } = await loadRegistry();
        expect(status.onWiki?.revisionId ?? null).toBe(lastGood);
        expect(prepared.registry.quickLinks.some((link) => link.id === 'link:kept')).toBe(lastGood !== null);
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('ignores corrupted stored entries instead of failing', async () => {
    await fakeBrowser.storage.local.set({ 'registry.lastGood': { raw: good, revision: 'x' }, 'registry.problem': 7, 'registry.largeChange': [] });
    const { status } = await loadRegistry();
    expect(status).toMatchObject({ source: 'built-in', problem: null, largeChange: null });
    await storeFetchedRegistry({ raw: good, revision: revision(3) }, now);
    expect((await loadRegistry()).status.onWiki?.revisionId).toBe(3);
  });
});
