import { describe, expect, it } from 'vitest';
import { diffRegistries } from '../../../utils/registry/diff';
import { registryLimits } from '../../../utils/registry/limits';
import { mergeRegistries } from '../../../utils/registry/merge';
import { parseRegistryJson } from '../../../utils/registry/parse';
import type { RegistryInput } from '../../../utils/registry/schema';
import {
  buildRegistry,
  liaisonInput,
  programmeInput,
  registryInput,
  revision,
  ruleInput,
  successorInput,
  teamInput,
} from './fixtures';

/** A small sound registry; each hostile case changes one thing in a fresh copy. */
function sound(): RegistryInput {
  return registryInput({
    teams: [
      teamInput('old', { status: 'historical', successors: [successorInput('new')] }),
      teamInput('new', {
        contacts: { emails: [{ address: 'ca@wikimedia.org', purpose: 'General' }] },
        links: [{ url: 'https://meta.wikimedia.org/wiki/Trust_and_Safety', title: 'Team page', type: 'page' }],
      }),
      teamInput('other', { contacts: { emails: [{ address: 'comdevteam@wikimedia.org', purpose: 'General' }] } }),
    ],
    rules: [ruleInput('old-pages', 'old', { kind: 'prefix', prefix: 'Support and Safety' })],
    programmes: [programmeInput('fund', { team: 'team:new', page: { host: 'meta.wikimedia.org', title: 'Grants:Start' } })],
    liaisons: [liaisonInput('someone', { username: 'Someone (WMF)', teams: ['team:new'] })],
    quickLinks: [{ id: 'link:start', label: 'Start', url: 'https://meta.wikimedia.org/wiki/Grants:Start' }],
  });
}

type Mutable = { teams: Record<string, unknown>[]; rules: Record<string, unknown>[] } & Record<string, unknown>;

function variant(change: (registry: Mutable) => void): string {
  const copy = structuredClone(sound()) as unknown as Mutable;
  change(copy);
  return JSON.stringify(copy);
}

function firstTeam(registry: Mutable): Record<string, unknown> {
  return registry.teams[0]!;
}

function withSourceUrl(url: string): string {
  return variant((registry) => {
    firstTeam(registry).sources = [{ url }];
  });
}

function withUsername(username: string): string {
  return variant((registry) => {
    (registry.liaisons as Record<string, unknown>[])[0]!.username = username;
  });
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function manyTeams(count: number): string {
  return JSON.stringify(registryInput({ teams: Array.from({ length: count }, (_, index) => teamInput(`t${index}`)) }));
}

const hostile: [string, string, RegExp][] = [
  ['javascript: source link', withSourceUrl('javascript:alert(1)'), /sources\[0\]\.url: must be an https link/],
  ['upper-case JAVASCRIPT: quick link', variant((r) => ((r.quickLinks as Record<string, unknown>[])[0]!.url = 'JAVASCRIPT:alert(1)')), /quickLinks\[0\] \(link:start\)\.url/],
  ['data: link', withSourceUrl('data:text/html,<script>alert(1)</script>'), /must be an https link/],
  ['http: link', withSourceUrl('http://meta.wikimedia.org/wiki/Grants:Start'), /must be an https link/],
  ['mailto: link', withSourceUrl('mailto:ca@wikimedia.org'), /must be an https link/],
  ['protocol-relative link', withSourceUrl('//evil.example/'), /must be an https link/],
  ['non-Wikimedia host', withSourceUrl('https://evil.example/wiki/Grants:Start'), /must be an https link/],
  ['look-alike host', withSourceUrl('https://meta.wikimedia.org.evil.example/'), /must be an https link/],
  ['credentials before the host', withSourceUrl('https://meta.wikimedia.org@evil.example/'), /must be an https link/],
  ['explicit port', withSourceUrl('https://meta.wikimedia.org:8443/wiki/Grants:Start'), /must be an https link/],
  ['backslash host trick', withSourceUrl('https://evil.example\\@meta.wikimedia.org/'), /must be an https link/],
  ['newline inside a link', withSourceUrl('https://meta.wikimedia.org/wiki/A\nB'), /must be an https link/],
  ['Phabricator host used as a wiki', variant((r) => (firstTeam(r).teamPage = { host: 'phabricator.wikimedia.org', title: 'X' })), /teamPage\.host: must be the host of a Wikimedia wiki/],
  ['script tag in a team name', variant((r) => (firstTeam(r).name = '<script>alert(1)</script>')), /name: must not contain < or >/],
  ['img onerror in a note', variant((r) => (firstTeam(r).note = 'Hi <img src=x onerror=alert(1)>')), /note: must not contain < or >/],
  ['HTML in a liaison role', variant((r) => ((r.liaisons as Record<string, unknown>[])[0]!.role = '<b>boss</b>')), /role: must not contain < or >/],
  ['HTML in a quick link label', variant((r) => ((r.quickLinks as Record<string, unknown>[])[0]!.label = '<a href=x>x</a>')), /label: must not contain < or >/],
  ['right-to-left override in a username', withUsername('Admin\u202E(FMW)'), /username: must not contain zero-width or direction characters/],
  ['zero-width space in a username', withUsername('Some\u200Bone (WMF)'), /username: must not contain zero-width/],
  ['byte-order mark in a username', withUsername('\uFEFFSomeone (WMF)'), /username: must not contain zero-width/],
  ['left-to-right mark in a username', withUsername('Someone\u200E (WMF)'), /username: must not contain zero-width/],
  ['directional isolate in a team name', variant((r) => (firstTeam(r).name = 'Trust \u2066and\u2069 Safety')), /name: must not contain control, direction-override/],
  ['NUL character in a name', variant((r) => (firstTeam(r).name = 'Trust\u0000Safety')), /name: must not contain control/],
  ['slash in a username', withUsername('Someone/sub'), /username: must be a username/],
  ['5 MB page', JSON.stringify({ ...sound(), padding: 'x'.repeat(5 * 1024 * 1024) }), /larger than the 512 KB limit/],
  ['10,000 teams', manyTeams(10_000), /larger than the 512 KB limit/],
  ['too many teams for the list cap', manyTeams(registryLimits.list.teams + 1), /teams: .*500/],
  ['100,000 nested arrays', nested(100_000), /nested deeper than 12 levels/],
  ['nesting just past the cap', nested(registryLimits.nestingDepth + 1), /nested deeper/],
  ['successor cycle', variant((r) => (r.teams[1]!.successors = [successorInput('old')])), /Successors form a cycle: team:old → team:new → team:old/],
  ['team succeeding itself', variant((r) => (r.teams[2]!.successors = [successorInput('other')])), /Successors form a cycle: team:other → team:other/],
  ['parent cycle', variant((r) => { r.teams[1]!.parent = 'team:other'; r.teams[2]!.parent = 'team:new'; }), /Parent teams form a cycle/],
  ['programme replacement cycle', variant((r) => ((r.programmes as Record<string, unknown>[])[0]!.replaces = ['programme:fund'])), /Programme replacements form a cycle/],
  ['dangling rule owner', variant((r) => (r.rules[0]!.owner = 'team:ghost')), /Rule rule:old-pages names the owner team:ghost, which is not in the registry/],
  ['dangling successor', variant((r) => (r.teams[0]!.successors = [successorInput('ghost')])), /successor team:ghost, which is not in the registry/],
  ['dangling liaison team', variant((r) => ((r.liaisons as Record<string, unknown>[])[0]!.teams = ['team:ghost'])), /Liaison liaison:someone names the team team:ghost/],
  ['duplicate team ids', variant((r) => r.teams.push(teamInput('new'))), /The team id team:new is used more than once/],
  ['unknown top-level field', variant((r) => (r.extra = true)), /Unrecognized key.*extra/],
  ['unknown team field', variant((r) => (firstTeam(r).onclick = 'alert(1)')), /teams\[0\] \(team:old\): Unrecognized key.*onclick/],
  // Written into the text: assigning __proto__ in code would set the prototype, not a key.
  ['prototype pollution key', JSON.stringify(sound()).replace('"id":"team:old"', '"__proto__":{"admin":true},"id":"team:old"'), /Unrecognized key.*__proto__/],
  ['number as a name', variant((r) => (firstTeam(r).name = 42)), /name: Invalid input: expected string/],
  ['teams not a list', variant((r) => (r.teams = { a: 1 } as never)), /teams: Invalid input: expected array/],
  ['unknown schema version', variant((r) => (r.version = 3)), /version/],
  ['100,000-character name', variant((r) => (firstTeam(r).name = 'A'.repeat(100_000))), /name: must be at most 120 characters/],
  ['truncated JSON', JSON.stringify(sound()).slice(0, 200), /not valid JSON/],
  ['JSON null', 'null', /expected object/],
  ['contact outside the Foundation', variant((r) => (r.teams[1]!.contacts = { emails: [{ address: 'reports@evil.example', purpose: 'Reports' }] })), /address: must be an address at wikimedia\.org/],
  ['not an e-mail address', variant((r) => (r.teams[1]!.contacts = { emails: [{ address: 'not-an-address', purpose: 'x' }] })), /must be an e-mail address/],
  ['impossible date', variant((r) => (firstTeam(r).verified = '2026-02-30')), /verified: must be a date written YYYY-MM-DD/],
  ['malformed id', variant((r) => (firstTeam(r).id = 'team:Foo Bar')), /id: must look like team:lower-case-words/],
  ['unknown rule kind', variant((r) => (r.rules[0]!.match = { kind: 'regex', pattern: '.*' })), /match/],
  ['title MediaWiki would reject', variant((r) => (r.rules[0]!.match = { kind: 'prefix', prefix: 'Grants:' })), /Rule rule:old-pages: title "Grants:" is not a valid page title/],
  ['rule on a non-wiki host', variant((r) => (r.rules[0]!.wiki = 'evil.example')), /wiki: must be the host of a Wikimedia wiki/],
  ['claim without a source', variant((r) => (firstTeam(r).sources = [])), /sources: must list at least one source/],
];

describe('hostile on-wiki registries', () => {
  it('has at least 30 cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it('accepts the sound registry the cases start from', () => {
    expect(parseRegistryJson(JSON.stringify(sound()), revision)).toMatchObject({ ok: true, warnings: [] });
  });

  it.each(hostile)('refuses %s with a readable reason', (_name, raw, reason) => {
    const result = parseRegistryJson(raw, revision);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.join('\n')).toMatch(reason);
    expect(result.reasons.length).toBeLessThanOrEqual(registryLimits.reasons + 1);
  });

  it('refuses a 5 MB page without parsing it', () => {
    const started = performance.now();
    parseRegistryJson(`[${'1,'.repeat(2_600_000)}1]`, revision);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps the number of reasons for a page with thousands of problems', () => {
    const raw = JSON.stringify(registryInput({ teams: Array.from({ length: 400 }, (_, index) => teamInput(`t${index}`, { name: '<b>' })) }));
    const result = parseRegistryJson(raw, revision);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reasons.at(-1)).toMatch(/and 380 more problems/);
  });

  it('refuses revision data with a bad host', () => {
    const result = parseRegistryJson(JSON.stringify(sound()), { ...revision, source: { host: 'evil.example', title: 'X' } });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reasons[0]).toMatch(/^Revision data: source\.host/);
  });
});

describe('hostile on-wiki registries merged over a base', () => {
  const base = buildRegistry(sound());

  it.each<[string, Partial<RegistryInput>, RegExp]>([
    ['removing and defining the same id', { remove: ['team:other'], teams: [teamInput('other')] }, /both removes and defines team:other/],
    ['removing a team that rules still name', { remove: ['team:old'] }, /Rule rule:old-pages names the owner team:old, which is not in the registry/],
    ['one id defined twice in the overlay', { teams: [teamInput('new'), teamInput('new')] }, /team:new is used more than once/],
    ['a successor cycle through the base', { teams: [teamInput('new', { status: 'historical', successors: [successorInput('old')] })] }, /Successors form a cycle/],
  ])('refuses %s', (_name, overlay, reason) => {
    const result = parseRegistryJson(JSON.stringify(registryInput(overlay)), revision, { base });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reasons.join('\n')).toMatch(reason);
  });

  it('accepts a vandalised but valid page that replaces every contact, and flags it as large', () => {
    const vandalised = registryInput({
      teams: [
        teamInput('new', { contacts: { emails: [{ address: 'wikimedia-l@lists.wikimedia.org', purpose: 'General' }] } }),
        teamInput('other', { contacts: { emails: [{ address: 'wikimedia-l@lists.wikimedia.org', purpose: 'General' }] } }),
      ],
    });
    const parsed = parseRegistryJson(JSON.stringify(vandalised), revision, { base });
    expect(parsed).toMatchObject({ ok: true, revision: { revisionId: 12345, user: 'Example editor' } });
    if (!parsed.ok) return;
    const merged = mergeRegistries(base, parsed.registry);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const diff = diffRegistries(base, merged.registry);
    expect(diff.contacts).toEqual({ changed: ['team:new', 'team:other'], before: 2 });
    expect(diff.large).toBe(true);
  });
});
