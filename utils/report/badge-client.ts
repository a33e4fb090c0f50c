import type { browser } from 'wxt/browser';
import { isBadgeSettingMessage } from './badge-setting-message';

/**
 * The in-page badge's side of the protocol in utils/report/messages.ts. It avoids zod on
 * purpose: the content script runs on every Meta page and must stay a few KB.
 */
export interface BadgeAnswer {
  show: boolean;
  teamName: string | null;
  label: string;
}

/**
 * The extension API, looked up at first use rather than when the script starts (as wxt/browser
 * does): the first read of `runtime` builds its bindings in the page's isolated world, and the
 * content script starts just before the page's load event, which would wait for it.
 */
function extensionApi(): typeof browser {
  const scope = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}

export async function requestBadgeInfo(url: string): Promise<BadgeAnswer> {
  const answer: unknown = await extensionApi().runtime.sendMessage({ type: 'badge-info', url });
  if (typeof answer !== 'object' || answer === null) return { show: false, teamName: null, label: '' };
  const { show, teamName, label } = answer as Record<string, unknown>;
  return {
    show: show === true,
    teamName: typeof teamName === 'string' ? teamName : null,
    label: typeof label === 'string' ? label : '',
  };
}

/** Asks the background to open the sidebar; the click that calls this is the user gesture. */
export function openSidebarFromPage(): void {
  void extensionApi().runtime.sendMessage({ type: 'open-sidebar' });
}

/** Calls back with the badge setting whenever the background announces a change (entrypoints/background/badge-setting-push.ts). */
export function onBadgeSetting(listener: (enabled: boolean) => void): void {
  extensionApi().runtime.onMessage.addListener((message: unknown) => {
    if (isBadgeSettingMessage(message)) listener(message.enabled);
  });
}
