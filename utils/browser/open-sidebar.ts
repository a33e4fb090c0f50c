import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens Chrome's side panel or Firefox's sidebar. Both browsers only allow it inside a user
 * gesture, so call this synchronously from the click or command handler: any `await` before
 * it loses the gesture.
 */
export function openSidebar(windowId: number | undefined): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  if (browser.sidePanel && windowId !== undefined) return browser.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no sidebar for extensions'));
}
