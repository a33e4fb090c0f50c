import { describe, expect, it } from 'vitest';
import { mailtoHref, safeWikimediaHref } from '../../../utils/view/safe-href';

describe('safeWikimediaHref', () => {
  it.each([
    ['https://meta.wikimedia.org/wiki/Grants:Start', true],
    ['https://phabricator.wikimedia.org/tag/trust_and_safety/', true],
    ['https://en.wikipedia.org/wiki/Main_Page', true],
    ['http://meta.wikimedia.org/wiki/Grants:Start', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['https://meta.wikimedia.org.evil.example/wiki/X', false],
    ['https://user@meta.wikimedia.org/wiki/X', false],
    ['https://meta.wikimedia.org:8443/wiki/X', false],
    ['https://example.org/', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => {
    expect(safeWikimediaHref(url) !== null).toBe(safe);
  });
});

describe('mailtoHref', () => {
  it.each([
    ['ca@wikimedia.org', 'mailto:ca@wikimedia.org'],
    ['research_fund@wikimedia.org', 'mailto:research_fund@wikimedia.org'],
    ['x@y.org?cc=someone@else.org', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (address, href) => {
    expect(mailtoHref(address)).toBe(href);
  });
});
