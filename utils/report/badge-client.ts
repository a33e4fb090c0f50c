import { browser } from 'wxt/browser';

/**
 * The in-page badge's side of the protocol in utils/report/messages.ts. It avoids zod on
 * purpose: the content script runs on every Meta page and must stay a few KB.
 */
export interface BadgeAnswer {
  show: boolean;
  teamName: string | null;
  label: string;
}

export async function requestBadgeInfo(url: string): Promise<BadgeAnswer> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'badge-info', url });
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
  void browser.runtime.sendMessage({ type: 'open-sidebar' });
}
