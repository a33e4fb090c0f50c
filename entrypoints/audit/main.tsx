// First: no schema may be built before zod is told not to try eval (see the module).
import '../../utils/browser/zod-jitless';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { AuditPage } from '../../components/audit/AuditPage';
import { LocalizedRoot } from '../../components/common/LocalizedRoot';
import '../../components/styles/audit.css';
import { localizePage } from '../../utils/browser/localized-page';
import { auditMessages } from '../../utils/i18n/audit-messages';
import { initialAuditWatchState, watchAudit, type AuditWatchState } from '../../utils/report/audit-watch';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';
import { auditFormFromQuery, type AuditForm } from '../../utils/view/audit-form';

// The audit page (audit.html): an unlisted extension page, opened from the popup, the team
// directory and the side panel's footer with its form filled in from the query
// (utils/view/audit-link.ts). The run itself lives in the background and goes on when the
// page is closed; this page only shows it and sends commands.

const settings = signal<Settings>(defaultSettings);
void loadSettings().then((value) => (settings.value = value));
watchSettings((value) => (settings.value = value));

// The audit page's own messages (i18n/audit/) come with the main group; no other page bundles them.
const { translator, ready } = localizePage(settings, 'wayfinder-audit-title', [auditMessages]);

const form = signal<AuditForm>(auditFormFromQuery(location.search));
const state = signal<AuditWatchState>(initialAuditWatchState);
const watch = watchAudit((next) => (state.value = next));
const todayIso = new Date().toISOString();

function Root() {
  return (
    <LocalizedRoot translator={translator}>
      <AuditPage watch={state.value} form={form.value} onForm={(next) => (form.value = next)} onCommand={watch.send} todayIso={todayIso} />
    </LocalizedRoot>
  );
}

void ready.then(() => render(<Root />, document.getElementById('app')!));
