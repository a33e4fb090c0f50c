import type { WikiPage } from '../page/wiki-page';
import type { PageReport } from '../report/page-report';
import { departmentBeside } from './department-beside';
import { message, type MessageSpec } from './message-spec';

/** The popup's one line about the active tab's page. */
export function popupOwnerLine(page: WikiPage | null, report: PageReport | null): MessageSpec {
  if (page === null) return message('wayfinder-popup-not-wikimedia');
  if (page.isSpecial) return message('wayfinder-popup-not-applicable');
  if (report === null) return message('wayfinder-popup-loading');
  const { status, owner, department, successorMap, runBy } = report.ownership;
  if (status === 'not-applicable') return message('wayfinder-popup-not-applicable');
  if (status === 'community' && runBy !== null) return message(`wayfinder-popup-run-by-${runBy.kind}`, runBy.name);
  if (status === 'split' && successorMap !== null) return message('wayfinder-popup-owner-split', successorMap.team.name, successorMap.ownerCount);
  if (status !== 'owned' || owner === null) return message('wayfinder-popup-owner-unknown');
  const team = departmentBeside(owner.name, department ?? owner.department);
  return team === null ? message('wayfinder-popup-owner', owner.name) : message('wayfinder-popup-owner-with-department', owner.name, team);
}
