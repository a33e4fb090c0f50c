import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import registryJson from '../../../utils/registry/builtin/registry.json';
import { loadRegistry, storeFetchedRegistry } from '../../../utils/report/registry-store';

// Issue 16, point 3: what the store keeps when the registry page the settings name does not
// exist. A deleted page keeps its last good copy in use and says so; a page that never existed
// (the normal case on a wiki without one) is the built-in registry, with nothing to warn about;
// a copy of another page is never presented as this page's.
const source = { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json' };
const revision = (revisionId: number, page = source) => ({ revisionId, user: 'Editor', timestamp: '2026-11-24T10:00:00Z', source: page });
const trustAndSafety = registryJson.teams.find((team) => team.id === 'team:trust-and-safety')!;
const overlay = (note: string) => JSON.stringify({ version: 2, updated: '2026-11-24', teams: [{ ...trustAndSafety, note }] });
const now = '2026-11-24T12:00:00.000Z';
const deletedAt = '2026-11-25T08:30:00Z';
const noteInUse = async () => (await loadRegistry()).prepared.teams.get('team:trust-and-safety')?.note;

describe('registry store, when the registry page does not exist', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the last good copy of a deleted page in use, and says when the page was deleted', async () => {
    await storeFetchedRegistry({ raw: overlay('Kept.'), revision: revision(101) }, now);
    await storeFetchedRegistry({ absent: source, deletedAt }, now);
    const { status } = await loadRegistry();
    expect(status).toMatchObject({ source: 'on-wiki', onWiki: { revisionId: 101, title: source.title }, deleted: { at: deletedAt }, problem: null });
    expect(await noteInUse()).toBe('Kept.');
  });

  it('keeps the copy too when the page is gone but the deletion log does not say when', async () => {
    await storeFetchedRegistry({ raw: overlay('Kept.'), revision: revision(101) }, now);
    await storeFetchedRegistry({ absent: source, deletedAt: null }, now);
    expect((await loadRegistry()).status).toMatchObject({ source: 'on-wiki', onWiki: { revisionId: 101 }, deleted: { at: null } });
  });

  it('uses the built-in registry, with nothing to warn about, when the page never existed', async () => {
    await storeFetchedRegistry({ absent: source, deletedAt: null }, now);
    expect((await loadRegistry()).status).toMatchObject({ source: 'built-in', onWiki: null, problem: null, largeChange: null, deleted: null });
  });

  it('drops a copy of another page rather than present it as the deleted page named now', async () => {
    const elsewhere = { host: 'meta.wikimedia.org', title: 'Meta:Elsewhere.json' };
    await storeFetchedRegistry({ raw: overlay('Of another page.'), revision: revision(7, elsewhere) }, now);
    await storeFetchedRegistry({ absent: source, deletedAt }, now);
    expect((await loadRegistry()).status).toMatchObject({ source: 'built-in', onWiki: null, deleted: null });
    expect(await noteInUse()).not.toBe('Of another page.');
  });

  it('tells the same title on another wiki apart', async () => {
    await storeFetchedRegistry({ raw: overlay('Meta’s.'), revision: revision(101) }, now);
    await storeFetchedRegistry({ absent: { ...source, host: 'www.mediawiki.org' }, deletedAt }, now);
    expect((await loadRegistry()).status).toMatchObject({ source: 'built-in', deleted: null });
  });

  it('forgets a refused revision that was deleted with the page, and keeps the copy it was refused over', async () => {
    await storeFetchedRegistry({ raw: overlay('Kept.'), revision: revision(101) }, now);
    await storeFetchedRegistry({ raw: '{ not json', revision: revision(102) }, now);
    expect((await loadRegistry()).status.problem).not.toBeNull();
    await storeFetchedRegistry({ absent: source, deletedAt }, now);
    expect((await loadRegistry()).status).toMatchObject({ onWiki: { revisionId: 101 }, problem: null, deleted: { at: deletedAt } });
  });

  it('no longer says the page was deleted once it is restored, or created again', async () => {
    await storeFetchedRegistry({ raw: overlay('Kept.'), revision: revision(101) }, now);
    await storeFetchedRegistry({ absent: source, deletedAt }, now);
    // Restored: the same revision again.
    await storeFetchedRegistry({ raw: overlay('Kept.'), revision: revision(101) }, now);
    expect((await loadRegistry()).status).toMatchObject({ onWiki: { revisionId: 101 }, deleted: null });

    await storeFetchedRegistry({ absent: source, deletedAt }, now);
    // Created again, with a new revision.
    await storeFetchedRegistry({ raw: overlay('Created again.'), revision: revision(105) }, now);
    expect((await loadRegistry()).status).toMatchObject({ onWiki: { revisionId: 105 }, deleted: null });
    expect(await noteInUse()).toBe('Created again.');
  });

  it('no longer calls the page deleted when it comes back with a refused revision: the refusal keeps the copy', async () => {
    await storeFetchedRegistry({ raw: overlay('Kept.'), revision: revision(101) }, now);
    await storeFetchedRegistry({ absent: source, deletedAt }, now);
    await storeFetchedRegistry({ raw: '{ not json', revision: revision(106) }, now);
    // The page exists again, so it is not "deleted"; the refusal is what keeps the copy in use.
    expect((await loadRegistry()).status).toMatchObject({ onWiki: { revisionId: 101 }, deleted: null, problem: { keptRevisionId: 101 } });
  });
});
