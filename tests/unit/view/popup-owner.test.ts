import { describe, expect, it } from 'vitest';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { popupOwnerLine } from '../../../utils/view/popup-owner';
import { pageAt } from '../ownership/pages';
import { metaPage, report, stewardsOwnership, trustAndSafetyOwnership, unknownOwnership } from './fixtures';

const page = metaPage('Support and Safety');

describe('popupOwnerLine', () => {
  it.each([
    { msg: 'no Wikimedia page', page: null, report: null, expected: { key: 'wayfinder-popup-not-wikimedia', params: [] } },
    { msg: 'a special page', page: metaPage('Special:Search', { id: -1, name: 'Special' }), report: null, expected: { key: 'wayfinder-popup-not-applicable', params: [] } },
    { msg: 'still looking', page, report: null, expected: { key: 'wayfinder-popup-loading', params: [] } },
    { msg: 'owned', page, report: report(), expected: { key: 'wayfinder-popup-owner-with-department', params: ['Trust and Safety', 'Legal'] } },
    {
      msg: 'owned, department unknown',
      page,
      report: report({ ownership: { ...trustAndSafetyOwnership, department: null, owner: { ...trustAndSafetyOwnership.owner!, department: null } } }),
      expected: { key: 'wayfinder-popup-owner', params: ['Trust and Safety'] },
    },
    { msg: 'owner unknown', page, report: report({ ownership: unknownOwnership }), expected: { key: 'wayfinder-popup-owner-unknown', params: [] } },
    { msg: 'run by a community body', page, report: report({ ownership: stewardsOwnership }), expected: { key: 'wayfinder-popup-run-by-community', params: ['Stewards'] } },
    {
      msg: 'run by an affiliate',
      page,
      report: report({ ownership: { ...stewardsOwnership, runBy: { ...stewardsOwnership.runBy!, name: 'Wikimedia Deutschland', kind: 'affiliate' } } }),
      expected: { key: 'wayfinder-popup-run-by-affiliate', params: ['Wikimedia Deutschland'] },
    },
    {
      msg: 'a dissolved department',
      page,
      report: report({ ownership: resolveInstant(pageAt('Community Engagement'), prepareRegistry(loadBuiltinRegistry())) }),
      expected: { key: 'wayfinder-popup-owner-split', params: ['Community Engagement', 7] },
    },
  ])('$msg', ({ page: given, report: answer, expected }) => {
    expect(popupOwnerLine(given, answer)).toEqual(expected);
  });
});
