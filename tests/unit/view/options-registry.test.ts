import { describe, expect, it } from 'vitest';
import type { RegistryCheck } from '../../../utils/report/messages';
import { createRegistryPageHref, registryCheckView } from '../../../utils/view/options-registry';
import { builtinRegistry } from './fixtures';

const host = 'meta.wikimedia.org';
const title = 'Meta:Wiki Wayfinder/Registry.json';
const keptCopy = { ...builtinRegistry, source: 'on-wiki' as const, onWiki: { host, title, revisionId: 42, user: 'Editor', timestamp: '2026-11-02T10:00:00Z' } };
const view = (check: RegistryCheck) => registryCheckView(check, host, 'en');

describe('createRegistryPageHref', () => {
  it('opens the editor on the title, with the content model JSON', () => {
    const url = new URL(createRegistryPageHref(host, title)!);
    expect(url.origin + url.pathname).toBe('https://meta.wikimedia.org/w/index.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({ title, action: 'edit', model: 'json' });
  });

  it('links nowhere but a Wikimedia wiki', () => {
    expect(createRegistryPageHref('evil.example', title)).toBeNull();
  });
});

describe('registryCheckView', () => {
  it('says a page that never existed does not exist yet, and how to create it', () => {
    expect(view({ page: { status: 'missing', title, deletedAt: null }, inUse: null })).toEqual({
      message: { key: 'wayfinder-options-registry-check-missing', params: [] },
      tone: 'notice',
      createHref: createRegistryPageHref(host, title),
    });
  });

  it('says when a page with no copy kept was deleted, and offers to create it again', () => {
    expect(view({ page: { status: 'missing', title, deletedAt: '2026-11-25T08:30:00Z' }, inUse: builtinRegistry })).toMatchObject({
      message: { key: 'wayfinder-options-registry-check-deleted', params: ['Nov 25, 2026'] },
      tone: 'warning',
      createHref: createRegistryPageHref(host, title),
    });
  });

  it('names the copy still in use when the page the settings name was deleted', () => {
    const inUse = { ...keptCopy, deleted: { at: '2026-11-25T08:30:00Z' } };
    expect(view({ page: { status: 'missing', title, deletedAt: '2026-11-25T08:30:00Z' }, inUse })).toEqual({
      message: { key: 'wayfinder-options-registry-check-deleted-kept', params: ['Nov 25, 2026', 42] },
      tone: 'warning',
      createHref: null,
    });
    expect(view({ page: { status: 'missing', title, deletedAt: null }, inUse: { ...keptCopy, deleted: { at: null } } }).message).toEqual({
      key: 'wayfinder-options-registry-check-gone-kept',
      params: [42],
    });
  });

  it('does not name a copy in use that is not of the page checked', () => {
    // A refused page elsewhere keeps another page's copy in use; it is not "this page's" copy.
    expect(view({ page: { status: 'missing', title, deletedAt: null }, inUse: keptCopy }).message.key).toBe('wayfinder-options-registry-check-missing');
  });

  it('confirms a page that exists with its revision', () => {
    expect(view({ page: { status: 'found', title, revisionId: 8, user: 'Fixture Admin', timestamp: '2026-12-01T20:37:34Z' }, inUse: null })).toEqual({
      message: { key: 'wayfinder-options-registry-check-found', params: [8, 'Dec 1, 2026'] },
      tone: 'plain',
      createHref: null,
    });
  });

  it.each([
    ['invalid', { status: 'invalid', title: 'Meta:<x>' }, 'wayfinder-options-registry-check-invalid'],
    ['failed', { status: 'failed' }, 'wayfinder-options-registry-check-failed'],
  ] as const)('warns when the page is %s', (_, page, key) => {
    expect(view({ page, inUse: null })).toEqual({ message: { key, params: [] }, tone: 'warning', createHref: null });
  });
});
