import type { AuditSummary as Summary } from '../../utils/audit/audit-summary';
import { teamPageStateSchema } from '../../utils/audit/audit-row';
import { useTranslator } from '../common/translator-context';

const teamPageStates = [...teamPageStateSchema.options, 'none'] as const;

/** The counts behind the chart, as a list of terms and numbers. */
export function AuditSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslator();
  const term = (label: string, count: number, key: string) => (
    <div key={key} class="wf-audit-summary__item">
      <dt>{label}</dt>
      <dd>{count}</dd>
    </div>
  );
  return (
    <div class="wf-audit-summary">
      <dl class="wf-audit-summary__list">
        {term(t('wayfinder-audit-summary-total'), summary.total, 'total')}
        {term(t('wayfinder-audit-summary-historical'), summary.historical, 'historical')}
      </dl>
      <h3 id="wf-audit-summary-team-pages">{t('wayfinder-audit-summary-team-pages')}</h3>
      <dl class="wf-audit-summary__list" aria-labelledby="wf-audit-summary-team-pages">
        {teamPageStates.map((state) => term(t(`wayfinder-audit-team-page-${state}`), summary.byTeamPageState[state], state))}
      </dl>
    </div>
  );
}
