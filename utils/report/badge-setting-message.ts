/**
 * The background's message to a tab's badge when the badge setting changes. The content script
 * keeps no storage listener of its own: its first use of chrome.storage would build that API's
 * bindings in the page's isolated world on every page load.
 */
export interface BadgeSettingMessage {
  type: 'badge-setting';
  enabled: boolean;
}

export const badgeSettingMessage = (enabled: boolean): BadgeSettingMessage => ({ type: 'badge-setting', enabled });

export function isBadgeSettingMessage(message: unknown): message is BadgeSettingMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, enabled } = message as Record<string, unknown>;
  return type === 'badge-setting' && typeof enabled === 'boolean';
}
