import type { AuditSummary } from '../../utils/audit/audit-summary';
import { useTranslator } from '../common/translator-context';

// Plain HTML bars, no chart library: the page must stay small, and a list of labels with their
// numbers as text reads the same to a screen reader, in right-to-left and in high contrast.

/** Owners shown by name; the rest are one bar, so a long tail of one-page owners cannot push the chart off the screen. */
const shownOwners = 10;

interface Bar {
  key: string;
  label: string;
  count: number;
}

function BarList({ labelId, bars }: { labelId: string; bars: Bar[] }) {
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <ul class="wf-audit-chart__bars" aria-labelledby={labelId}>
      {bars.map(({ key, label, count }) => (
        <li key={key} class="wf-audit-chart__bar">
          <span class="wf-audit-chart__label">
            <bdi>{label}</bdi>
          </span>
          <span class="wf-audit-chart__track" aria-hidden="true">
            <span class="wf-audit-chart__fill" style={{ inlineSize: `${(count / most) * 100}%` }} />
          </span>
          <span class="wf-audit-chart__count">{count}</span>
        </li>
      ))}
    </ul>
  );
}

/** Pages per current owner, and per state of ownership. */
export function AuditChart({ summary }: { summary: AuditSummary }) {
  const { t } = useTranslator();
  const owners: Bar[] = summary.byOwner.slice(0, shownOwners).map((owner) => ({
    key: owner.teamId ?? `body:${owner.name ?? ''}`,
    label: owner.name ?? t('wayfinder-audit-owner-unknown'),
    count: owner.count,
  }));
  const rest = summary.byOwner.slice(shownOwners);
  if (rest.length > 0) {
    owners.push({ key: 'others', label: t('wayfinder-audit-chart-others', rest.length), count: rest.reduce((sum, owner) => sum + owner.count, 0) });
  }
  const states: Bar[] = summary.byState.map(({ state, count }) => ({ key: state, label: t(`wayfinder-audit-status-${state}`), count }));
  return (
    <div class="wf-audit-chart">
      <figure class="wf-audit-chart__figure">
        <figcaption id="wf-audit-chart-owners">{t('wayfinder-audit-chart-owners')}</figcaption>
        <BarList labelId="wf-audit-chart-owners" bars={owners} />
      </figure>
      <figure class="wf-audit-chart__figure">
        <figcaption id="wf-audit-chart-states">{t('wayfinder-audit-chart-states')}</figcaption>
        <BarList labelId="wf-audit-chart-states" bars={states} />
      </figure>
    </div>
  );
}
