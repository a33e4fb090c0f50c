import { useMemo } from 'preact/hooks';
import type { AuditInput } from '../../utils/audit/audit-input';
import type { AuditCommand } from '../../utils/audit/audit-messages';
import { summarizeAudit } from '../../utils/audit/audit-summary';
import type { AuditWatchState } from '../../utils/report/audit-watch';
import type { AuditForm as AuditFormState } from '../../utils/view/audit-form';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';
import { AuditChart } from './AuditChart';
import { AuditControls } from './AuditControls';
import { AuditExport } from './AuditExport';
import { AuditFailures } from './AuditFailures';
import { AuditForm } from './AuditForm';
import { AuditProgress } from './AuditProgress';
import { AuditSummary } from './AuditSummary';
import { AuditTable } from './AuditTable';

export interface AuditPageProps {
  watch: AuditWatchState;
  form: AuditFormState;
  onForm: (form: AuditFormState) => void;
  onCommand: (command: AuditCommand) => void;
  /** Today, for the date in a report's subject. */
  todayIso: string;
}

/** The audit page: what to audit, how far the run has got, what it found in sum, and every page it read. */
export function AuditPage({ watch, form, onForm, onCommand, todayIso }: AuditPageProps) {
  const { t } = useTranslator();
  const { run, rows, refused, ready } = watch;
  const summary = useMemo(() => summarizeAudit([...rows]), [rows]);
  const onStart = (input: AuditInput) => onCommand({ type: 'start', input });
  return (
    <>
      <header class="wf-audit__header">
        <h1>{t('wayfinder-audit-title')}</h1>
        <p class="wf-subtle">{t('wayfinder-audit-intro')}</p>
      </header>
      <main class="wf-audit" aria-busy={!ready}>
        <AuditForm form={form} onForm={onForm} onStart={onStart} replacesRun={run !== null} />
        {refused !== null && (
          <Notice tone="error">
            <p>
              <Message id="wayfinder-audit-refused" params={[refused]} />
            </p>
          </Notice>
        )}
        <section class="wf-audit__section" aria-labelledby="wf-audit-run-heading">
          <h2 id="wf-audit-run-heading">{t('wayfinder-audit-run-heading')}</h2>
          {!ready && <p>{t('wayfinder-audit-connecting')}</p>}
          {ready && run === null && <p>{t('wayfinder-audit-none')}</p>}
          {run !== null && (
            <>
              <AuditProgress run={run} timeLeftMs={watch.timeLeftMs} />
              <AuditControls run={run} onCommand={onCommand} />
              {run.failures.length > 0 && <AuditFailures failures={run.failures} />}
            </>
          )}
        </section>
        {run !== null && (
          <>
            <section class="wf-audit__section" aria-labelledby="wf-audit-summary-heading">
              <h2 id="wf-audit-summary-heading">{t('wayfinder-audit-summary-heading')}</h2>
              <AuditSummary summary={summary} />
              <AuditChart summary={summary} />
            </section>
            <section class="wf-audit__section" aria-labelledby="wf-audit-table-heading">
              <h2 id="wf-audit-table-heading">{t('wayfinder-audit-table-heading')}</h2>
              <AuditExport run={run} rows={rows} />
              <AuditTable host={run.host} rows={rows} todayIso={todayIso} />
            </section>
          </>
        )}
      </main>
    </>
  );
}
