import type { LineageStep } from '../ownership/ownership';
import type { Translator } from '../i18n/translator';

/** One step of the timeline from the team a page was written for to today's owner. */
export interface LineageItem {
  team: string;
  department: string | null;
  /** Years, such as "2016–2019" or "2019–"; "unknown" where no source dates the step. */
  period: string;
  /** The claim behind this step is not stated by the team itself. */
  uncertain: boolean;
  isLast: boolean;
}

export interface LineageView {
  items: LineageItem[];
  /** The whole timeline on one line, as read aloud or copied. */
  text: string;
}

/** The year of a YYYY[-MM[-DD]] date, or null for 'unknown' and anything unreadable. */
function yearOf(date: string | undefined): string | null {
  const match = date === undefined ? null : /^(\d{4})/.exec(date);
  return match?.[1] ?? null;
}

function periodOf(step: LineageStep, t: Translator['t']): string {
  const from = yearOf(step.from) ?? t('wayfinder-unknown');
  if (step.to === undefined) return t('wayfinder-lineage-period-open', from);
  return t('wayfinder-lineage-period', from, yearOf(step.to) ?? t('wayfinder-unknown'));
}

export function lineageView(chain: readonly LineageStep[], t: Translator['t']): LineageView {
  const items = chain.map((step, index) => ({
    team: step.name,
    // A department that is its own team (Community Engagement) is named once, not twice.
    department: step.department === step.name ? null : step.department,
    period: periodOf(step, t),
    uncertain: step.certainty !== 'stated',
    isLast: index === chain.length - 1,
  }));
  const text = items
    .map((item) => {
      const name = item.department === null ? item.team : t('wayfinder-lineage-team-in-department', item.department, item.team);
      return t('wayfinder-lineage-step', name, item.period);
    })
    .join(t('wayfinder-lineage-separator'));
  return { items, text };
}
