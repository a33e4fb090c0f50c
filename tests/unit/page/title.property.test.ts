import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectFamilies } from '../../../utils/page/project-families';
import { normalizeTitle, splitTranslationSubpage, titleKey } from '../../../utils/page/title';
import { propertyRuns } from '../property-runs';

// Titles arrive from URLs, the API and an editable registry: any string must be safe here.
const anyTitle = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('Community Engagement', 'community engagement', 'Grants:Project/Rapid', 'Community Engagement/pt', 'talk:Tech/News', '_x_', ' Grants : Start '),
  fc.stringMatching(/^[a-z][a-z _]{0,20}$/),
  fc.tuple(fc.constantFrom('Grants:', 'Meta:', 'User:', ''), fc.string({ maxLength: 30 }), fc.constantFrom('', '/pt', '/zh-hans', '/x')).map((parts) => parts.join('')),
);
const anyFamily = fc.constantFrom(...projectFamilies);

describe('title handling properties', () => {
  it('normalises without throwing, and a normal title stays as it is', () => {
    fc.assert(
      fc.property(anyTitle, anyFamily, (raw, family) => {
        const once = normalizeTitle(raw, family);
        if (once === null) return;
        expect(normalizeTitle(once, family)).toBe(once);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('keys titles alike whatever their underscores or first-letter case, and is stable', () => {
    fc.assert(
      fc.property(anyTitle, (raw) => {
        const key = titleKey(raw);
        expect(titleKey(raw.replace(/ /g, '_'))).toBe(key);
        // Georgian and a few other scripts keep their first letter's case on MediaWiki; Latin does not.
        if (/^[a-z]/.test(raw)) expect(titleKey(raw.charAt(0).toUpperCase() + raw.slice(1))).toBe(key);
        expect(titleKey(key)).toBe(key);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('splits a translation subpage into parts that join back to the title', () => {
    fc.assert(
      fc.property(anyTitle, (title) => {
        const translation = splitTranslationSubpage(title);
        if (translation) expect(`${translation.sourceTitle}/${translation.language}`).toBe(title);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
