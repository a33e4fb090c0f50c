import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveInstant, resolveOwnership } from '../../../utils/ownership/resolve';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { normalizeTitle, splitTranslationSubpage, titleKey } from '../../../utils/page/title';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { isAllowedLinkUrl } from '../../../utils/registry/hosts';
import { parseRegistryJson } from '../../../utils/registry/parse';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { revision } from '../registry/fixtures';
import { propertyRuns } from '../property-runs';

// "No hang": every entry point that reads outside input must finish quickly on the longest and
// most repetitive input it can meet, so a crafted URL, title or registry page cannot freeze the
// panel or the background (a quadratic loop or a backtracking regular expression would).
const budgetMs = 1000;
const runs = propertyRuns(40);

// The pieces MediaWiki titles, URLs and JSON treat specially, repeated tens of thousands of times.
const piece = fc.constantFrom('%', '%2', '%2F', '%E2%80%AE', '/', '//', ':', 'Talk:', 'Grants:', '_', ' ', '\u202E', '\u200B', '&amp;', '&#', '../', '?', '#', '~~', '[', '{', '"', '\\', 'a', 'é', '😀', '\uD800');
const longText = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 40_000 })).map(([pieces, times]) => pieces.join('').repeat(times).slice(0, 120_000));

const prepared = prepareRegistry(loadBuiltinRegistry());

function quickly<T>(work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(budgetMs);
  return result;
}

describe('nothing hangs on long, repetitive input', () => {
  it('the URL parser', () => {
    const prefix = fc.constantFrom('https://meta.wikimedia.org/wiki/', 'https://meta.wikimedia.org/w/index.php?title=', 'https://en.m.wikipedia.org/wiki/', 'https://', '');
    fc.assert(fc.property(prefix, longText, (start, text) => void quickly(() => parseWikiPageUrl(start + text))), { numRuns: runs });
  });

  it('title handling', () => {
    fc.assert(
      fc.property(longText, (text) => {
        quickly(() => normalizeTitle(text, 'meta'));
        quickly(() => titleKey(text));
        quickly(() => splitTranslationSubpage(text));
      }),
      { numRuns: runs },
    );
  });

  it('the link check', () => {
    fc.assert(fc.property(longText, (text) => void quickly(() => isAllowedLinkUrl(`https://meta.wikimedia.org/${text}`))), { numRuns: runs });
  });

  it('registry validation, on raw text and inside every string field', () => {
    fc.assert(
      fc.property(longText, (text) => {
        quickly(() => parseRegistryJson(text, revision));
        const inFields = JSON.stringify({ version: 1, updated: '2026-11-24', teams: [{ id: 'team:x', name: text.slice(0, 20_000), department: text.slice(0, 20_000), status: 'active', sources: [{ url: `https://meta.wikimedia.org/${text.slice(0, 20_000)}` }], verified: '2026-11-24', certainty: 'stated' }] });
        quickly(() => parseRegistryJson(inFields, revision));
      }),
      { numRuns: runs },
    );
  });

  it('the resolver, on a page with thousands of subpage levels and facts', () => {
    const subpages = fc.integer({ min: 100, max: 1_000 }).map((levels) => Array.from({ length: levels }, (_, level) => `Part ${level}`).join('/'));
    fc.assert(
      fc.property(subpages, longText, (path, text) => {
        const page = parseWikiPageUrl(`https://meta.wikimedia.org/wiki/Grants:Project/${path}`);
        expect(page).not.toBeNull();
        if (page === null) return;
        quickly(() => resolveInstant(page, prepared));
        const facts = { title: page.title ?? 'X', exists: true, namespace: 200, isHistorical: true, categories: [text.slice(0, 255)], templates: [], links: Array.from({ length: 500 }, (_, index) => `Grants:${index}`), recentEditors: [] };
        quickly(() => resolveOwnership(page, facts, prepared));
      }),
      { numRuns: runs },
    );
  });
});
