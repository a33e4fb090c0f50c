import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { familiesEnd, familiesStart, familiesTable } from '../../tools/registry-families';

const documentation = readFileSync(new URL('../../../docs/REGISTRY.md', import.meta.url), 'utf8');

describe('the page families in docs/REGISTRY.md', () => {
  it('list every built-in rule with its answer now and its source, as the registry has them', () => {
    const start = documentation.indexOf(familiesStart);
    const end = documentation.indexOf(familiesEnd);
    expect(start, 'the section markers').toBeGreaterThan(0);
    const documented = documentation.slice(start + familiesStart.length, end).trim();
    const builtin = loadBuiltinRegistry();
    // On a mismatch, `npx tsx tests/tools/registry-families.ts` prints the table to paste.
    expect(documented).toBe(familiesTable(prepareRegistry(builtin), builtin.rules));
  });
});
