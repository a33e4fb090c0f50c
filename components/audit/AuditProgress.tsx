import { maxAuditPages } from '../../utils/audit/audit-input';
import type { AuditRun } from '../../utils/audit/audit-run';
import { formatDate } from '../../utils/view/relative-time';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';

/** A duration in the largest unit that still reads as a number worth saying, rounded up: "about 3 minutes". */
function timeLeftWords(ms: number): [key: string, count: number] {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return ['wayfinder-audit-time-left-seconds', seconds];
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return ['wayfinder-audit-time-left-minutes', minutes];
  return ['wayfinder-audit-time-left-hours', Math.round(minutes / 60)];
}

interface AuditProgressProps {
  run: AuditRun;
  timeLeftMs: number | null;
}

/** How far the run has got: its state, a bar of pages read against those expected, the time left, and what stopped it. */
export function AuditProgress({ run, timeLeftMs }: AuditProgressProps) {
  const { t, language } = useTranslator();
  // A category's page count can be lower than what its tree yields: the bar never runs past full.
  const max = run.expected === null ? null : Math.max(run.expected, run.rows, 1);
  const over = run.state === 'done' || run.state === 'cancelled';
  const timeLeft = timeLeftMs === null ? null : timeLeftWords(timeLeftMs);
  return (
    <div class="wf-audit-progress">
      {/* The state is announced when it changes; the counts, which change every batch, are not. */}
      <p class="wf-audit-progress__state" role="status">
        {t(`wayfinder-audit-state-${run.state}`)}
      </p>
      <progress
        class="wf-audit-progress__bar"
        aria-labelledby="wf-audit-progress-count"
        max={max ?? undefined}
        value={max === null ? (over ? 1 : undefined) : run.rows}
      />
      <p id="wf-audit-progress-count" class="wf-audit-progress__count">
        {run.expected === null ? t('wayfinder-audit-progress-count', run.rows) : t('wayfinder-audit-progress-of', run.rows, run.expected)}
        {timeLeft !== null && <span class="wf-audit-progress__time">{t(...timeLeft)}</span>}
      </p>
      {run.state === 'waiting' &&
        (run.retryAt === null ? (
          <p>{t('wayfinder-audit-waiting-resume')}</p>
        ) : (
          <p>
            <Message id="wayfinder-audit-waiting-until" params={[formatDate(run.retryAt, language)]} />
          </p>
        ))}
      {run.error !== null && (
        <Notice tone={run.state === 'waiting' ? 'warning' : 'notice'}>
          <p>
            <Message id="wayfinder-audit-error" params={[run.error]} />
          </p>
        </Notice>
      )}
      {run.truncated && (
        <Notice tone="warning">
          <p>{t('wayfinder-audit-truncated', maxAuditPages)}</p>
        </Notice>
      )}
    </div>
  );
}
