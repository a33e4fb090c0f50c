import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import registryJson from '../../../utils/registry/builtin/registry.json';
import { followRegistry, keepLoadedRegistry, loadRegistry, storeFetchedRegistry } from '../../../utils/report/registry-store';

const source = { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json' };
const revision = (revisionId: number, user = 'Editor') => ({ revisionId, user, timestamp: '2026-11-24T10:00:00Z', source });
const trustAndSafety = registryJson.teams.find((team) => team.id === 'team:trust-and-safety')!;
const overlay = (teams: unknown[]) => JSON.stringify({ version: 1, updated: '2026-11-24', teams });
const now = '2026-11-24T12:00:00.000Z';

describe('registry store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the built-in registry until an on-wiki page is stored', async () => {
    const { status, prepared } = await loadRegistry();
    expect(status.source).toBe('built-in');
    expect(status.builtinVersion).toBe(registryJson.updated);
    expect(prepared.teams.get('team:trust-and-safety')?.name).toBe('Trust and Safety');
  });

  it('kept for the background: read from storage once, and again once a stored part has changed', async () => {
    const registry = keepLoadedRegistry();
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const first = await registry();
    const readsForOne = reads.mock.calls.length;
    expect(readsForOne).toBeGreaterThan(0);
    expect(await registry()).toBe(first);
    expect(reads.mock.calls.length).toBe(readsForOne);

    await storeFetchedRegistry({ raw: overlay([{ ...trustAndSafety, note: 'Edited on the wiki.' }]), revision: revision(101) }, now);
    await vi.waitUntil(async () => (await registry()) !== first);
    const next = await registry();
    expect(next.status.source).toBe('on-wiki');
    expect(next.prepared.teams.get('team:trust-and-safety')?.note).toBe('Edited on the wiki.');
  });

  it('followed by a page: delivered now, and again once the on-wiki copy is stored, until stopped', async () => {
    const delivered: string[] = [];
    const onFailed = vi.fn();
    const stop = followRegistry((loaded) => delivered.push(loaded.status.source), onFailed);
    await vi.waitUntil(() => delivered.length === 1);
    expect(delivered).toEqual(['built-in']);

    await storeFetchedRegistry({ raw: overlay([{ ...trustAndSafety, note: 'Edited on the wiki.' }]), revision: revision(101) }, now);
    await vi.waitUntil(() => delivered.at(-1) === 'on-wiki');

    stop();
    const before = delivered.length;
    // A second follower, still listening, shows when the first would have been told.
    const revisions: (number | undefined)[] = [];
    followRegistry((loaded) => revisions.push(loaded.status.onWiki?.revisionId), onFailed);
    await vi.waitUntil(() => revisions.length === 1);
    await storeFetchedRegistry({ raw: overlay([{ ...trustAndSafety, note: 'Edited again.' }]), revision: revision(102) }, now);
    await vi.waitUntil(() => revisions.at(-1) === 102);
    expect(delivered).toHaveLength(before);
    expect(onFailed).not.toHaveBeenCalled();
  });

  it('lays a valid on-wiki page over the built-in one, with its revision', async () => {
    const renamed = { ...trustAndSafety, note: 'Edited on the wiki.' };
    await storeFetchedRegistry({ raw: overlay([renamed]), revision: revision(101) }, now);
    const { status, prepared } = await loadRegistry();
    expect(status.source).toBe('on-wiki');
    expect(status.onWiki).toMatchObject({ revisionId: 101, user: 'Editor', host: 'meta.wikimedia.org' });
    expect(prepared.teams.get('team:trust-and-safety')?.note).toBe('Edited on the wiki.');
    expect(prepared.teams.size).toBe(registryJson.teams.length);
  });

  it('keeps the last good copy when a vandalised revision fails validation, and says why', async () => {
    await storeFetchedRegistry({ raw: overlay([{ ...trustAndSafety, note: 'Good.' }]), revision: revision(101) }, now);
    const hostile = { ...trustAndSafety, contacts: { ...trustAndSafety.contacts, emails: [{ address: 'javascript:alert(1)', purpose: 'x' }] } };
    await storeFetchedRegistry({ raw: overlay([hostile]), revision: revision(102, 'Vandal') }, now);
    const { status, prepared } = await loadRegistry();
    expect(status.source).toBe('on-wiki');
    expect(status.onWiki?.revisionId).toBe(101);
    expect(status.problem?.reasons.length).toBeGreaterThan(0);
    expect(status.problem?.keptRevisionId).toBe(101);
    expect(prepared.teams.get('team:trust-and-safety')?.note).toBe('Good.');
  });

  it('refuses a page that is not JSON and stays on the built-in registry', async () => {
    await storeFetchedRegistry({ raw: '{ not json', revision: revision(103) }, now);
    const { status } = await loadRegistry();
    expect(status.source).toBe('built-in');
    expect(status.problem?.reasons.join(' ')).toMatch(/JSON/);
  });

  it('uses a valid change of every contact but flags it with its revision and author', async () => {
    const teams = registryJson.teams
      .filter((team) => 'contacts' in team && team.contacts)
      .map((team) => ({ ...team, contacts: { emails: [{ address: 'replaced@wikimedia.org', purpose: 'All questions' }] } }));
    await storeFetchedRegistry({ raw: overlay(teams), revision: revision(104, 'Bold Editor') }, now);
    const { status } = await loadRegistry();
    expect(status.problem).toBeNull();
    expect(status.source).toBe('on-wiki');
    expect(status.largeChange).toMatchObject({ revisionId: 104, user: 'Bold Editor' });
    expect(status.largeChange?.changedContacts).toBeGreaterThanOrEqual(3);
  });

  it('ignores a corrupted stored copy instead of failing', async () => {
    await fakeBrowser.storage.local.set({ 'registry.lastGood': { raw: 42 } });
    expect((await loadRegistry()).status.source).toBe('built-in');
  });
});
