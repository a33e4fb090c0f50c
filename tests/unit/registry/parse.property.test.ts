import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import registryJson from '../../../utils/registry/builtin/registry.json';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { isAllowedLinkUrl } from '../../../utils/registry/hosts';
import { checkIntegrity } from '../../../utils/registry/integrity';
import { mergeRegistries } from '../../../utils/registry/merge';
import { parseRegistryJson } from '../../../utils/registry/parse';
import { buildRegistry, revision } from './fixtures';
import { propertyRuns } from '../property-runs';

const runs = propertyRuns(300);

/** Every string in a value, wherever it sits. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

/** The built-in registry with one value, somewhere inside it, replaced. */
function mutated(path: number[], replacement: unknown): unknown {
  const copy: unknown = structuredClone(registryJson);
  let node = copy as Record<string, unknown>;
  for (const step of path) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = node[key];
    if (typeof child !== 'object' || child === null) {
      node[key] = replacement;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('javascript:alert(1)', 'http://meta.wikimedia.org/', '<script>', 'a\u202Eb', 'team:ghost', 'programme:ghost', '', 'unknown', -1, null),
);

describe('parseRegistryJson on any input', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const result = parseRegistryJson(raw, revision);
        if (!result.ok) expect(result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: runs },
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => parseRegistryJson(JSON.stringify(value) ?? 'null', revision).ok === false), { numRuns: runs });
  });

  it('accepts a changed registry only when it is still sound and every link is still safe', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), hostileValue, (path, replacement) => {
        const result = parseRegistryJson(JSON.stringify(mutated(path, replacement)), revision);
        if (!result.ok) {
          // Refused: always with reasons an editor can read, never an empty or blank list.
          expect(result.reasons.length).toBeGreaterThan(0);
          expect(result.reasons.every((reason) => typeof reason === 'string' && reason.trim().length > 0)).toBe(true);
          return;
        }
        expect(checkIntegrity(result.registry)).toEqual([]);
        const links = [...result.registry.quickLinks.map((link) => link.url), ...result.registry.teams.flatMap((team) => [...team.sources, ...team.links].map((entry) => entry.url))];
        expect(links.every(isAllowedLinkUrl)).toBe(true);
        expect(strings(result.registry).some((value) => /[<>\u202A-\u202E\u2066-\u2069]/.test(value))).toBe(false);
      }),
      { numRuns: runs },
    );
    // 300 full parses and integrity checks of the whole registry: about 3 s on an idle core, more
    // when the machine's two cores are shared with other suites.
  }, 30_000);

  it('reads back what it accepted unchanged', () => {
    const first = parseRegistryJson(JSON.stringify(registryJson), revision);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(parseRegistryJson(JSON.stringify(first.registry), revision)).toEqual(first);
  });

  it('leaves the base unchanged when merging an empty overlay', () => {
    const builtin = loadBuiltinRegistry();
    expect(mergeRegistries(builtin, buildRegistry({ updated: '2000-01-01' }))).toEqual({ ok: true, registry: builtin, warnings: [] });
  });
});
