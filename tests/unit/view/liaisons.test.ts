import { describe, expect, it } from 'vitest';
import { liaisonRow, liaisonRows, pingWikitext } from '../../../utils/view/liaisons';

const sources = [{ url: 'https://meta.wikimedia.org/wiki/Community_Relations_Specialists' }];

describe('liaisonRow', () => {
  it.each([
    {
      msg: 'a known username gets a ping and a talk page on Meta',
      liaison: { id: 'liaison:a', name: 'A Person', username: 'Example (WMF)', role: 'specialist', products: ['Growth'], sources },
      expected: { ping: '{{ping|Example (WMF)}}', talkHref: 'https://meta.wikimedia.org/wiki/User_talk:Example_(WMF)', listedOnHref: null },
    },
    {
      msg: 'an unknown username gets no ping, only the page that lists the person',
      liaison: { id: 'liaison:b', name: 'B Person', username: null, role: 'specialist', products: [], sources },
      expected: { ping: null, talkHref: null, listedOnHref: 'https://meta.wikimedia.org/wiki/Community_Relations_Specialists' },
    },
    {
      msg: 'a source outside Wikimedia is never linked',
      liaison: { id: 'liaison:c', name: 'C Person', username: null, role: 'specialist', products: [], sources: [{ url: 'https://example.org/' }] },
      expected: { ping: null, talkHref: null, listedOnHref: null },
    },
  ])('$msg', ({ liaison, expected }) => {
    expect(liaisonRow(liaison)).toMatchObject(expected);
  });

  it('pings and links the account the live team page supplies, on that account’s wiki, and carries its check', () => {
    const liaison = { id: 'liaison:z', name: 'Zoë Example', username: null, role: 'specialist', products: [], sources };
    const account = { liaisonId: 'liaison:z', username: 'Zed Example (WMF)', host: 'www.mediawiki.org', check: { kind: 'from-team-page' as const } };
    expect(liaisonRow(liaison, account)).toMatchObject({
      username: 'Zed Example (WMF)',
      ping: '{{ping|Zed Example (WMF)}}',
      talkHref: 'https://www.mediawiki.org/wiki/User_talk:Zed_Example_(WMF)',
      listedOnHref: null,
      accountCheck: { kind: 'from-team-page' },
    });
    expect(liaisonRows([liaison], [{ ...account, liaisonId: 'liaison:other' }])[0]).toMatchObject({ username: null, accountCheck: null });
  });

  it('writes the ping template exactly', () => {
    expect(pingWikitext('Quiddity (WMF)')).toBe('{{ping|Quiddity (WMF)}}');
  });
});
