import type { AuditCommand } from '../../utils/audit/audit-messages';
import type { AuditRun } from '../../utils/audit/audit-run';
import { useTranslator } from '../common/translator-context';

interface AuditControlsProps {
  run: AuditRun;
  onCommand: (command: AuditCommand) => void;
}

/** Only the buttons the run's state allows, as the runner does (entrypoints/background/audit-runner.ts). */
export function AuditControls({ run, onCommand }: AuditControlsProps) {
  const { t } = useTranslator();
  const { state } = run;
  const live = state === 'running' || state === 'waiting';
  const over = state === 'done' || state === 'cancelled';
  const button = (command: AuditCommand, label: string) => (
    <button type="button" class="wf-button" onClick={() => onCommand(command)}>
      {label}
    </button>
  );
  return (
    <div class="wf-audit-controls">
      {live && button({ type: 'pause' }, t('wayfinder-audit-pause'))}
      {(state === 'paused' || state === 'waiting') && button({ type: 'resume' }, t('wayfinder-audit-resume'))}
      {!over && button({ type: 'cancel' }, t('wayfinder-audit-cancel'))}
      {run.failures.length > 0 && state !== 'running' && button({ type: 'retry-failed' }, t('wayfinder-audit-retry-failed', run.failures.length))}
    </div>
  );
}
