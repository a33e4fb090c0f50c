// First: no schema may be built before zod is told not to try eval (see the module).
import '../../utils/browser/zod-jitless';
import { batch, computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { ClipboardContext } from '../../components/common/clipboard-context';
import { LocalizedRoot } from '../../components/common/LocalizedRoot';
import { SidePanel } from '../../components/panel/SidePanel';
import '../../components/styles/panel.css';
import { watchActiveTabUrl } from '../../utils/browser/active-tab-url';
import { messageFiles } from '../../utils/i18n/message-files';
import { createTranslator } from '../../utils/i18n/translator';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import { watchPageReports, type ReportWatch } from '../../utils/report/client';
import type { PageReport } from '../../utils/report/page-report';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';
import { interfaceLanguage } from '../../utils/view/interface-language';

const settings = signal<Settings>(defaultSettings);
void loadSettings().then((value) => (settings.value = value));
watchSettings((value) => (settings.value = value));

const translator = computed(() =>
  createTranslator(interfaceLanguage(settings.value.language, Object.keys(messageFiles), navigator.languages), messageFiles),
);
effect(() => {
  const { language, direction, t } = translator.value;
  document.documentElement.lang = language;
  document.documentElement.dir = direction;
  document.title = t('wayfinder-panel-title');
});

// `?url=` pins the panel to one page (links and tests rely on it); otherwise it follows the tab.
const pinnedUrl = new URLSearchParams(location.search).get('url');
const tabUrl = signal<string | null | undefined>(pinnedUrl ?? undefined);
if (pinnedUrl === null) watchActiveTabUrl((url) => (tabUrl.value = url));
const page = computed(() => (tabUrl.value ? parseWikiPageUrl(tabUrl.value) : null));

const report = signal<PageReport | null>(null);
const now = signal(new Date());
// Ages such as "3 hours ago" stay true while the panel is left open.
setInterval(() => (now.value = new Date()), 60_000);

let watch: ReportWatch | null = null;
effect(() => {
  const url = tabUrl.value;
  report.value = null;
  if (!url || page.value === null) return;
  // Closing the previous watch drops its late reports, so a burst of tab switches ends on the last tab.
  const current = watchPageReports(url, (next) =>
    batch(() => {
      now.value = new Date();
      report.value = next;
    }),
  );
  watch = current;
  return () => current.close();
});

const copyText = (text: string) => navigator.clipboard.writeText(text);

function Root() {
  return (
    <LocalizedRoot translator={translator}>
      <ClipboardContext.Provider value={copyText}>
        <SidePanel
          url={tabUrl.value}
          page={page.value}
          report={report.value}
          registryPage={{ host: settings.value.registryHost, title: settings.value.registryTitle }}
          now={now.value}
          onRetry={() => watch?.retry()}
        />
      </ClipboardContext.Provider>
    </LocalizedRoot>
  );
}

render(<Root />, document.getElementById('app')!);
