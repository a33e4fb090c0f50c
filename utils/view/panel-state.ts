import type { WikiPage } from '../page/wiki-page';
import type { PageReport } from '../report/page-report';
import { dataPartMessage, failureMessage } from './failures';
import { message, type MessageSpec } from './message-spec';
import { relativeTime } from './relative-time';

/**
 * What the side panel shows as a whole. `waiting`: the active tab is not known yet;
 * `loading`: a Wikimedia page whose first (instant) report has not arrived.
 */
export type PanelKind = 'waiting' | 'not-wikimedia' | 'special' | 'loading' | 'owned' | 'split' | 'community' | 'unknown-owner';

/** The kinds that answer the page: an owner, a successor map, a community body, or "unknown". */
export function isAnswer(kind: PanelKind): boolean {
  return kind === 'owned' || kind === 'split' || kind === 'community' || kind === 'unknown-owner';
}

export interface PanelNotice {
  tone: 'notice' | 'warning' | 'error';
  text: MessageSpec;
  /** Which parts of the data failed, and why. */
  details: { part: MessageSpec; reason: MessageSpec }[];
  retry: boolean;
}

export interface PanelState {
  kind: PanelKind;
  /** Live data is still arriving: the panel keeps room for it and says so. */
  refining: boolean;
  notices: PanelNotice[];
}

export interface PanelInput {
  /** undefined while the active tab is being found; null when it is no wiki page we may read. */
  url: string | null | undefined;
  page: WikiPage | null;
  report: PageReport | null;
  now: Date;
  language: string;
}

function kindOf(input: PanelInput): PanelKind {
  if (input.url === undefined) return 'waiting';
  if (input.url === null || input.page === null) return 'not-wikimedia';
  if (input.page.isSpecial) return 'special';
  if (input.report === null) return 'loading';
  if (input.report.ownership.status === 'not-applicable') return 'special';
  const { status } = input.report.ownership;
  return status === 'owned' || status === 'split' || status === 'community' ? status : 'unknown-owner';
}

// Data younger than this is as good as new: saying "showing data from now" would only confuse.
const ageWorthSaying = 60_000;

function ageOf(report: PageReport, now: Date, language: string): string | null {
  if (report.dataFetchedAt === null) return null;
  const fetched = new Date(report.dataFetchedAt);
  if (Number.isNaN(fetched.getTime()) || now.getTime() - fetched.getTime() < ageWorthSaying) return null;
  return relativeTime(fetched, now, language);
}

function noticesOf(report: PageReport, now: Date, language: string): PanelNotice[] {
  const notices: PanelNotice[] = [];
  // The user leaving the page is no failure worth telling them about.
  const failures = report.failures.filter(({ failure }) => failure.reason !== 'aborted');
  const age = ageOf(report, now, language);
  const offline = failures.length > 0 && failures.every(({ failure }) => failure.reason === 'offline');
  if (offline) {
    notices.push({
      tone: 'warning',
      text: age === null ? message('wayfinder-offline') : message('wayfinder-offline-with-age', age),
      details: [],
      retry: true,
    });
  } else if (failures.length > 0) {
    notices.push({
      tone: 'error',
      text: message(age === null ? 'wayfinder-error' : 'wayfinder-error-with-age', ...(age === null ? [] : [age])),
      details: failures.map(({ part, failure }) => ({ part: dataPartMessage(part), reason: failureMessage(failure, language) })),
      retry: true,
    });
  }
  if (report.stale && failures.length === 0) {
    notices.push({
      tone: 'notice',
      text: age === null ? message('wayfinder-stale') : message('wayfinder-stale-with-age', age),
      details: [],
      retry: false,
    });
  }
  return notices;
}

export function panelState(input: PanelInput): PanelState {
  const kind = kindOf(input);
  const report = input.report;
  const hasAnswer = report !== null && isAnswer(kind);
  return {
    kind,
    refining: kind === 'loading' || (hasAnswer && report.phase !== 'complete' && report.failures.length === 0),
    notices: hasAnswer ? noticesOf(report, input.now, input.language) : [],
  };
}
