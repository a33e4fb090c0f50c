import { describe, expect, it } from 'vitest';
import { cacheView, formatBytes, languageOptions, registryPageErrors } from '../../../utils/view/options';

describe('registryPageErrors', () => {
  it.each([
    { host: 'meta.wikimedia.org', title: 'Meta:Wiki Wayfinder/Registry.json', errors: [null, null] },
    { host: 'www.mediawiki.org', title: 'User:Example/registry.json', errors: [null, null] },
    { host: 'example.org', title: 'x', errors: ['wayfinder-options-registry-host-invalid', null] },
    { host: 'meta.wikimedia.org.evil.example', title: 'x', errors: ['wayfinder-options-registry-host-invalid', null] },
    { host: 'meta.wikimedia.org/wiki', title: 'x', errors: ['wayfinder-options-registry-host-invalid', null] },
    { host: 'meta.wikimedia.org', title: '   ', errors: [null, 'wayfinder-options-registry-title-invalid'] },
    { host: 'meta.wikimedia.org', title: 'x'.repeat(256), errors: [null, 'wayfinder-options-registry-title-invalid'] },
  ])('$host $title', ({ host, title, errors }) => {
    const result = registryPageErrors(host, title);
    expect([result.host?.key ?? null, result.title?.key ?? null]).toEqual(errors);
  });
});

describe('cache view', () => {
  it.each([
    [512, '512 byte'],
    [12_500, '12.5 kB'],
    [3_400_000, '3.4 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });

  it('sums up and lists kinds in order', () => {
    const view = cacheView({ totalBytes: 2048, maxBytes: 4_000_000, kinds: { users: { entries: 1, bytes: 48 }, 'page-facts': { entries: 2, bytes: 2000 } } }, 'en');
    expect(view).toEqual({
      summary: { key: 'wayfinder-options-cache-summary', params: [3, '2 kB', '4 MB'] },
      rows: [
        { kind: 'page-facts', entries: 2, size: '2 kB' },
        { kind: 'users', entries: 1, size: '48 byte' },
      ],
    });
  });
});

describe('languageOptions', () => {
  it('names each language in itself', () => {
    expect(languageOptions(['he', 'en'])).toEqual([
      { code: 'en', label: 'English' },
      { code: 'he', label: 'עברית' },
    ]);
  });
});
