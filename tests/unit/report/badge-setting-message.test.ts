import { describe, expect, it } from 'vitest';
import { badgeSettingMessage, isBadgeSettingMessage } from '../../../utils/report/badge-setting-message';

describe('the badge setting message', () => {
  it('is recognised as the background sends it, and nothing else is', () => {
    expect(isBadgeSettingMessage(badgeSettingMessage(false))).toBe(true);
    expect(isBadgeSettingMessage(badgeSettingMessage(true))).toBe(true);
    for (const other of [null, 'badge-setting', { type: 'badge-setting' }, { type: 'badge-setting', enabled: 'false' }, { type: 'badge-info', enabled: true }]) {
      expect(isBadgeSettingMessage(other)).toBe(false);
    }
  });
});
