import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The banana format rules translatewiki.net relies on, checked over the real files of every
// message group, each with its English, qqq.json and translations: i18n/ (every page) and the
// groups of one page each, which only that page loads (utils/i18n/*-messages.ts).
interface PageGroup {
  folder: string;
  /** Every key of the group starts with it. */
  prefix: string;
  /** The module defining the group, which only the page imports. */
  module: string;
  /** The page's own code, the only code that may use the group's keys. */
  code: RegExp;
}
const pageGroups: PageGroup[] = [
  {
    folder: 'i18n/audit',
    prefix: 'wayfinder-audit-',
    module: 'utils/i18n/audit-messages.ts',
    code: /^(components\/audit\/|entrypoints\/audit\/|utils\/view\/audit-(form|table)\.ts$)/,
  },
  {
    folder: 'i18n/directory',
    prefix: 'wayfinder-directory-',
    module: 'utils/i18n/directory-messages.ts',
    code: /^(components\/directory\/|entrypoints\/directory\/|utils\/view\/directory(-graph)?\.ts$)/,
  },
  {
    folder: 'i18n/options',
    prefix: 'wayfinder-options-',
    module: 'utils/i18n/options-messages.ts',
    code: /^(components\/options\/|entrypoints\/options\/|utils\/view\/options(-registry)?\.ts$)/,
  },
  {
    folder: 'i18n/popup',
    prefix: 'wayfinder-popup-',
    module: 'utils/i18n/popup-messages.ts',
    code: /^(components\/popup\/|entrypoints\/popup\/|utils\/view\/popup-owner\.ts$)/,
  },
];
const groups = ['i18n', ...pageGroups.map((group) => group.folder)];
const read = (folder: string, name: string): Record<string, unknown> => JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'));
const keysOf = (file: Record<string, unknown>) => Object.keys(file).filter((key) => key !== '@metadata');
const filesOf = (folder: string) => readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name);
const groupKeys = (folder: string) => new Set(filesOf(folder).flatMap((name) => keysOf(read(folder, name))));

// The extension's code, by path: every page's, the background's and the content script's.
const sources = ['components', 'entrypoints', 'utils'].flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => `${folder}/${file}`.replaceAll(path.sep, '/'))
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') })),
);
const isPageCode = (group: PageGroup, file: string) => file === group.module || group.code.test(file);
/** The message keys a file names: whole (`'wayfinder-x-y'`), or a template's start (`wayfinder-x-${kind}`). */
const namedKeys = (text: string) => [...text.matchAll(/(wayfinder-[a-z0-9-]*[a-z0-9])(-\$\{)?/g)].map(([, name, template]) => ({ name: name!, template: template !== undefined }));
/** The files a file imports, as paths from the project root without extension. */
const importsOf = (file: string, text: string) =>
  [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)].map(([, specifier]) => path.posix.join(path.posix.dirname(file), specifier!));

describe('i18n message groups', () => {
  it('are the folders of i18n/ that hold message files', () => {
    const folders = readdirSync('i18n', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `i18n/${entry.name}`);
    expect(['i18n', ...folders].sort()).toEqual([...groups].sort());
  });

  it('share no key, so merging them per language loses no message', () => {
    const owners = new Map<string, string[]>();
    for (const folder of groups) for (const key of groupKeys(folder)) owners.set(key, [...(owners.get(key) ?? []), folder]);
    expect([...owners].filter(([, folders]) => folders.length > 1)).toEqual([]);
  });

  it('give every file an @metadata block with its authors, as i18n/en.json has', () => {
    for (const folder of groups) {
      for (const name of filesOf(folder)) expect(read(folder, name)['@metadata'], `${folder}/${name}`).toMatchObject({ authors: expect.any(Array) });
    }
  });
});

// Only its page loads a page's group: a key of it that any other code uses (the popup's, the
// options page's or the panel footer's link to the directory) would show there as a raw key.
describe.each(pageGroups)('the message group of one page, $folder', (group) => {
  const keys = groupKeys(group.folder);
  const elsewhere = sources.filter(({ file }) => !isPageCode(group, file));

  it('keeps to its prefix', () => {
    expect([...keys].filter((key) => !key.startsWith(group.prefix))).toEqual([]);
  });

  it('is the code of its page, and the page uses its keys', () => {
    const pageCode = sources.filter(({ file }) => isPageCode(group, file));
    expect(pageCode.map(({ file }) => file)).toContain(group.module);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(pageCode.flatMap(({ text }) => namedKeys(text)).filter(({ name }) => keys.has(name)).length).toBeGreaterThan(0);
  });

  it('has no key that code outside its page uses: those stay in the main group', () => {
    const main = groupKeys('i18n');
    const used = elsewhere.flatMap(({ file, text }) =>
      namedKeys(text).flatMap(({ name, template }) =>
        (template ? [...keys].filter((key) => key.startsWith(`${name}-`)) : keys.has(name) ? [name] : []).map((key) => `${file}: ${key}`),
      ),
    );
    expect(used).toEqual([]);
    // The page's links that other pages show, such as wayfinder-directory-open, are main messages.
    const prefixed = elsewhere.flatMap(({ text }) => namedKeys(text).filter(({ name, template }) => !template && name.startsWith(group.prefix)));
    expect(prefixed.map(({ name }) => name).filter((name) => !main.has(name))).toEqual([]);
  });

  it('is imported by no code outside its page, not even through a module of the page', () => {
    const imported = elsewhere.flatMap(({ file, text }) =>
      importsOf(file, text)
        .filter((target) => ['', '.ts', '.tsx'].some((extension) => isPageCode(group, `${target}${extension}`)))
        .map((target) => `${file} → ${target}`),
    );
    expect(imported).toEqual([]);
  });
});

describe.each(groups)('message files in %s', (folder) => {
  const english = read(folder, 'en.json');
  const documentation = read(folder, 'qqq.json');

  it('prefixes every key with wayfinder-', () => {
    for (const name of filesOf(folder)) {
      expect(keysOf(read(folder, name)).filter((key) => !key.startsWith('wayfinder-')), name).toEqual([]);
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
    for (const name of filesOf(folder).filter((file) => !['en.json', 'qqq.json'].includes(file))) {
      expect(keysOf(read(folder, name)).filter((key) => !known.has(key)), name).toEqual([]);
    }
  });
});
