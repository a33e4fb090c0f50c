import type { Ownership } from '../ownership/ownership';
import { pageUrl } from '../page/title';
import type { TeamPageStatus } from '../report/page-report';
import { message, type MessageSpec } from './message-spec';
import { certaintyQualifier } from './successor-map';

export interface OwnerCardView {
  teamName: string;
  /** "probably" or "possibly": the weakest claim on the way to this team, said in the headline. */
  qualifier: MessageSpec | null;
  department: string | null;
  /** When the department was last stated, if later placement is not known. */
  departmentAsOf: string | null;
  teamStatus: 'active' | 'historical' | 'unknown';
  teamPage: { title: string; href: string } | null;
  /** The team's own page is missing, has moved or is itself marked historical. */
  teamPageWarnings: { text: MessageSpec; href: string | null }[];
}

function teamPageWarnings(status: TeamPageStatus | null): OwnerCardView['teamPageWarnings'] {
  if (status === null) return [];
  const warnings: OwnerCardView['teamPageWarnings'] = [];
  if (!status.exists) warnings.push({ text: message('wayfinder-team-page-missing', status.title), href: null });
  if (status.movedTo !== null) {
    warnings.push({
      text: message('wayfinder-team-page-moved', status.title, status.movedTo),
      href: pageUrl({ host: status.host }, status.movedTo),
    });
  }
  if (status.isHistorical) warnings.push({ text: message('wayfinder-team-page-historical', status.title), href: null });
  return warnings;
}

/** The "owned now by" card; null when no current owner is known. */
export function ownerCardView(ownership: Ownership, teamPage: TeamPageStatus | null): OwnerCardView | null {
  const owner = ownership.owner;
  if (ownership.status !== 'owned' || owner === null) return null;
  return {
    teamName: owner.name,
    qualifier: certaintyQualifier(ownership.certainty),
    department: ownership.department ?? owner.department,
    departmentAsOf: owner.departmentAsOf ?? null,
    teamStatus: owner.status,
    teamPage: ownership.teamPage && { title: ownership.teamPage.title, href: pageUrl(ownership.teamPage, ownership.teamPage.title) },
    teamPageWarnings: teamPageWarnings(teamPage),
  };
}
