import { readdirSync, readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Alias, AliasOptions, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { openSidebarShortcut } from './utils/browser/open-sidebar-shortcut';
import { bananaFileSchema, buildStoreLocales } from './utils/i18n/store-locales';
import { badgeMatchPatterns } from './utils/page/badge-wikis';
import { wikimediaHostPatterns } from './utils/page/wikimedia-hosts';
import { sourcesZipOptions } from './tools/sources-files';

/**
 * Every banana message file of i18n/ itself, by language code: the main group, which holds the
 * store texts. Subfolders (i18n/directory/, i18n/options/: pages' own message groups) have
 * none, so they are not read here; readdirSync lists them as folders, which the `.json` filter
 * drops.
 */
function readMessageFiles() {
  const files = readdirSync('i18n').filter((name) => name.endsWith('.json'));
  return Object.fromEntries(
    files.map((name) => [name.slice(0, -'.json'.length), bananaFileSchema.parse(JSON.parse(readFileSync(`i18n/${name}`, 'utf8')))]),
  );
}

/**
 * Vite wraps every dynamic import in its preload helper, which fetches the chunk's CSS and
 * imports ahead of it. With `resolveDependencies` giving dynamic imports no list (build.modulePreload
 * below) and no CSS split into lazy chunks it is always handed an empty one, yet ships about 1.3 KB
 * of code to every page; this plugin loads a helper
 * that only imports. Should a lazy chunk ever get CSS of its own, the import fails loudly, and the
 * end-to-end tests with it, instead of rendering unstyled.
 */
const plainDynamicImports: Plugin = {
  name: 'wayfinder:plain-dynamic-imports',
  load(id) {
    if (id !== '\0vite/preload-helper.js') return null;
    return `export const __vitePreload = (load, deps) => {
      if (deps && deps.length > 0) throw new Error('wayfinder:plain-dynamic-imports cannot preload ' + deps.join(', '));
      return load();
    };`;
  },
};

/**
 * Two groups of modules the pages share, each one chunk. Left to itself Rollup gives every set of
 * pages that shares modules a chunk of its own; with the audit page a fifth page, the side panel
 * would load its page-title and background-port code in four more small files, about 0.6 KB gzip
 * more at start (each file compresses on its own, with its own imports) and four more module
 * reads. Grouped, the panel loads 34.9 KB; the options page loads about 5 KB of the groups it
 * does not use, as it has no budget and opens rarely (docs/PERFORMANCE.md). Only for the HTML
 * pages' build: the background and the scripts are single files.
 */
function pageChunks(id: string): string | undefined {
  if (/\/utils\/page\/(title|namespaces|language-codes|project-families|parse-url|translate-titles|variant-paths)\.|\/utils\/registry\/default-wiki\./.test(id)) return 'wiki-page';
  if (/\/utils\/report\/(background-port|reconnect-backoff)\.|\/utils\/view\/(sources|relative-time)\./.test(id)) return 'panel-shared';
  return undefined;
}

/** Vite aliases without the polyfill module's `wxt/browser`, so WXT's native `browser` is used. */
function withoutPolyfill(alias: AliasOptions | undefined): AliasOptions | undefined {
  if (alias === undefined) return undefined;
  if (Array.isArray(alias)) return alias.filter((entry: Alias) => entry.find !== 'wxt/browser');
  return Object.fromEntries(Object.entries(alias).filter(([find]) => find !== 'wxt/browser'));
}

// One manifest per browser: Chrome gets the side panel, Firefox the sidebar;
// both ask only for storage plus the Wikimedia wikis' hosts (see docs/SECURITY.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // A separate output folder lets parallel test runs each build their own copy.
  outDir: process.env.WAYFINDER_OUT_DIR ?? '.output',
  // The AMO sources zip holds the git-tracked files needed to rebuild, nothing untracked
  // (demo-output/, test-results/) and no tests; tests/tools/check-sources-zip.ts rebuilds from it.
  zip: sourcesZipOptions(process.cwd()),
  imports: false,
  vite: () => ({
    plugins: [preact(), plainDynamicImports],
    build: {
      // A page's HTML names every chunk it imports statically (`<link rel="modulepreload">`), so
      // the browser reads them all at once instead of one level of imports after another: each
      // level cost a page about 20 ms before it could run (docs/PERFORMANCE.md). Dynamic imports
      // get no list: Vite's helper would fetch a lazy chunk's imports ahead of it, which saves
      // nothing for files read from the extension's own folder (plainDynamicImports below), and
      // the polyfill is for browsers without modulepreload, which the extension never runs in.
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
      rollupOptions: {
        // zod's own comments mention `@__PURE__` in prose ("Wrapped in a `@__PURE__` IIFE: …");
        // Rollup reads those as misplaced annotations, warns and drops the comment. Nothing is
        // lost: the real annotations beside them still work. onLog rather than onwarn, which the
        // Preact preset sets for itself; every other log goes on to it.
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/zod/')) return;
          handler(level, log);
        },
      },
    },
  }),
  hooks: {
    // webextension-polyfill serves the background alone, whose onMessage listeners answer with
    // promises (Chrome's own API cannot). Every other context uses the browser's own promise API
    // (`browser` in Firefox, `chrome` in Chrome MV3), which keeps about 3 KB gzip out of the side
    // panel and the content script (docs/PERFORMANCE.md).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'background')) return;
      config.resolve = { ...config.resolve, alias: withoutPolyfill(config.resolve?.alias) };
      if (!entrypoints.every((entrypoint) => entrypoint.inputPath.endsWith('.html'))) return;
      config.build = { ...config.build, rollupOptions: { ...config.build?.rollupOptions, output: { ...config.build?.rollupOptions?.output, manualChunks: pageChunks } } };
    },
    // The store name and description come from i18n/ so translatewiki.net translates them too.
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of Object.entries(buildStoreLocales(readMessageFiles()))) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
  manifest: ({ browser, manifestVersion, command }) => {
    const isFirefox = browser === 'firefox';
    // No remote code and no eval, stated explicitly; `wxt dev` keeps WXT's own policy for reloading.
    const strictPolicy = "script-src 'self'; object-src 'none'; base-uri 'none'";
    const contentSecurityPolicy =
      command !== 'build' ? {} : { content_security_policy: manifestVersion === 3 ? { extension_pages: strictPolicy } : strictPolicy };
    return {
      ...contentSecurityPolicy,
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'alarms'],
      host_permissions: wikimediaHostPatterns,
      // The in-page badge (entrypoints/badge/): a plain script rather than a defineContentScript
      // entrypoint, so it carries none of WXT's content-script context, and run at document_end,
      // not document_idle, whose scripts Chrome injects just before the load event, which then
      // waits for them and for every task queued ahead of them (docs/PERFORMANCE.md).
      content_scripts: [{ matches: badgeMatchPatterns, run_at: 'document_end', js: ['badge.js'] }],
      commands: isFirefox
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: openSidebarShortcut },
              description: '__MSG_commandOpenSidebar__',
            },
          }
        : {
            'open-sidebar': {
              suggested_key: { default: openSidebarShortcut },
              description: '__MSG_commandOpenSidebar__',
            },
          },
      // The lowest versions with everything used: Chrome 116 brought sidePanel.open(); Firefox
      // reads data_collection_permissions from 140, and AMO's linter asks for 142 with it.
      // Nothing else used is newer (docs/STORES.md, "Browser versions").
      ...(isFirefox ? {} : { minimum_chrome_version: '116' }),
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
