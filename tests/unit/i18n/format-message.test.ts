import { readdirSync, readFileSync } from 'node:fs';
import Banana from 'banana-i18n';
import { describe, expect, it } from 'vitest';
import { formatMessage, needsFullParser } from '../../../utils/i18n/format-message';
import { directoryMessages } from '../../../utils/i18n/directory-messages';
import { loadTranslator } from '../../../utils/i18n/load-translator';
import { optionsMessages } from '../../../utils/i18n/options-messages';
import { createTranslator, fallbackLanguages } from '../../../utils/i18n/translator';

// Every shipped message of every message group (i18n/, and the team directory's and the options
// page's own), one merged file per language, as loadMessageFiles gives a page that reads them all.
const groupFolders = ['i18n', 'i18n/directory', 'i18n/options'];
const messageFiles: Record<string, Record<string, unknown>> = {};
for (const folder of groupFolders) {
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json') && file !== 'qqq.json')) {
    const language = name.slice(0, -'.json'.length);
    messageFiles[language] = { ...messageFiles[language], ...(JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Record<string, unknown>) };
  }
}
const messagesOf = (file: Record<string, unknown>) =>
  Object.entries(file).filter((entry): entry is [string, string] => !entry[0].startsWith('@') && typeof entry[1] === 'string');

describe('formatMessage', () => {
  it.each([
    ['fills parameters', 'Hello $1 and $2', ['Ann', 'Bo'], 'en', 'Hello Ann and Bo'],
    ['leaves a missing parameter as written', 'Hello $1 and $2', ['Ann'], 'en', 'Hello Ann and $2'],
    ['picks the singular', '{{PLURAL:$1|One page|$1 pages}}', ['1'], 'en', 'One page'],
    ['picks the plural', '{{PLURAL:$1|One page|$1 pages}}', ['3'], 'en', '3 pages'],
    ['prefers an explicit form', '{{PLURAL:$1|0=No pages|One page|$1 pages}}', ['0'], 'en', 'No pages'],
    ['skips explicit forms that do not match', '{{PLURAL:$1|0=No pages|One page|$1 pages}}', ['5'], 'en', '5 pages'],
    ['uses the last form for missing categories', '{{PLURAL:$1|pages}}', ['1'], 'en', 'pages'],
    ['follows Hebrew plural rules (one, two, other)', '{{PLURAL:$1|one|two|other}}', ['2'], 'he', 'two'],
    ['follows Arabic plural rules (zero … other)', '{{PLURAL:$1|zero|one|two|few|many|other}}', ['11'], 'ar', 'many'],
    ['expands nested words', '{{PLURAL:$1|one {{PLURAL:$2|x|y}}|many}}', ['1', '2'], 'en', 'one y'],
    ['leaves unclosed braces as text', 'Open {{PLURAL:$1|a', ['1'], 'en', 'Open {{PLURAL:1|a'],
  ])('%s', (_name, message, params, language, expected) => {
    expect(formatMessage(message, params, language)).toBe(expected);
  });

  // banana-i18n is the reference implementation of this syntax: every shipped message that does
  // not need banana's full parser, in every language, with counts that reach each plural
  // category, must read the same as banana reads it.
  it('formats every shipped message as banana-i18n does', () => {
    const counts = ['0', '1', '2', '3', '5', '11', '21', '100', '1.5'];
    for (const [language, file] of Object.entries(messageFiles)) {
      const banana = new Banana(language, { finalFallback: 'en' });
      banana.load(file as Record<string, string>, language);
      for (const [key, message] of messagesOf(file).filter(([, text]) => !needsFullParser(text))) {
        for (const count of counts) {
          for (const params of [['Ann', count, count, count], [count, 'Ann', count, count]]) {
            expect(formatMessage(message, params, language), `${language} ${key} ${params.join()}`).toBe(banana.i18n(key, ...params));
          }
        }
      }
    }
  });
});

describe('needsFullParser', () => {
  it.each([
    ['Hello $1', false],
    ['{{PLURAL:$1|a|b}} and {{ plural : $2|c|d}}', false],
    ['{{GENDER:$1|he|she}} edited', true],
    ['{{GRAMMAR:genitive|$1}}', true],
    ['{{PLURAL:$1|a|{{GENDER:$2|b|c}}}}', true],
    ['<b>bold</b>', true],
    ['{{PLURAL:$1|a\\|b|c}}', true],
  ])('%s: %s', (message, expected) => {
    expect(needsFullParser(message)).toBe(expected);
  });
});

describe('translator', () => {
  it.each([
    ['en', ['en']],
    ['he', ['he', 'en']],
    ['pt-br', ['pt-br', 'pt', 'en']],
    ['zh-Hant-TW', ['zh-hant-tw', 'zh-hant', 'zh', 'en']],
    ['en-gb', ['en-gb', 'en']],
  ])('%s looks in %j', (language, chain) => {
    expect(fallbackLanguages(language)).toEqual(chain);
  });

  it('takes a regional message from the language, then English, then shows the key', () => {
    const files = { en: { 'wayfinder-a': 'A', 'wayfinder-b': 'B' }, pt: { 'wayfinder-a': 'A (pt)' } };
    const { t } = createTranslator('pt-br', files);
    expect([t('wayfinder-a'), t('wayfinder-b'), t('wayfinder-missing')]).toEqual(['A (pt)', 'B', 'wayfinder-missing']);
  });

  it('counts with the interface language even when the message falls back to English', () => {
    const files = { en: { 'wayfinder-n': '{{PLURAL:$1|one|two|other}}' }, he: {} };
    expect(createTranslator('he', files).t('wayfinder-n', 2)).toBe('two');
  });

  it('hands what needs the full syntax to banana-i18n when given it, and shows it as written without', () => {
    const files = { en: { 'wayfinder-edited': '{{GENDER:$1|He|She|They}} edited', 'wayfinder-n': '{{PLURAL:$1|one|many}}' } };
    expect(createTranslator('en', files, Banana).t('wayfinder-edited', 'female')).toBe('She edited');
    expect(createTranslator('en', files).t('wayfinder-edited', 'female')).toBe('{{GENDER:female|He|She|They}} edited');
    expect(createTranslator('en', files, Banana).t('wayfinder-n', 5)).toBe('many');
  });

  it('loads a translator that reads every shipped message as banana-i18n does', async () => {
    for (const language of Object.keys(messageFiles)) {
      const translator = await loadTranslator(language, [directoryMessages, optionsMessages]);
      const banana = new Banana(language, { finalFallback: 'en' });
      for (const code of fallbackLanguages(language)) if (messageFiles[code]) banana.load(messageFiles[code] as Record<string, string>, code);
      for (const [key] of messagesOf(messageFiles.en!)) expect(translator.t(key, 'Ann', 3, 1, 2), `${language} ${key}`).toBe(banana.i18n(key, 'Ann', '3', '1', '2'));
    }
  });
});
