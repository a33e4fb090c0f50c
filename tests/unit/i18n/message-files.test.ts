import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The banana format rules translatewiki.net relies on, checked over the real files.
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`i18n/${name}`, 'utf8'));
const keysOf = (file: Record<string, unknown>) => Object.keys(file).filter((key) => key !== '@metadata');
const english = read('en.json');
const documentation = read('qqq.json');

describe('i18n message files', () => {
  it('prefixes every key with wayfinder-', () => {
    for (const name of readdirSync('i18n').filter((file) => file.endsWith('.json'))) {
      expect(keysOf(read(name)).filter((key) => !key.startsWith('wayfinder-')), name).toEqual([]);
    }
  });

  it('documents every English message in qqq.json, and nothing else', () => {
    expect(keysOf(documentation).sort()).toEqual(keysOf(english).sort());
  });

  it('documents each placeholder a message uses', () => {
    for (const key of keysOf(english)) {
      const placeholders = new Set(String(english[key]).match(/\$\d+/g) ?? []);
      for (const placeholder of placeholders) {
        expect(String(documentation[key]), `${key} ${placeholder}`).toContain(placeholder);
      }
    }
  });

  it('translates only keys that exist in English', () => {
    const known = new Set(keysOf(english));
    for (const name of readdirSync('i18n').filter((file) => !['en.json', 'qqq.json'].includes(file) && file.endsWith('.json'))) {
      expect(keysOf(read(name)).filter((key) => !known.has(key)), name).toEqual([]);
    }
  });
});
