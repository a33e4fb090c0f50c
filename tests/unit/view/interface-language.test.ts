import { describe, expect, it } from 'vitest';
import { interfaceLanguage } from '../../../utils/view/interface-language';

describe('interfaceLanguage', () => {
  it.each([
    { setting: 'auto', browser: ['he-IL', 'en-US'], expected: 'he' },
    { setting: 'auto', browser: ['fr-FR'], expected: 'en' },
    { setting: 'he', browser: ['en-US'], expected: 'he' },
    { setting: 'en', browser: ['he'], expected: 'en' },
    { setting: 'xx', browser: ['he'], expected: 'he' },
  ])('setting $setting with browser $browser → $expected', ({ setting, browser, expected }) => {
    expect(interfaceLanguage(setting, ['en', 'he'], browser)).toBe(expected);
  });
});
