import { describe, expect, it } from 'vitest';
import { communityOwnerView } from '../../../utils/view/community-owner';
import { stewardsOwnership, trustAndSafetyOwnership, unknownOwnership } from './fixtures';

describe('communityOwnerView', () => {
  it('names the body, links its request page and offers its address', () => {
    expect(communityOwnerView(stewardsOwnership)).toEqual({
      kind: 'community',
      name: 'Stewards',
      askAt: { title: 'Steward requests/Global', href: 'https://meta.wikimedia.org/wiki/Steward_requests/Global' },
      channels: [{ kind: 'email', label: 'stewards@wikimedia.org', href: 'mailto:stewards@wikimedia.org', purpose: null }],
    });
  });

  it('says affiliate for an affiliate, and offers no address it does not have', () => {
    const view = communityOwnerView({
      status: 'community',
      runBy: { id: 'body:wikimedia-deutschland', name: 'Wikimedia Deutschland', kind: 'affiliate', askAt: { host: 'meta.wikimedia.org', title: 'Talk:Wikimedia Deutschland' }, email: null },
    });
    expect(view).toMatchObject({ kind: 'affiliate', askAt: { href: 'https://meta.wikimedia.org/wiki/Talk:Wikimedia_Deutschland' }, channels: [] });
  });

  it('leaves a malformed address unlinked rather than building a mailto: from it', () => {
    const runBy = { ...stewardsOwnership.runBy!, email: 'stewards@wikimedia.org?body=x' };
    expect(communityOwnerView({ status: 'community', runBy })?.channels).toEqual([{ kind: 'email', label: 'stewards@wikimedia.org?body=x', href: null, purpose: null }]);
  });

  it.each([
    { msg: 'a team owns the page', ownership: trustAndSafetyOwnership },
    { msg: 'the owner is unknown', ownership: unknownOwnership },
  ])('is null when $msg', ({ ownership }) => {
    expect(communityOwnerView(ownership)).toBeNull();
  });
});
