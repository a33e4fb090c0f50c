import { describe, expect, it } from 'vitest';
import { backgroundRequestSchema } from '../../../utils/report/messages';

// The background fetches whatever a valid registry check names, so the message itself is the
// boundary: only a Wikimedia wiki, only a title the settings could hold.
describe('the registry check message', () => {
  const check = (host: string, title: string) => backgroundRequestSchema.safeParse({ type: 'registry-check', host, title });

  it('takes a Wikimedia wiki and a title as the settings store them', () => {
    expect(check('META.wikimedia.org', '  Meta:Wiki Wayfinder/Registry.json ').data).toEqual({
      type: 'registry-check',
      host: 'meta.wikimedia.org',
      title: 'Meta:Wiki Wayfinder/Registry.json',
    });
  });

  it.each([
    ['evil.example', 'Meta:Registry.json'],
    ['meta.wikimedia.org.evil.example', 'Meta:Registry.json'],
    ['meta.wikimedia.org', '   '],
    ['meta.wikimedia.org', 'x'.repeat(256)],
  ])('refuses %s / %s', (host, title) => {
    expect(check(host, title).success).toBe(false);
  });
});
