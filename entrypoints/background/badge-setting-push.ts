import { browser } from 'wxt/browser';
import { badgeMatchPatterns } from '../../utils/page/badge-wikis';
import { badgeSettingMessage } from '../../utils/report/badge-setting-message';
import { watchSettings } from '../../utils/settings/settings-item';

/**
 * Tells the open wiki tabs when the badge is turned off or on, so the badge shows or goes at once
 * without a storage listener in every page (utils/report/badge-setting-message.ts). Without the
 * `tabs` permission, tabs.query matches URLs only on the hosts the extension may access, which
 * include every wiki the badge runs on.
 */
export function pushBadgeSetting(): void {
  watchSettings((settings, previous) => {
    if (settings.badgeEnabled !== previous.badgeEnabled) void tellOpenTabs(settings.badgeEnabled);
  });
}

async function tellOpenTabs(enabled: boolean): Promise<void> {
  const tabs = await browser.tabs.query({ url: badgeMatchPatterns });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // A tab still loading has no listener yet (its badge asks after the load, under the new
          // setting), and the badge answers nothing: either way there is no reply to wait for.
          browser.tabs.sendMessage(tab.id, badgeSettingMessage(enabled), { frameId: 0 }).catch(() => undefined),
    ),
  );
}
