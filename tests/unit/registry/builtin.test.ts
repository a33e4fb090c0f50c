import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../utils/page/title';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import registryJson from '../../../utils/registry/builtin/registry.json';
import { checkIntegrity } from '../../../utils/registry/integrity';
import { parseRegistryJson } from '../../../utils/registry/parse';
import { registrySchema } from '../../../utils/registry/schema';
import { revision } from './fixtures';

const registry = loadBuiltinRegistry();
const byId = new Map<string, { status?: string; certainty?: string }>(
  [...registry.teams, ...registry.programmes].map((entity) => [entity.id, entity]),
);
const team = (id: string) => registry.teams.find((entry) => entry.id === id);
const programme = (id: string) => registry.programmes.find((entry) => entry.id === id);

describe('the built-in registry', () => {
  it('passes the schema and the integrity checks', () => {
    expect(registrySchema.safeParse(registryJson).success).toBe(true);
    expect(checkIntegrity(registry)).toEqual([]);
  });

  it('would also pass as an on-wiki page', () => {
    expect(parseRegistryJson(JSON.stringify(registryJson), revision)).toMatchObject({ ok: true, warnings: [] });
  });

  it.each([
    ...registry.teams.map((entry) => ['team', entry.id, entry] as const),
    ...registry.programmes.map((entry) => ['programme', entry.id, entry] as const),
    ...registry.liaisons.map((entry) => ['liaison', entry.id, entry] as const),
    ...registry.rules.map((entry) => ['rule', entry.id, entry] as const),
    ...registry.teams.flatMap((entry) => entry.successors.map((step) => ['successor of', entry.id, step] as const)),
  ])('gives the %s %s a source and a verified date', (_kind, _id, entity) => {
    expect(entity.sources.length).toBeGreaterThan(0);
    expect(entity.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('links every wiki source in its canonical URL form', () => {
    const urls = [
      ...[...registry.teams, ...registry.programmes, ...registry.liaisons, ...registry.rules, ...registry.bodies].flatMap((entity) => entity.sources),
      ...registry.teams.flatMap((entry) => [...entry.successors.flatMap((step) => step.sources), ...entry.links]),
    ].map((source) => new URL(source.url));
    for (const url of urls.filter((entry) => entry.pathname.startsWith('/wiki/'))) {
      const title = decodeURIComponent(url.pathname.slice('/wiki/'.length)).replace(/_/g, ' ');
      expect(pageUrl({ host: url.hostname }, title)).toBe(url.href);
    }
    expect(new Set(urls.map((url) => url.hostname))).toEqual(
      new Set([
        'meta.wikimedia.org', 'www.mediawiki.org', 'outreach.wikimedia.org', 'foundation.wikimedia.org', 'en.wikinews.org', 'en.wikibooks.org',
        'diff.wikimedia.org', 'lists.wikimedia.org', 'phabricator.wikimedia.org', 'capx.toolforge.org',
      ]),
    );
  });

  // A username only where a source names both the person and the account (docs/REGISTRY.md).
  const sourcedUsernames: Record<string, string> = {
    'Erica Litrenta': 'Elitre (WMF)',
    'Szymon Grabarczuk': 'SGrabarczuk (WMF)',
    'Sandister Tei': 'STei (WMF)',
  };

  it('invents no usernames: each one it has is named by one of its sources, the others are null', () => {
    expect(Object.fromEntries(registry.liaisons.map((liaison) => [liaison.name, liaison.username]))).toEqual(
      Object.fromEntries(registry.liaisons.map((liaison) => [liaison.name, sourcedUsernames[liaison.name] ?? null])),
    );
    for (const liaison of registry.liaisons.filter((entry) => entry.username !== null)) {
      const account = `User:${liaison.username}`;
      const named = liaison.sources.some((source) => decodeURIComponent(source.url).replace(/_/g, ' ').endsWith(account) || (source.title ?? '').includes(account));
      expect(named, liaison.name).toBe(true);
    }
  });

  it('names all twelve Community Relations Specialists of the May 2023 list', () => {
    expect(registry.liaisons.map((liaison) => liaison.name)).toEqual([
      'Erica Litrenta', 'Johan Jönsson', 'Benoît Evellin', 'Szymon Grabarczuk', 'Luca Martinelli', 'Uzoma Ozurumba',
      'Amal Ramadan', 'Sherry Snyder', 'Sandister Tei', 'Benedict Udeh', 'Nick Wilson', 'Rosa Zamora',
    ]);
  });

  it.each([
    ['The Wikipedia Library’s current owner', team('team:the-wikipedia-library')?.successors[0]?.certainty, 'indirect'],
    ['IdeaLab’s status', programme('programme:idealab')?.status, 'unknown'],
    ['whether the Technology Fund launched', programme('programme:wikimedia-technology-fund')?.status, 'unknown'],
    ['whether CR&S still exists (last seen in January 2025)', team('team:community-resilience-and-sustainability')?.certainty, 'indirect'],
    ['the Community Relations Specialists’ placement after May 2023', team('team:community-relations-specialists')?.departmentAsOf, '2023-05'],
    ['Developer Relations’ successor', team('team:ce-developer-relations')?.successors[0]?.certainty, 'unverified'],
    ['Learning and Evaluation’s path to Movement Insights', team('team:global-data-and-insights')?.successors[0]?.certainty, 'indirect'],
    ['any team’s chat channel', registry.teams.flatMap((entry) => entry.contacts.chatChannels).length, 0],
  ])('keeps %s as unknown or uncertain as the facts are', (_fact, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['programme:rapid-fund', ['programme:rapid-grants']],
    ['programme:general-support-fund', ['programme:project-grants', 'programme:annual-plan-grants', 'programme:simple-apg']],
    ['programme:conference-and-event-fund', ['programme:conference-and-events-grants']],
    ['programme:movement-strategy-implementation-grants', ['programme:movement-strategy-rapid-grants']],
    ['programme:project-grants', ['programme:individual-engagement-grants']],
  ])('records that %s replaced %j', (id, replaced) => {
    expect(programme(id)?.replaces).toEqual(replaced);
  });

  it.each([
    ['programme:travel-and-participation-support', 'historical'],
    ['programme:individual-engagement-grants', 'historical'],
    ['programme:rapid-grants', 'historical'],
    ['programme:wikimedia-community-fund', 'active'],
    ['programme:wikimedia-alliances-fund', 'historical'],
    ['programme:movement-strategy-implementation-grants', 'historical'],
    ['programme:wikimedia-research-fund', 'active'],
  ])('gives %s the status %s', (id, status) => {
    expect(byId.get(id)?.status).toBe(status);
  });

  it('offers the quick links the facts name', () => {
    expect(registry.quickLinks.map((link) => link.url)).toEqual([
      'https://meta.wikimedia.org/wiki/Grants:Start',
      'https://meta.wikimedia.org/wiki/Wikimedia_Foundation/Legal/Community_Resilience_and_Sustainability/Trust_and_Safety',
      'https://meta.wikimedia.org/wiki/Community_Relations_Specialists',
      'https://meta.wikimedia.org/wiki/Tech/News',
      'https://meta.wikimedia.org/wiki/Tech/Ambassadors',
      'https://phabricator.wikimedia.org/',
    ]);
  });

  it('keeps legacy grant addresses out of the contacts', () => {
    const addresses = [...registry.teams.flatMap((entry) => entry.contacts.emails), ...registry.programmes.flatMap((entry) => entry.contacts)].map(
      (email) => email.address,
    );
    expect(addresses.filter((address) => /^(projectgrants|simple|participation)@/.test(address))).toEqual([]);
    // §7 adds rapidgrants@ and fdcsupport@ to the legacy addresses: never current either.
    expect(addresses.filter((address) => /^(rapidgrants|fdcsupport)@/i.test(address))).toEqual([]);
  });

  it.each([
    ['team:community-relations-specialists', 'movementcomms@wikimedia.org', 'https://meta.wikimedia.org/wiki/Community_Relations_Specialists/pl'],
    ['team:movement-insights', 'osefu@wikimedia.org', 'https://meta.wikimedia.org/wiki/Movement_Insights'],
  ])('gives %s the address its own page gives, %s, with that page as source', (id, address, sourceUrl) => {
    const email = team(id)?.contacts.emails.find((entry) => entry.address === address);
    expect(email?.sources?.map((source) => source.url)).toContain(sourceUrl);
  });
});
