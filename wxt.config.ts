import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { wikimediaHostPatterns } from './utils/page/wikimedia-hosts';

// One manifest per browser: Chrome gets the side panel, Firefox the sidebar;
// both ask only for storage plus the Wikimedia wikis' hosts (see docs/SECURITY.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => {
    const isFirefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage'],
      host_permissions: wikimediaHostPatterns,
      commands: isFirefox
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+W' },
              description: '__MSG_commandOpenSidebar__',
            },
          }
        : {
            'open-sidebar': {
              suggested_key: { default: 'Alt+Shift+W' },
              description: '__MSG_commandOpenSidebar__',
            },
          },
      ...(isFirefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'wiki-wayfinder@wikiwayfinder.org',
                strict_min_version: '142.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
