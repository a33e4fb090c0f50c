import { describe, expect, it } from 'vitest';
import { panelState, type PanelInput } from '../../../utils/view/panel-state';
import { metaPage, now, report, stewardsOwnership, unknownOwnership } from './fixtures';

const page = metaPage('Support and Safety');
const input = (overrides: Partial<PanelInput>): PanelInput => ({ url: 'https://meta.wikimedia.org/wiki/Support_and_Safety', page, report: report(), now, language: 'en', ...overrides });

describe('panelState', () => {
  it.each([
    { msg: 'active tab not known yet', input: input({ url: undefined, page: null, report: null }), kind: 'waiting', refining: false },
    { msg: 'a tab the extension may not read', input: input({ url: null, page: null, report: null }), kind: 'not-wikimedia', refining: false },
    { msg: 'a URL that is no wiki page', input: input({ url: 'https://example.org/', page: null, report: null }), kind: 'not-wikimedia', refining: false },
    { msg: 'a special page', input: input({ page: metaPage('Special:RecentChanges', { id: -1, name: 'Special' }), report: null }), kind: 'special', refining: false },
    { msg: 'before the instant answer', input: input({ report: null }), kind: 'loading', refining: true },
    { msg: 'the instant answer', input: input({ report: report({ phase: 'instant', teamPage: null }) }), kind: 'owned', refining: true },
    { msg: 'the refined answer', input: input({ report: report({ phase: 'refined' }) }), kind: 'owned', refining: true },
    { msg: 'the complete answer', input: input({}), kind: 'owned', refining: false },
    { msg: 'owner unknown', input: input({ report: report({ ownership: unknownOwnership }) }), kind: 'unknown-owner', refining: false },
    { msg: 'run by a community body', input: input({ report: report({ ownership: stewardsOwnership, teamPage: null }) }), kind: 'community', refining: false },
    { msg: 'run by a community body, still refining', input: input({ report: report({ ownership: stewardsOwnership, phase: 'refined', teamPage: null }) }), kind: 'community', refining: true },
    {
      msg: 'not applicable',
      input: input({ report: report({ ownership: { ...unknownOwnership, status: 'not-applicable' } }) }),
      kind: 'special',
      refining: false,
    },
  ])('$msg', ({ input: given, kind, refining }) => {
    const state = panelState(given);
    expect({ kind: state.kind, refining: state.refining }).toEqual({ kind, refining });
  });

  it('says offline with the age of what it shows, and offers a retry', () => {
    const state = panelState(input({ report: report({ failures: [{ part: 'team-page', failure: { reason: 'offline' } }], stale: true }) }));
    expect(state.notices).toEqual([{ tone: 'warning', text: { key: 'wayfinder-offline-with-age', params: ['1 hour ago'] }, details: [], retry: true }]);
  });

  it('names each failed part and its reason', () => {
    const state = panelState(
      input({
        report: report({
          dataFetchedAt: null,
          failures: [
            { part: 'members', failure: { reason: 'http', status: 503 } },
            { part: 'grants', failure: { reason: 'wiki-error', code: 'maxlag', text: 'Waiting for a database server' } },
          ],
        }),
      }),
    );
    expect(state.notices).toEqual([
      {
        tone: 'error',
        text: { key: 'wayfinder-error', params: [] },
        details: [
          { part: { key: 'wayfinder-part-members', params: [] }, reason: { key: 'wayfinder-failure-http', params: [503] } },
          { part: { key: 'wayfinder-part-grants', params: [] }, reason: { key: 'wayfinder-failure-wiki-error', params: ['Waiting for a database server'] } },
        ],
        retry: true,
      },
    ]);
  });

  it('gives no age for data fetched within the last minute', () => {
    const state = panelState(input({ report: report({ dataFetchedAt: '2026-11-24T11:59:30Z', failures: [{ part: 'members', failure: { reason: 'offline' } }] }) }));
    expect(state.notices[0]?.text).toEqual({ key: 'wayfinder-offline', params: [] });
  });

  it('does not report a cancelled request as a failure', () => {
    expect(panelState(input({ report: report({ failures: [{ part: 'members', failure: { reason: 'aborted' } }] }) })).notices).toEqual([]);
  });

  it('says stale data is being refreshed, with its age', () => {
    expect(panelState(input({ report: report({ stale: true, dataFetchedAt: '2026-11-22T12:00:00Z' }) })).notices).toEqual([
      { tone: 'notice', text: { key: 'wayfinder-stale-with-age', params: ['2 days ago'] }, details: [], retry: false },
    ]);
  });
});
