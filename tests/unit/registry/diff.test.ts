import { describe, expect, it } from 'vitest';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { diffRegistries } from '../../../utils/registry/diff';
import type { Registry } from '../../../utils/registry/schema';

const builtin = loadBuiltinRegistry();

function edited(change: (registry: Registry) => void): Registry {
  const copy = structuredClone(builtin) as Registry;
  change(copy);
  return copy;
}

const trustAndSafety = (registry: Registry) => registry.teams.find((team) => team.id === 'team:trust-and-safety')!;

describe('diffRegistries', () => {
  it('finds nothing between a registry and its copy', () => {
    const diff = diffRegistries(builtin, edited(() => undefined));
    expect(diff).toMatchObject({ changedShare: 0, large: false, contacts: { changed: [] } });
    expect(diff.teams).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reports a small, ordinary edit without flagging it', () => {
    const diff = diffRegistries(builtin, edited((registry) => {
      trustAndSafety(registry).note = 'Reworded note.';
      registry.teams.push({ ...trustAndSafety(registry), id: 'team:new-team', contacts: { emails: [], talkPages: [], phabricatorTags: [], chatChannels: [] } });
    }));
    expect(diff.teams).toEqual({ added: ['team:new-team'], removed: [], changed: ['team:trust-and-safety'] });
    expect(diff.large).toBe(false);
  });

  it('flags one team’s contacts replaced only when it touches enough contact lists', () => {
    const one = diffRegistries(builtin, edited((registry) => {
      trustAndSafety(registry).contacts.emails = [{ address: 'wikimedia-l@lists.wikimedia.org', purpose: 'Anything' }];
    }));
    expect(one.contacts.changed).toEqual(['team:trust-and-safety']);
    expect(one.large).toBe(false);
  });

  it('flags every contact replaced at once', () => {
    const diff = diffRegistries(builtin, edited((registry) => {
      for (const team of registry.teams) team.contacts = { emails: [{ address: 'wikimedia-l@lists.wikimedia.org', purpose: 'All' }], talkPages: [], phabricatorTags: [], chatChannels: [] };
    }));
    expect(diff.contacts.before).toBeGreaterThanOrEqual(4);
    expect(diff.large).toBe(true);
  });

  it('flags most entities removed', () => {
    const diff = diffRegistries(builtin, edited((registry) => {
      registry.rules = registry.rules.slice(0, 5);
    }));
    expect(diff.rules.removed.length).toBe(builtin.rules.length - 5);
    expect(diff.large).toBe(true);
  });

  it('does not care about key order', () => {
    const reordered = edited((registry) => {
      registry.teams = registry.teams.map((team) => Object.fromEntries(Object.entries(team).reverse()) as typeof team);
    });
    expect(diffRegistries(builtin, reordered).teams.changed).toEqual([]);
  });
});
