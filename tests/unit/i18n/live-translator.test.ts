import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { liveTranslator } from '../../../utils/i18n/live-translator';
import { directoryMessages } from '../../../utils/i18n/directory-messages';
import { englishMessageFiles, englishMessages, loadMessageFiles, messageGroup, messageLanguages } from '../../../utils/i18n/message-files';
import { optionsMessages } from '../../../utils/i18n/options-messages';
import { createTranslator } from '../../../utils/i18n/translator';

const titleKey = 'wayfinder-panel-title';

describe('message files', () => {
  it('offers English first and every translation, never the documentation', () => {
    expect(messageLanguages[0]).toBe('en');
    expect(messageLanguages).toContain('he');
    expect(messageLanguages).not.toContain('qqq');
  });

  it('loads only English for English, and English plus the language otherwise', async () => {
    expect(Object.keys(await loadMessageFiles('en'))).toEqual(['en']);
    expect(Object.keys(await loadMessageFiles('he')).sort()).toEqual(['en', 'he']);
    // No Portuguese file: English alone.
    expect(Object.keys(await loadMessageFiles('pt-br'))).toEqual(['en']);
  });

  it('tells which file a message came from, and its text there', async () => {
    const files = { en: { 'wayfinder-a': 'A', 'wayfinder-b': 'B' }, he: { 'wayfinder-a': 'א' } };
    const hebrew = createTranslator('he', files);
    expect([hebrew.sourceLanguage('wayfinder-a'), hebrew.sourceLanguage('wayfinder-b'), hebrew.sourceLanguage('wayfinder-none')]).toEqual(['he', 'en', null]);
    expect([hebrew.sourceText('wayfinder-a'), hebrew.sourceText('wayfinder-b'), hebrew.sourceText('wayfinder-none')]).toEqual(['א', 'B', null]);
  });
});

describe('extra message groups', () => {
  const fakeGroup = () => {
    const loadHebrew = vi.fn(async () => ({ 'wayfinder-extra': 'נוסף' }));
    return { loadHebrew, group: messageGroup({ 'wayfinder-extra': 'Extra', 'wayfinder-extra-only-en': 'Only' }, { './he.json': loadHebrew }) };
  };

  it('merges a group into every language of the chain, and loads its translation only for that language', async () => {
    const { loadHebrew, group } = fakeGroup();
    const english = await loadMessageFiles('en', [group]);
    expect(Object.keys(english)).toEqual(['en']);
    expect(english.en).toMatchObject({ 'wayfinder-extra': 'Extra', [titleKey]: englishMessages[titleKey] });
    expect(loadHebrew).not.toHaveBeenCalled();
    const hebrew = createTranslator('he', await loadMessageFiles('he', [group]));
    expect(loadHebrew).toHaveBeenCalledTimes(1);
    expect([hebrew.t('wayfinder-extra'), hebrew.sourceLanguage('wayfinder-extra-only-en'), hebrew.sourceLanguage('wayfinder-badge-now-unknown')]).toEqual([
      'נוסף',
      'en',
      'he',
    ]);
  });

  it.each([
    ['directory', directoryMessages, 'wayfinder-directory-title'],
    ['options', optionsMessages, 'wayfinder-options-title'],
  ] as const)('leaves the %s group out unless a page asks for it', async (_page, group, key) => {
    expect(englishMessages[key]).toBeUndefined();
    expect((await loadMessageFiles('he')).he?.[key]).toBeUndefined();
    expect(typeof (await loadMessageFiles('he', [group])).he?.[key]).toBe('string');
    expect(englishMessageFiles([group]).en?.[key]).toBe(group.english[key]);
  });

  it('speaks the group in English from the first frame, before any language has loaded', () => {
    const { group } = fakeGroup();
    const { translator } = liveTranslator(signal('he'), [group]);
    expect(translator.value.language).toBe('en');
    expect(translator.value.t('wayfinder-extra')).toBe('Extra');
  });

  it('reads the group in the language once loaded', async () => {
    const { group } = fakeGroup();
    const { translator, ready } = liveTranslator(signal('he'), [group]);
    await ready;
    expect(translator.value.t('wayfinder-extra')).toBe('נוסף');
  });
});

describe('liveTranslator', () => {
  it('is ready at once in English', async () => {
    const { translator, ready } = liveTranslator(signal('en'));
    await ready;
    expect(translator.value.language).toBe('en');
    expect(translator.value.t(titleKey)).toBe(englishMessages[titleKey]);
  });

  it('is ready once the first language asked for has loaded, and follows later changes', async () => {
    const language = signal('he');
    const { translator, ready } = liveTranslator(language);
    expect(translator.value.language).toBe('en');
    await ready;
    expect(translator.value.language).toBe('he');
    expect(translator.value.direction).toBe('rtl');
    language.value = 'en';
    await vi.waitFor(() => expect(translator.value.language).toBe('en'));
  });

  it('drops a language that is no longer wanted when its messages arrive', async () => {
    const language = signal('he');
    const { translator } = liveTranslator(language);
    language.value = 'en';
    await loadMessageFiles('he');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(translator.value.language).toBe('en');
  });
});
