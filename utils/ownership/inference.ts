import { titleKey } from '../page/title';
import { pageKey } from '../registry/keys';
import type { PreparedRegistry } from '../registry/prepare';
import type { Team } from '../registry/schema';
import type { PageFacts } from './page-facts';
import type { Reason } from './ownership';

export interface Inference {
  team: Team;
  /** What the inference rests on: the linked team page or the staff account. */
  detail: string;
  reasons: Reason[];
}

const staffSuffix = ' (WMF)';

/** Staff accounts among the page's editors, latest first, each once. */
export function staffEditors(facts: PageFacts): string[] {
  const users = [facts.lastEdit?.user, ...facts.recentEditors.map((edit) => edit.user)];
  return [...new Set(users.filter((user): user is string => user !== undefined && user.endsWith(staffSuffix)))];
}

/**
 * A team whose page the page links to. On a historical page the team of that time (not an
 * active one) is preferred, since the page describes how things were; elsewhere an active team
 * is preferred. Among equals, the first link wins.
 */
export function inferFromTeamPageLinks(prepared: PreparedRegistry, host: string, facts: PageFacts): Inference | null {
  const linked: { team: Team; title: string }[] = [];
  for (const title of facts.links) {
    const team = prepared.teamsByPage.get(pageKey(host, title));
    if (team !== undefined) linked.push({ team, title });
  }
  const first = linked[0];
  if (first === undefined) return null;
  const wanted = (team: Team) => (facts.isHistorical ? team.status !== 'active' : team.status === 'active');
  const chosen = linked.find(({ team }) => wanted(team)) ?? first;
  const reasons: Reason[] = [{ code: 'inferred-team-page-link', params: [chosen.title, chosen.team.name] }];
  if (facts.isHistorical && chosen.team.status !== 'active') {
    reasons.push({ code: 'inferred-historical-page', params: [chosen.team.name] });
  }
  return { team: chosen.team, detail: chosen.title, reasons };
}

/** The first team of a liaison whose staff account edited the page. */
export function inferFromStaffEditors(prepared: PreparedRegistry, facts: PageFacts): Inference | null {
  for (const user of staffEditors(facts)) {
    const liaison = prepared.liaisonsByUsername.get(titleKey(user));
    const team = liaison?.teams[0] === undefined ? undefined : prepared.teams.get(liaison.teams[0]);
    if (liaison !== undefined && team !== undefined) {
      return { team, detail: user, reasons: [{ code: 'inferred-staff-editor', params: [user, liaison.name] }] };
    }
  }
  return null;
}
