import { describe, expect, it } from 'vitest';
import { reportOutdatedHref, sourcesView, talkPageTitle } from '../../../utils/view/sources';
import { builtinRegistry, trustAndSafetyOwnership } from './fixtures';

describe('talkPageTitle', () => {
  it.each([
    ['Meta:Wiki Wayfinder/Registry.json', 'meta.wikimedia.org', 'Meta talk:Wiki Wayfinder/Registry.json'],
    ['Project:Wiki Wayfinder/Registry.json', 'meta.wikimedia.org', 'Meta talk:Wiki Wayfinder/Registry.json'],
    ['Wiki Wayfinder/Registry.json', 'meta.wikimedia.org', 'Talk:Wiki Wayfinder/Registry.json'],
    ['User:Example/registry.json', 'www.mediawiki.org', 'User talk:Example/registry.json'],
    ['Grants talk:Start', 'meta.wikimedia.org', 'Grants talk:Start'],
    ['Special:Version', 'meta.wikimedia.org', null],
    ['Anything', 'example.org', null],
  ])('%s on %s → %s', (title, host, expected) => {
    expect(talkPageTitle(title, host)).toBe(expected);
  });
});

describe('reportOutdatedHref', () => {
  it('opens a preloaded new section on the registry talk page', () => {
    const href = reportOutdatedHref({ host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json' }, 'Outdated information for Support & Safety');
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe('https://meta.wikimedia.org/w/index.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      title: 'Meta talk:Wiki Wayfinder/Registry.json',
      action: 'edit',
      section: 'new',
      preloadtitle: 'Outdated information for Support & Safety',
    });
  });

  it('gives no link for a registry page that has no talk page', () => {
    expect(reportOutdatedHref({ host: 'meta.wikimedia.org', title: 'Special:Blank' }, 'x')).toBeNull();
  });
});

describe('sourcesView', () => {
  const input = { sources: trustAndSafetyOwnership.sources, registryPage: { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json' }, reportTitle: 'x', language: 'en' };

  it.each([
    { msg: 'built-in', status: builtinRegistry, registry: { key: 'wayfinder-sources-registry-built-in', params: ['2026-11-01'] }, href: null },
    {
      msg: 'on-wiki',
      status: { ...builtinRegistry, source: 'on-wiki' as const, onWiki: { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json', revisionId: 42, user: 'Editor', timestamp: '2026-11-02T10:00:00Z' } },
      registry: { key: 'wayfinder-sources-registry-on-wiki', params: [42, 'Editor', 'Nov 2, 2026, 10:00 AM'] },
      href: 'https://meta.wikimedia.org/w/index.php?oldid=42',
    },
    {
      msg: 'on-wiki with a hidden author',
      status: { ...builtinRegistry, source: 'on-wiki' as const, onWiki: { host: 'meta.wikimedia.org', title: 'R', revisionId: 7, user: null, timestamp: '2026-11-02' } },
      registry: { key: 'wayfinder-sources-registry-on-wiki-hidden-user', params: [7, 'Nov 2, 2026'] },
      href: 'https://meta.wikimedia.org/w/index.php?oldid=7',
    },
  ])('names the registry in use: $msg', ({ status, registry, href }) => {
    const view = sourcesView({ ...input, status });
    expect(view.registry).toEqual(registry);
    expect(view.registryHref).toBe(href);
  });

  it('lists each source with its verified date, and states large changes with their author', () => {
    const view = sourcesView({ ...input, status: { ...builtinRegistry, largeChange: { revisionId: 9, user: 'Vandal', changedTeams: 12, changedContacts: 3 } } });
    expect(view.sources[0]).toEqual({ label: 'Support and Safety', href: 'https://meta.wikimedia.org/wiki/Support_and_Safety', verified: 'Nov 1, 2026' });
    expect(view.largeChange).toEqual({ key: 'wayfinder-sources-large-change', params: [9, 'Vandal', 12, 3] });
  });

  const kept = { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json', revisionId: 42, user: 'Editor', timestamp: '2026-11-02T10:00:00Z' };
  it.each([
    { msg: 'when the deletion log says when', at: '2026-11-25T08:30:00Z', deleted: { key: 'wayfinder-sources-registry-deleted', params: ['Nov 25, 2026', 42] } },
    { msg: 'when it does not', at: null, deleted: { key: 'wayfinder-sources-registry-gone', params: [42] } },
  ])('says the registry page was deleted and its last good copy is still used, $msg', ({ at, deleted }) => {
    const view = sourcesView({ ...input, status: { ...builtinRegistry, source: 'on-wiki', onWiki: kept, deleted: { at } } });
    expect(view.deleted).toEqual(deleted);
    expect(view.registry).toEqual({ key: 'wayfinder-sources-registry-on-wiki', params: [42, 'Editor', 'Nov 2, 2026, 10:00 AM'] });
    // Readers cannot open a deleted page's revisions.
    expect(view.registryHref).toBeNull();
  });

  it('has nothing to say of a page that never existed', () => {
    expect(sourcesView({ ...input, status: builtinRegistry }).deleted).toBeNull();
  });
});
