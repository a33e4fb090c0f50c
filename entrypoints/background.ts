import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSidebar } from '../utils/browser/open-sidebar';

export default defineBackground(() => {
  // Chrome: the keyboard command is a user gesture, so the panel may open from it.
  // Firefox handles its `_execute_sidebar_action` command itself.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-sidebar') void openSidebar(tab?.windowId);
  });
});
