import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { liveTranslator } from '../../../utils/i18n/live-translator';
import { englishMessages, loadMessageFiles, messageLanguages } from '../../../utils/i18n/message-files';
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

  it('tells which file a message came from', async () => {
    const files = { en: { 'wayfinder-a': 'A', 'wayfinder-b': 'B' }, he: { 'wayfinder-a': 'א' } };
    const hebrew = createTranslator('he', files);
    expect([hebrew.sourceLanguage('wayfinder-a'), hebrew.sourceLanguage('wayfinder-b'), hebrew.sourceLanguage('wayfinder-none')]).toEqual(['he', 'en', null]);
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
