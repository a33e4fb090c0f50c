import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onBadgeSetting, openSidebarFromPage, requestBadgeInfo } from '../../utils/report/badge-client';
import { createBadgeController } from './badge-controller';
import { badgeView } from './badge-view';

function start(): void {
  const heading = document.getElementById('firstHeading');
  if (heading === null) return;
  const badge = createBadgeController(() => requestBadgeInfo(location.href), badgeView(heading, openSidebarFromPage));
  // Listening before asking: a setting turned off while the question is out drops its answer.
  onBadgeSetting(badge.setEnabled);
  badge.refresh();
}

/**
 * "Now: <team> ›" by the title of historical pages: a few KB, no framework. The background
 * decides (it checks the setting and the page), tells the tab when the setting changes, and
 * opens the sidebar on a click.
 *
 * A plain script, listed in the manifest as the content script by wxt.config.ts: defineContentScript
 * would add WXT's content-script context (an AbortController, events posted to the page, the
 * runtime binding read at start), which the badge does not use. It runs at document_end, once the
 * title is parsed, and then only waits for the load to be over: the badge's work, and its
 * question to the background, do not compete with the page's own loading.
 */
export default defineUnlistedScript(() => {
  if (document.readyState === 'complete') return start();
  // At the latest 2 s from now, as Chrome itself bounds document_idle (there 200 ms after the
  // DOM is ready): a page whose images stall still gets its note.
  const fallback = setTimeout(() => {
    removeEventListener('load', onLoad);
    start();
  }, 2000);
  // After the load event's own listeners, not among them.
  function onLoad(): void {
    clearTimeout(fallback);
    setTimeout(start);
  }
  addEventListener('load', onLoad, { once: true });
});
