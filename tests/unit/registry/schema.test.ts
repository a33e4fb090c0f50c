import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, isWikiHost } from '../../../utils/registry/hosts';
import { jsonDepthUpTo, utf8LengthUpTo } from '../../../utils/registry/raw-limits';
import { registrySchema, ruleSchema, teamSchema } from '../../../utils/registry/schema';
import {
  emailAddressSchema,
  isoDateSchema,
  partialDateSchema,
  startDateSchema,
  usernameSchema,
  wikiTitleSchema,
} from '../../../utils/registry/text';
import { metaSource, registryInput, ruleInput, teamInput, verified } from './fixtures';

describe('link and host checks', () => {
  it.each([
    ['https://meta.wikimedia.org/wiki/Grants:Start', true],
    ['https://www.mediawiki.org/wiki/Product_Ambassadors', true],
    ['https://outreach.wikimedia.org/wiki/Education', true],
    ['https://en.wikipedia.org/wiki/Wikipedia', true],
    ['https://phabricator.wikimedia.org/T344479', true],
    ['https://lists.wikimedia.org/hyperkitty/list/wikimedia-l@lists.wikimedia.org/', true],
    ['https://diff.wikimedia.org/2019/11/15/x/', true],
    ['https://wikimediafoundation.org/about/', true],
    ['https://capx.toolforge.org/', true],
    ["https://meta.wikimedia.org/wiki/Let's_Connect", true],
    ['https://evil.toolforge.org/', false],
    ['https://gerrit.wikimedia.org/', false],
    ['https://www.wikipedia.org/', false],
    ['http://meta.wikimedia.org/wiki/X', false],
    ['https://meta.wikimedia.org.evil.example/', false],
    ['https://user:pass@meta.wikimedia.org/', false],
    ['https://meta.wikimedia.org:443/', false],
    ['https://meta.wikimedia.org/wiki/"onmouseover', false],
    ['https://meta.wikimedia.org/wiki/<x>', false],
    [' https://meta.wikimedia.org/', false],
    ['javascript:alert(1)//https://meta.wikimedia.org/', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['https://', false],
  ])('isAllowedLinkUrl(%j) is %s', (url, allowed) => {
    expect(isAllowedLinkUrl(url)).toBe(allowed);
  });

  it.each([
    ['meta.wikimedia.org', true],
    ['www.mediawiki.org', true],
    ['outreach.wikimedia.org', true],
    ['de.wikipedia.org', true],
    ['meta.m.wikimedia.org', false],
    ['mediawiki.org', false],
    ['phabricator.wikimedia.org', false],
    ['lists.wikimedia.org', false],
    ['META.wikimedia.org', false],
    ['evil.example', false],
  ])('isWikiHost(%j) is %s', (host, wiki) => {
    expect(isWikiHost(host)).toBe(wiki);
  });
});

describe('text fields', () => {
  it.each([
    ['2026-11-24', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['1899-01-01', false],
    ['2026', false],
  ])('verified date %j valid: %s', (text, valid) => {
    expect(isoDateSchema.safeParse(text).success).toBe(valid);
  });

  it.each([
    ['2019', true],
    ['2018-06', true],
    ['2019-11-15', true],
    ['2019-00', false],
    ['19', false],
    ['2019-11-31', false],
  ])('partial date %j valid: %s', (text, valid) => {
    expect(partialDateSchema.safeParse(text).success).toBe(valid);
  });

  it('accepts unknown as a start date, never as a verified date', () => {
    expect(startDateSchema.safeParse('unknown').success).toBe(true);
    expect(isoDateSchema.safeParse('unknown').success).toBe(false);
  });

  it.each([
    ['ca@wikimedia.org', true],
    ['wikimedia-l@lists.wikimedia.org', true],
    ['someone@wikimediafoundation.org', true],
    ['CA@WIKIMEDIA.ORG', true],
    ['ca@wikimedia.org.evil.example', false],
    ['ca@evil.example', false],
    ['ca@@wikimedia.org', false],
    ['<ca@wikimedia.org>', false],
  ])('contact address %j valid: %s', (address, valid) => {
    expect(emailAddressSchema.safeParse(address).success).toBe(valid);
  });

  it.each([
    ['Quiddity (WMF)', true],
    ['Benoît', true],
    ['مستخدم', true],
    ['A\u200DB', false],
    ['Name\u202B', false],
    ['User:Name', false],
    [' Padded', false],
    ['x'.repeat(86), false],
  ])('username %j valid: %s', (name, valid) => {
    expect(usernameSchema.safeParse(name).success).toBe(valid);
  });

  it.each([
    ['Grants:Project/Rapid', true],
    ['Learning and Evaluation/Global Data & Insights', true],
    ['Support, Safety and Programs', true],
    ['A [[link]]', false],
    ['Title#section', false],
    ['{{template}}', false],
  ])('title %j valid: %s', (title, valid) => {
    expect(wikiTitleSchema.safeParse(title).success).toBe(valid);
  });
});

describe('registry schema', () => {
  it('fills in defaults so consumers never meet a missing list', () => {
    const team = teamSchema.parse(teamInput('a'));
    expect(team).toMatchObject({
      successors: [],
      activePeriod: {},
      contacts: { emails: [], talkPages: [], phabricatorTags: [], chatChannels: [] },
      products: [],
      links: [],
    });
    expect(registrySchema.parse(registryInput())).toMatchObject({ teams: [], rules: [], remove: [] });
  });

  it('applies rules to Meta-Wiki unless they name another wiki', () => {
    const rule = ruleSchema.parse(ruleInput('a', 'a', { kind: 'namespace', namespace: 200 }));
    expect(rule.wiki).toBe('meta.wikimedia.org');
  });

  it('lets a rule state that the owner is unknown', () => {
    expect(ruleSchema.safeParse(ruleInput('a', null, { kind: 'namespace', namespace: 202 })).success).toBe(true);
  });

  it.each([
    ['team', { id: 'team:a', name: 'A', department: null, status: 'retired', sources: metaSource, verified, certainty: 'stated' }],
    ['team', { id: 'team:a', name: 'A', department: null, status: 'active', sources: metaSource, verified, certainty: 'probably' }],
    ['team', { id: 'rule:a', name: 'A', department: null, status: 'active', sources: metaSource, verified, certainty: 'stated' }],
    ['team', { id: 'team:a', name: 'A', status: 'active', sources: metaSource, verified, certainty: 'stated' }],
  ])('rejects a %s with a wrong enum, id kind or missing field', (_kind, input) => {
    expect(teamSchema.safeParse(input).success).toBe(false);
  });
});

describe('raw limits', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['two-byte', 'é', 2],
    ['three-byte', '€', 3],
    ['four-byte', '😀', 4],
  ])('counts UTF-8 bytes of %s text', (_name, text, bytes) => {
    expect(utf8LengthUpTo(text, 100)).toBe(bytes);
  });

  it('stops counting soon after the limit', () => {
    expect(utf8LengthUpTo('x'.repeat(1_000_000), 10)).toBe(11);
  });

  it.each([
    ['{}', 1],
    ['{"a":[{"b":[]}]}', 4],
    ['{"a":"[[[[[[["}', 1],
    ['["\\"[["]', 1],
    ['1', 0],
  ])('measures the nesting of %s', (text, depth) => {
    expect(jsonDepthUpTo(text, 100)).toBe(depth);
  });
});
