import { describe, expect, it } from 'vitest';
import { buildStoreLocales, chromeLocaleCode } from '../../../utils/i18n/store-locales';
import { createTranslator, directionOf, pickLanguage } from '../../../utils/i18n/translator';

const files = {
  en: { 'wayfinder-greeting': 'Hello $1', 'wayfinder-only-en': 'Only English', 'wayfinder-ext-name': 'Wiki Wayfinder' },
  he: { 'wayfinder-greeting': 'שלום $1' },
  'pt-br': { 'wayfinder-ext-name': 'Wiki Wayfinder (pt)' },
};

describe('translator', () => {
  it.each([
    ['en', 'ltr'],
    ['he', 'rtl'],
    ['ar', 'rtl'],
    ['fa-af', 'rtl'],
    ['ckb', 'rtl'],
    ['pt-br', 'ltr'],
    ['zh-hans', 'ltr'],
  ])('%s is written %s', (language, direction) => {
    expect(directionOf(language)).toBe(direction);
  });

  it.each([
    [['he-IL', 'en'], 'he'],
    [['pt-BR'], 'pt-br'],
    [['pt-PT'], 'en'],
    [['fr', 'he'], 'he'],
    [[], 'en'],
  ])('picks a language for browser preferences %j', (preferred, expected) => {
    expect(pickLanguage(Object.keys(files), preferred)).toBe(expected);
  });

  it('fills parameters and falls back to English for missing messages', () => {
    const hebrew = createTranslator('he', files);
    expect(hebrew.t('wayfinder-greeting', 'Meta')).toBe('שלום Meta');
    expect(hebrew.t('wayfinder-only-en')).toBe('Only English');
    expect(hebrew.direction).toBe('rtl');
  });
});

describe('store locales', () => {
  it('maps banana codes to Chrome locale folders', () => {
    expect(chromeLocaleCode('pt-br')).toBe('pt_BR');
    expect(chromeLocaleCode('zh-hans')).toBe('zh_hans');
    expect(chromeLocaleCode('en')).toBe('en');
  });

  it('writes a folder only for languages that translate a store text', () => {
    const locales = buildStoreLocales(files);
    expect(Object.keys(locales).sort()).toEqual(['en', 'pt_BR']);
    expect(locales.en?.extName?.message).toBe('Wiki Wayfinder');
  });

  it('refuses a store text over the store limit rather than cutting it', () => {
    expect(() => buildStoreLocales({ en: { 'wayfinder-ext-name': 'x'.repeat(46) } })).toThrow(/45/);
  });
});
