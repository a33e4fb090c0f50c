import { describe, expect, it } from 'vitest';
import { liaisonAccounts } from '../../../utils/report/liaison-accounts';

// The people a live team page links (utils/wiki-api/staff-wikitext.ts), with the names the links show.
const listed = [
  { username: 'Zed Example (WMF)', host: 'www.mediawiki.org', shownAs: 'Zoë  example' },
  { username: 'Kay Example (WMF)', host: 'meta.wikimedia.org', shownAs: 'Kay Person' },
  { username: 'Other Example (WMF)', host: 'meta.wikimedia.org' },
];
const person = (name: string, username: string | null) => ({ id: 'liaison:p', name, username });

describe('liaisonAccounts', () => {
  it('confirms the registry’s account when the page links it next to the name, however the title is spelled', () => {
    expect(liaisonAccounts([person('Kay Person', 'Kay_Example (WMF)')], listed)).toEqual([
      { liaisonId: 'liaison:p', username: 'Kay_Example (WMF)', host: 'meta.wikimedia.org', check: { kind: 'confirmed' } },
    ]);
  });

  it('takes an account the registry lacks from the page, on the wiki the link points to', () => {
    expect(liaisonAccounts([person('Zoë Example', null)], listed)).toEqual([
      { liaisonId: 'liaison:p', username: 'Zed Example (WMF)', host: 'www.mediawiki.org', check: { kind: 'from-team-page' } },
    ]);
  });

  it('keeps the registry’s account and names the other when the page links another one', () => {
    expect(liaisonAccounts([person('Kay Person', 'Kay Old (WMF)')], listed)).toEqual([
      { liaisonId: 'liaison:p', username: 'Kay Old (WMF)', host: 'meta.wikimedia.org', check: { kind: 'differs', username: 'Kay Example (WMF)' } },
    ]);
  });

  it('says nothing where the page links no account next to the name: accents count, and a bare link shows no name', () => {
    expect(liaisonAccounts([person('Zoe Example', null), person('Other Example (WMF)', null)], listed)).toEqual([]);
    expect(liaisonAccounts([person('Kay Person', 'Kay Example (WMF)')], [])).toEqual([]);
  });
});
