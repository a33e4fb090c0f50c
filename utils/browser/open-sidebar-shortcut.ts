/**
 * The keyboard shortcut that opens the sidebar (Chrome's `open-sidebar` command, Firefox's
 * `_execute_sidebar_action`). Checked in Chromium 156 and Firefox ESR 153: Chrome silently leaves
 * Alt+Shift+W, Alt+Shift+A and Ctrl+Shift+L unassigned (they clash with its own shortcuts), and
 * MediaWiki's access keys take Alt+Shift+<letter> in Firefox (W is "watch", K "related changes",
 * Y "contributions"…). No access key uses a digit.
 */
export const openSidebarShortcut = 'Alt+Shift+0';
