// No utils/browser/zod-jitless here: the panel builds no zod schema, and importing zod's config
// alone brings about 4 KB gzip of zod's core into its budget (docs/PERFORMANCE.md).
import { batch, computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { localizePage } from '../../utils/browser/localized-page';
import { useLayoutEffect } from 'preact/hooks';
import { ClipboardContext } from '../../components/common/clipboard-context';
import { LocalizedRoot } from '../../components/common/LocalizedRoot';
import { SidePanel } from '../../components/panel/SidePanel';
import '../../components/styles/panel.css';
import { watchActiveTabUrl } from '../../utils/browser/active-tab-url';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { openPageReports, watchSettingsFromBackground } from '../../utils/report/client';
import type { PageReport } from '../../utils/report/page-report';
import { defaultSettings, type Settings } from '../../utils/settings/default-settings';
import { markOwnerShown, markUrlChange } from './performance-marks';

const settings = signal<Settings>(defaultSettings);
// The background reads and validates the settings; the panel follows what it sends.
watchSettingsFromBackground((value) => (settings.value = value));

const { translator, ready } = localizePage(settings, 'wayfinder-panel-title');

// `?url=` pins the panel to one page (links and tests rely on it); otherwise it follows the tab.
const pinnedUrl = new URLSearchParams(location.search).get('url');
const tabUrl = signal<string | null | undefined>(pinnedUrl ?? undefined);
if (pinnedUrl === null) watchActiveTabUrl((url) => (tabUrl.value = url));
const page = computed(() => (tabUrl.value ? parseWikiPageUrl(tabUrl.value) : null));

const report = signal<PageReport | null>(null);
const now = signal(new Date());
// Ages such as "3 hours ago" stay true while the panel is left open.
setInterval(() => (now.value = new Date()), 60_000);

// One port for the panel's whole life, open before the first page is known. Each watch drops the
// late reports of the page before, so a burst of tab switches ends on the last tab.
const reports = openPageReports((next) =>
  batch(() => {
    now.value = new Date();
    report.value = next;
  }),
);
effect(() => {
  const url = tabUrl.value;
  markUrlChange(url);
  report.value = null;
  reports.watch(url && page.value !== null ? url : null);
});

const copyText = (text: string) => navigator.clipboard.writeText(text);

function Root() {
  // A layout effect runs once the DOM shows this render, even while the panel's tab is hidden.
  useLayoutEffect(() => markOwnerShown(tabUrl.value, report.value));
  return (
    <LocalizedRoot translator={translator}>
      <ClipboardContext.Provider value={copyText}>
        <SidePanel
          url={tabUrl.value}
          page={page.value}
          report={report.value}
          registryPage={{ host: settings.value.registryHost, title: settings.value.registryTitle }}
          now={now.value}
          onRetry={() => reports.retry()}
        />
      </ClipboardContext.Provider>
    </LocalizedRoot>
  );
}

void ready.then(() => render(<Root />, document.getElementById('app')!));
