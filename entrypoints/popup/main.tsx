// First: no schema may be built before zod is told not to try eval (see the module).
import '../../utils/browser/zod-jitless';
import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { localizePage } from '../../utils/browser/localized-page';
import { popupMessages } from '../../utils/i18n/popup-messages';
import { browser } from 'wxt/browser';
import { ClipboardContext } from '../../components/common/clipboard-context';
import { LocalizedRoot } from '../../components/common/LocalizedRoot';
import { Popup } from '../../components/popup/Popup';
import '../../components/styles/popup.css';
import { openSidebar } from '../../utils/browser/open-sidebar';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import type { WikiPage } from '../../utils/page/wiki-page';
import type { PreparedRegistry } from '../../utils/registry/prepare';
import { searchLiaisons } from '../../utils/registry/search-liaisons';
import { followRegistry, openPageReports } from '../../utils/report/client';
import type { PageReport } from '../../utils/report/page-report';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';
import { liaisonRow } from '../../utils/view/liaisons';
import { popupOwnerLine } from '../../utils/view/popup-owner';

const settings = signal<Settings>(defaultSettings);
void loadSettings().then((value) => (settings.value = value));
watchSettings((value) => (settings.value = value));

const { translator, ready } = localizePage(settings, 'wayfinder-popup-title', [popupMessages]);

// Read now, so the "Open sidebar" click can open it without awaiting anything.
let windowId: number | undefined;
void browser.windows.getCurrent().then((current) => (windowId = current.id));

const page = signal<WikiPage | null>(null);
const report = signal<PageReport | null>(null);
// Wikimedia tabs reveal their URL through the host permissions; other tabs stay unknown.
void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  const url = tab?.url;
  page.value = url === undefined ? null : parseWikiPageUrl(url);
  if (page.value !== null && url !== undefined) openPageReports((next) => (report.value = next)).watch(url);
});

const prepared = signal<PreparedRegistry | null>(null);
// Failing, the finder and the quick links keep what they had (nothing, the first time).
followRegistry(
  (loaded) => (prepared.value = loaded.prepared),
  () => undefined,
);

const query = signal('');
const liaisons = computed(() => (prepared.value === null ? [] : searchLiaisons(prepared.value, query.value).map((hit) => liaisonRow(hit.liaison))));
const openFailed = signal(false);

const onOpenSidebar = () => {
  openSidebar(windowId).catch(() => (openFailed.value = true));
};
const copyText = (text: string) => navigator.clipboard.writeText(text);

function Root() {
  return (
    <LocalizedRoot translator={translator}>
      <ClipboardContext.Provider value={copyText}>
        <Popup
          ownerLine={popupOwnerLine(page.value, report.value)}
          onOpenSidebar={onOpenSidebar}
          openFailed={openFailed.value}
          quickLinks={prepared.value?.registry.quickLinks ?? []}
          query={query.value}
          onQuery={(next) => (query.value = next)}
          liaisons={liaisons.value}
        />
      </ClipboardContext.Provider>
    </LocalizedRoot>
  );
}

void ready.then(() => render(<Root />, document.getElementById('app')!));
