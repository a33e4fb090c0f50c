import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRegistry, storeFetchedRegistry } from '../../../utils/report/registry-store';
import { loadHostileCases } from '../../fixtures/hostile-registry/load-cases';

// The end-to-end corpus (tests/e2e/reliability/hostile-registry.spec.ts) through the registry
// store alone: quick to run, and it catches a case file whose expectation is wrong before the
// browser suite spends a minute on it.
const cases = loadHostileCases();
const baselineText = readFileSync('tests/fixtures/wiki/pages/meta-wiki-wayfinder-registry.json', 'utf8');
const source = { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Hostile/Baseline.json' };
const revision = (revisionId: number, user: string) => ({ revisionId, user, timestamp: '2026-11-24T10:00:00Z', source });
const now = '2026-11-24T12:00:00.000Z';

describe('the hostile registry corpus', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await storeFetchedRegistry({ raw: baselineText, revision: revision(1, 'Baseline Example') }, now);
  });

  it('has at least 30 cases, refused and accepted', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((hostile) => hostile.expect.outcome))).toEqual(new Set(['refused', 'accepted']));
  });

  it.each(cases.map((hostile) => [hostile.id, hostile] as const))('%s', async (_id, hostile) => {
    await storeFetchedRegistry({ raw: hostile.text, revision: revision(2, hostile.editor) }, now);
    const { status, prepared } = await loadRegistry();
    if (hostile.expect.outcome === 'refused') {
      expect(status.onWiki?.revisionId, 'the last good copy stays in use').toBe(1);
      expect(prepared.liaisons.has('liaison:fixture-erin-example')).toBe(true);
      expect(status.problem?.reasons.join('\n')).toMatch(new RegExp(hostile.expect.reason));
      if (hostile.expect.literal !== undefined) expect(status.problem?.reasons.join('\n')).toContain(hostile.expect.literal);
    } else {
      expect(status.problem).toBeNull();
      expect(status.onWiki).toMatchObject({ revisionId: 2, user: hostile.editor });
      expect(status.largeChange !== null).toBe(hostile.expect.largeChange);
    }
  });
});
