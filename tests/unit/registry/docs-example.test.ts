import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teamOutcome } from '../../../utils/ownership/graph/team-outcome';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { mergeRegistries } from '../../../utils/registry/merge';
import { parseRegistryJson } from '../../../utils/registry/parse';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { teamSchema, type Team } from '../../../utils/registry/schema';
import { revision } from './fixtures';

const documentation = readFileSync(new URL('../../../docs/REGISTRY.md', import.meta.url), 'utf8');

/** The text of one `## ` section, up to the next one. */
function section(heading: string): string {
  const start = documentation.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/REGISTRY.md has no section "${heading}"`);
  const end = documentation.indexOf('\n## ', start + 1);
  return documentation.slice(start, end < 0 ? undefined : end);
}

const jsonBlocks = (text: string) => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('the editing example in docs/REGISTRY.md', () => {
  const example = jsonBlocks(section('Editing the on-wiki registry'))[0] ?? '';

  it('is accepted over the built-in registry and does what the text says', () => {
    const builtin = loadBuiltinRegistry();
    const parsed = parseRegistryJson(example, revision, { base: builtin });
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    if (!parsed.ok) return;
    const merged = mergeRegistries(builtin, parsed.registry);
    if (!merged.ok) throw new Error(merged.reasons.join(' '));
    expect(merged.registry.quickLinks.map((link) => link.id)).not.toContain('link:phabricator');
    expect(merged.registry.rules.at(-1)?.id).toBe('rule:trust-and-safety-case-review');
    expect(merged.registry.teams.find((team) => team.id === 'team:trust-and-safety')?.contacts.emails).toHaveLength(2);
  });
});

describe('the lineage graph in docs/REGISTRY.md', () => {
  const lineage = section('The lineage graph');
  const builtin = loadBuiltinRegistry();
  const builtinTeam = (id: string): Team => {
    const team = builtin.teams.find((candidate) => candidate.id === id);
    if (team === undefined) throw new Error(`${id} is not in the built-in registry`);
    return team;
  };
  // A cut-down team: every field it gives must be valid, and nothing unknown.
  const excerptSchema = teamSchema.partial().required({ id: true });
  const examples = jsonBlocks(lineage).map((text) => excerptSchema.parse(JSON.parse(text)));
  const urls = (sources: readonly { url: string }[] | undefined) => (sources ?? []).map((source) => source.url);

  it('shows an example of every kind of edge and of a dissolution', () => {
    const kinds = new Set(examples.flatMap((team) => (team.successors ?? []).map((edge) => edge.kind)));
    expect([...kinds].sort()).toEqual(['absorbed', 'merged', 'moved', 'renamed', 'split']);
    expect(examples.some((team) => team.dissolved !== undefined && (team.leaders ?? []).length > 0)).toBe(true);
    expect(examples.some((team) => team.parent === 'team:community-engagement')).toBe(true);
  });

  it.each(examples.map((team) => [team.id, team] as const))('shows %s as the built-in registry has it', (id, example) => {
    const team = builtinTeam(id);
    if (example.status !== undefined) expect(example.status).toBe(team.status);
    if (example.parent !== undefined) expect(example.parent).toBe(team.parent);
    if (example.activePeriod !== undefined && Object.keys(example.activePeriod).length > 0) expect(example.activePeriod).toEqual(team.activePeriod);
    if (example.leaders !== undefined && example.leaders.length > 0) expect(example.leaders).toEqual(team.leaders);
    if (example.successors !== undefined && example.successors.length > 0) {
      expect(example.successors.map(({ team: to, kind, from, to: until, verified, certainty }) => ({ to, kind, from, until, verified, certainty }))).toEqual(
        team.successors.map(({ team: to, kind, from, to: until, verified, certainty }) => ({ to, kind, from, until, verified, certainty })),
      );
      example.successors.forEach((edge, index) => expect(urls(team.successors[index]?.sources)).toEqual(expect.arrayContaining(urls(edge.sources))));
    }
    if (example.dissolved !== undefined) {
      const { sources, ...dissolved } = example.dissolved;
      expect(team.dissolved).toMatchObject(dissolved);
      expect(urls(team.dissolved?.sources)).toEqual(expect.arrayContaining(urls(sources)));
    }
  });

  it("gives Community Engagement's successor map as the resolver does", () => {
    const outcome = teamOutcome(prepareRegistry(builtin), 'team:community-engagement');
    expect(outcome.kind).toBe('split');
    if (outcome.kind !== 'split') return;
    const map = outcome.successorMap;
    expect(map).toMatchObject({ how: 'dissolved', date: '2019-11', partsMovedBy: '2020-01' });
    expect(lineage.replace(/\s+/g, ' ')).toContain(
      `dissolved on ${map.date}, parts moved by ${map.partsMovedBy}, with its three leaders, ${map.entries.length} parts and ${map.ownerCount} teams holding the work today`,
    );
    expect(map.leaders).toHaveLength(3);

    const header = '| part | earlier teams on that line | now | certainty | the way there |';
    const table = lineage.slice(lineage.indexOf(header)).split('\n\n')[0]!.split('\n').slice(2);
    const documented = table.map((row) => row.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '')).slice(0, 4));
    const resolved = map.entries.map((entry) => [
      entry.path.join(' › '),
      entry.earlier.join(', ') || '—',
      entry.owner === null ? 'unknown' : `${entry.owner.name}${entry.owner.department === null ? '' : ` (${entry.owner.department})`}`,
      entry.certainty,
    ]);
    expect(documented).toEqual(resolved);
  });
});
