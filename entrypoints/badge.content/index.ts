import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { openSidebarFromPage, requestBadgeInfo } from '../../utils/report/badge-client';
import { badgeStyle } from './badge-style';

const hostTag = 'wiki-wayfinder-badge';

/** Whether the user still wants the badge; the options page can turn it off at any time. */
let wanted = true;
let showing: Promise<void> | null = null;

function removeBadge(): void {
  document.querySelector(hostTag)?.remove();
}

function buildBadge(label: string): HTMLElement {
  const host = document.createElement(hostTag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = badgeStyle;
  const button = document.createElement('button');
  button.type = 'button';
  // The label comes from the background as plain text; it is never parsed as HTML.
  button.textContent = label;
  const arrow = document.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = document.documentElement.dir === 'rtl' ? '‹' : '›';
  button.append(arrow);
  // Synchronous in the click: the click is the user gesture that lets the sidebar open.
  button.addEventListener('click', openSidebarFromPage);
  shadow.append(style, button);
  return host;
}

async function showBadge(): Promise<void> {
  const heading = document.getElementById('firstHeading');
  if (heading === null || document.querySelector(hostTag) !== null) return;
  const info = await requestBadgeInfo(location.href);
  // The answer may arrive after the badge was turned off, or after another one was shown.
  if (!info.show || !wanted || document.querySelector(hostTag) !== null) return;
  heading.insertAdjacentElement('afterend', buildBadge(info.label));
}

function showOnce(): void {
  showing ??= showBadge()
    .catch(() => undefined)
    .finally(() => (showing = null));
}

/** Follows the badge setting live, reading the raw stored value to keep zod out of this script. */
function onStorageChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'sync' || !('settings' in changes)) return;
  const stored = changes.settings?.newValue;
  wanted = !(typeof stored === 'object' && stored !== null && (stored as { badgeEnabled?: unknown }).badgeEnabled === false);
  if (wanted) showOnce();
  else removeBadge();
}

/**
 * "Now: <team> ›" by the title of historical pages: a few KB, no framework, and nothing that
 * waits on the page. The background decides (it checks the setting and the page); a click opens
 * the sidebar.
 */
export default defineContentScript({
  matches: ['https://meta.wikimedia.org/*', 'https://meta.m.wikimedia.org/*', 'https://www.mediawiki.org/*', 'https://outreach.wikimedia.org/*'],
  runAt: 'document_idle',
  main() {
    browser.storage.onChanged.addListener(onStorageChanged);
    showOnce();
  },
});
