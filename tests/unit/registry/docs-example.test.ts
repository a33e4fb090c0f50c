import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { mergeRegistries } from '../../../utils/registry/merge';
import { parseRegistryJson } from '../../../utils/registry/parse';
import { revision } from './fixtures';

const documentation = readFileSync(new URL('../../../docs/REGISTRY.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)```/.exec(documentation)?.[1] ?? '';

describe('the editing example in docs/REGISTRY.md', () => {
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
