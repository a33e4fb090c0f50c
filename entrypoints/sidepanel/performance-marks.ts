import type { PageReport } from '../../utils/report/page-report';

/**
 * Two performance marks for the benchmark (tests/bench/panel-driver.ts, docs/PERFORMANCE.md):
 * when the panel learns a URL, and when it first shows that URL's owner (a team, a community
 * body, or where a split team's parts went) or its final "unknown".
 * Only the current URL's pair is kept, so a panel left open for days holds two entries.
 */
export const urlChangeMark = 'wayfinder:url-change';
export const ownerShownMark = 'wayfinder:owner-shown';

let ownerShownFor: string | null = null;

export function markUrlChange(url: string | null | undefined): void {
  performance.clearMarks(urlChangeMark);
  performance.clearMarks(ownerShownMark);
  ownerShownFor = null;
  performance.mark(urlChangeMark, { detail: url ?? null });
}

/** Called after each render: marks the first one that tells who owns the page at `url`. */
export function markOwnerShown(url: string | null | undefined, report: PageReport | null): void {
  if (!url || report === null || ownerShownFor === url) return;
  const { status } = report.ownership;
  // An instant "unknown" is provisional while the page's facts load; a refined one is the answer.
  // A community body named is an answer, as a team is, and so is the map of a split team's parts.
  const answered = status === 'owned' || status === 'split' || status === 'community' || (status === 'unknown' && report.phase !== 'instant');
  if (!answered) return;
  ownerShownFor = url;
  performance.mark(ownerShownMark, { detail: url });
}
