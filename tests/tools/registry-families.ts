import { teamOutcome } from '../../utils/ownership/graph/team-outcome';
import type { PreparedRegistry } from '../../utils/registry/prepare';
import type { Rule, RuleMatch } from '../../utils/registry/schema';

// The table of page families in docs/REGISTRY.md ("Page families: every built-in rule"), made
// from the built-in registry so the documentation cannot drift from it:
// tests/unit/registry/docs-families.test.ts compares the two, and
// `npx tsx tests/tools/registry-families.ts` prints the table to paste.

export const familiesStart = '<!-- families:start (made by tests/tools/registry-families.ts) -->';
export const familiesEnd = '<!-- families:end -->';

function pagesOf(match: RuleMatch): string {
  switch (match.kind) {
    case 'exact':
      return match.titles.map((title) => `\`${title}\``).join(', ');
    case 'prefix':
      return `\`${match.prefix}\` and its subpages`;
    case 'namespace':
      return `namespace ${match.namespace}`;
    case 'category':
      return `pages in \`${match.category}\``;
    case 'template':
      return `pages that use \`${match.template}\``;
    case 'link':
      return `pages that link \`${match.target}\``;
  }
}

function answerOf(rule: Rule, prepared: PreparedRegistry): string {
  if (rule.owner === null) {
    const body = rule.runBy === undefined ? undefined : prepared.bodies.get(rule.runBy);
    return body === undefined ? 'no Foundation team (unknown)' : `run by ${body.name}`;
  }
  const outcome = teamOutcome(prepared, rule.owner);
  const team = prepared.teams.get(rule.owner)?.name ?? rule.owner;
  switch (outcome.kind) {
    case 'owned':
      return outcome.owner.id === rule.owner ? team : `${outcome.owner.name}, from ${team} (${outcome.certainty})`;
    case 'split':
      return `${team}: split, ${outcome.successorMap.entries.length} parts`;
    case 'unknown':
      return `${team}: owner now unknown`;
  }
}

/** Markdown cells may hold no pipe and no line break. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function familiesTable(prepared: PreparedRegistry, rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const source = rule.sources[0];
    const cited = source === undefined ? '—' : `[${cell(source.title ?? source.url)}](${source.url})`;
    return `| ${cell(pagesOf(rule.match))} | ${cell(answerOf(rule, prepared))} | ${rule.certainty} | ${cited}, ${rule.verified} |`;
  });
  return ['| pages | answer now | rule | source, verified |', '|---|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadBuiltinRegistry } = await import('../../utils/registry/builtin/builtin-registry');
  const { prepareRegistry } = await import('../../utils/registry/prepare');
  const builtin = loadBuiltinRegistry();
  console.log(familiesTable(prepareRegistry(builtin), builtin.rules));
}
