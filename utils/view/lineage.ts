import type { LineageStep } from '../ownership/ownership';
import type { Translator } from '../i18n/translator';
import { departmentBeside } from './department-beside';

/** One step of the timeline from the team a page was written for to today's owner. */
export interface LineageItem {
  team: string;
  department: string | null;
  /** Years, such as "2016–2019" or "since 2019"; said in words where no source dates an end. */
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

/**
 * The step's years in words: never "unknown–", which reads as a broken range. A start no
 * source dates is said so ("since a date not known"); a known end is always shown.
 */
function periodOf(step: LineageStep, t: Translator['t']): string {
  const from = yearOf(step.from);
  const to = step.to === undefined ? undefined : yearOf(step.to);
  if (to === undefined) return from === null ? t('wayfinder-lineage-period-open-undated') : t('wayfinder-lineage-period-open', from);
  if (from === null) return to === null ? t('wayfinder-lineage-period-undated') : t('wayfinder-lineage-period-until', to);
  return to === null ? t('wayfinder-lineage-period-end-undated', from) : t('wayfinder-lineage-period', from, to);
}

export function lineageView(chain: readonly LineageStep[], t: Translator['t']): LineageView {
  const items = chain.map((step, index) => ({
    team: step.name,
    department: departmentBeside(step.name, step.department),
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
