import { planSources } from '../audit/audit-plan';
import { auditHrefForTeam } from './audit-link';
import type { Translator } from '../i18n/translator';
import { teamOutcome, type TeamOutcome } from '../ownership/graph/team-outcome';
import { contactsOf, programmesFor } from '../ownership/related';
import { dated, uniqueSources } from '../ownership/sources';
import { pageUrl } from '../page/title';
import { foldForSearch } from '../registry/keys';
import type { PreparedRegistry } from '../registry/prepare';
import type { Certainty, SuccessionKind, Team, TeamStatus } from '../registry/schema';
import { contactsView, type ChannelRow } from './contacts';
import { grantsView, type ProgrammeRow } from './grants';
import { liaisonRows, type LiaisonRow } from './liaisons';
import { message, type MessageSpec } from './message-spec';
import { formatPartialDate } from './relative-time';
import { sourceRows, type SourceRow } from './sources';

/**
 * The team directory (directory.html): every team of the registry, grouped by department,
 * searchable, each with what the registry knows about it. Pure: the page hands in the prepared
 * registry, the query and the translator.
 */

type T = Translator['t'];

const teamIdPattern = /^team:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const elementIdPattern = /^team-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The element id of a team's card: `team:trust-and-safety` → `team-trust-and-safety`. Team ids
 * are `team:` and lower-case words, so the mapping is one to one and the result needs no
 * escaping in a URL fragment or a CSS selector.
 */
export function teamElementId(teamId: string): string {
  return teamId.replace(/^team:/, 'team-');
}

/**
 * The team a directory address points at: `?team=team:x`, `#team:x` or `#team-x` (the form the
 * page's own links use). null for anything else, so a crafted address selects nothing.
 */
export function teamIdFromAddress(search: string, hash: string): string | null {
  const fromQuery = new URLSearchParams(search).get('team');
  const candidates = [fromQuery, safeDecode(hash.replace(/^#/, ''))];
  for (const candidate of candidates) {
    if (candidate === null || candidate === '') continue;
    if (teamIdPattern.test(candidate)) return candidate;
    const element = elementIdPattern.exec(candidate);
    if (element) return `team:${element[1]}`;
  }
  return null;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Search and grouping

const maxQueryLength = 200;
const maxTokens = 8;

/** Everything a query may match in one team, folded for search (case and accents ignored). */
function searchableText(prepared: PreparedRegistry, team: Team): string[] {
  const { emails, talkPages, phabricatorTags, chatChannels } = team.contacts;
  const liaisons = prepared.liaisonsByTeam.get(team.id) ?? [];
  return [
    team.name,
    team.department ?? '',
    ...team.products,
    ...emails.flatMap((email) => [email.address, email.purpose]),
    ...talkPages.map((page) => page.title),
    ...phabricatorTags,
    ...chatChannels,
    ...liaisons.flatMap((liaison) => [liaison.name, liaison.username ?? '']),
  ]
    .filter((text) => text !== '')
    .map(foldForSearch);
}

/**
 * The teams a query finds, in registry order: every word of the query must occur in the team's
 * name, department, products, contacts or the names of its liaisons. An empty query finds all.
 */
export function searchTeams(prepared: PreparedRegistry, query: string): Team[] {
  const tokens = foldForSearch(query.slice(0, maxQueryLength)).split(' ').filter(Boolean).slice(0, maxTokens);
  const teams = [...prepared.teams.values()];
  if (tokens.length === 0) return teams;
  return teams.filter((team) => {
    const fields = searchableText(prepared, team);
    return tokens.every((token) => fields.some((field) => field.includes(token)));
  });
}

export interface DepartmentGroup {
  /** null: the department is not known. */
  department: string | null;
  /** An element id for the group's heading. */
  headingId: string;
  teams: Team[];
}

/**
 * Teams by department, departments in the interface language's alphabetical order with
 * "department unknown" last, teams alphabetical within each.
 */
export function groupByDepartment(teams: readonly Team[], language: string): DepartmentGroup[] {
  const collator = new Intl.Collator(language);
  const groups = new Map<string | null, Team[]>();
  for (const team of teams) {
    const list = groups.get(team.department) ?? [];
    list.push(team);
    groups.set(team.department, list);
  }
  const departments = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  return departments.map((department, index) => ({
    department,
    headingId: `wf-department-${index}`,
    teams: groups.get(department)!.slice().sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id)),
  }));
}

export interface DirectoryView {
  groups: DepartmentGroup[];
  matches: number;
  total: number;
  /** What the live region says: how many teams there are, or how many match. */
  count: { key: string; params: number[] };
}

export function directoryView(prepared: PreparedRegistry, query: string, language: string): DirectoryView {
  const found = searchTeams(prepared, query);
  const foundIds = new Set(found.map((team) => team.id));
  const total = prepared.teams.size;
  const searching = foldForSearch(query) !== '';
  const count =
    found.length === 0
      ? { key: 'wayfinder-directory-no-match', params: [] }
      : { key: searching ? 'wayfinder-directory-matches' : 'wayfinder-directory-count', params: [found.length] };
  // Grouped over every team, then filtered, so a department keeps its heading id while typing.
  const groups = groupByDepartment([...prepared.teams.values()], language)
    .map((group) => ({ ...group, teams: group.teams.filter((team) => foundIds.has(team.id)) }))
    .filter((group) => group.teams.length > 0);
  return { groups, matches: found.length, total, count };
}

// ---------------------------------------------------------------------------------------------
// Dates and certainty in words

/** A registry date as the source gives it: a year or month as written, a day in the interface language. */
export function dateText(date: string, language: string, t: T): string {
  return date === 'unknown' ? t('wayfinder-directory-date-unknown') : formatPartialDate(date, language);
}

/**
 * A period from two optional dates. An open end is "since" only for a team known to be active;
 * otherwise the end is said to be unknown rather than implied to continue.
 */
export function periodText(from: string | undefined, to: string | undefined, language: string, t: T, ongoing = false): string | null {
  const start = from === undefined || from === 'unknown' ? null : formatPartialDate(from, language);
  const end = to === undefined ? null : formatPartialDate(to, language);
  if (start !== null && end !== null) return t('wayfinder-directory-period', start, end);
  if (start !== null) return t(ongoing ? 'wayfinder-directory-period-since' : 'wayfinder-directory-period-from', start);
  if (end !== null) return t('wayfinder-directory-period-until', end);
  return null;
}

/** How sure a claim is, in words: null when a source states it. */
export function certaintyText(certainty: Certainty, t: T): string | null {
  return certainty === 'stated' ? null : t(`wayfinder-directory-certainty-${certainty}`);
}

// ---------------------------------------------------------------------------------------------
// One team's card

export interface TeamRef {
  id: string;
  name: string;
  /** null when the registry does not describe the team (it has no card to link to). */
  elementId: string | null;
}

export interface LineageEdgeRow {
  kind: SuccessionKind;
  /** A sentence with the other team as $1, such as "Renamed to $1" or "Split from $1". */
  key: string;
  team: TeamRef;
  when: string;
  certainty: string | null;
}

/** Where the team's work is now, from the resolver's lineage walk. */
export type TeamNowView =
  /** The team is active: its work is its own. */
  | { kind: 'self' }
  | { kind: 'owned'; owner: TeamRef; department: string | null; certainty: string | null }
  | {
      kind: 'split';
      how: 'split' | 'dissolved';
      /** Each former part: its name (after the parts it sat in), and today's team, null when not known. */
      entries: { path: string; owner: TeamRef | null; certainty: string | null }[];
    }
  | { kind: 'unknown'; reasons: MessageSpec[] };

export function teamNowView(prepared: PreparedRegistry, teamId: string, outcome: TeamOutcome, t: T): TeamNowView {
  switch (outcome.kind) {
    case 'owned':
      if (outcome.owner.id === teamId) return { kind: 'self' };
      return { kind: 'owned', owner: teamRef(prepared, outcome.owner.id), department: outcome.owner.department, certainty: certaintyText(outcome.certainty, t) };
    case 'split':
      return {
        kind: 'split',
        how: outcome.successorMap.how,
        entries: outcome.successorMap.entries.map((entry) => ({
          path: entry.path.join(t('wayfinder-directory-path-separator')),
          owner: entry.owner === null ? null : teamRef(prepared, entry.owner.id),
          certainty: entry.owner === null ? null : certaintyText(entry.certainty, t),
        })),
      };
    case 'unknown':
      return { kind: 'unknown', reasons: outcome.reasons.map((reason) => message(`wayfinder-reason-${reason.code}`, ...reason.params)) };
  }
}

/** Team pages are audited on Meta, where the registry's rules are written. */
const defaultAuditHost = 'meta.wikimedia.org';

export interface TeamCardView {
  id: string;
  elementId: string;
  name: string;
  department: string | null;
  departmentAsOf: string | null;
  status: TeamStatus;
  /** The team's own record is not stated by a source outright. */
  certainty: string | null;
  period: string;
  now: TeamNowView;
  parent: TeamRef | null;
  parts: TeamRef[];
  leaders: { name: string; period: string | null }[];
  /** Teams whose work came to this one. */
  incoming: LineageEdgeRow[];
  /** Where this team's work went. */
  outgoing: LineageEdgeRow[];
  dissolved: { when: string; partsMovedBy: string | null; certainty: string | null } | null;
  teamPage: { title: string; href: string } | null;
  /** The audit page set to this team's pages on Meta; null when the registry gives it no pages there. */
  auditHref: string | null;
  products: string[];
  note: string | null;
  contacts: ChannelRow[];
  programmes: ProgrammeRow[];
  liaisons: LiaisonRow[];
  sources: SourceRow[];
}

function teamRef(prepared: PreparedRegistry, id: string): TeamRef {
  const team = prepared.teams.get(id);
  return team === undefined ? { id, name: id, elementId: null } : { id, name: team.name, elementId: teamElementId(id) };
}

function edgeRow(
  prepared: PreparedRegistry,
  direction: 'in' | 'out',
  other: string,
  step: Team['successors'][number],
  language: string,
  t: T,
): LineageEdgeRow {
  return {
    kind: step.kind,
    key: `wayfinder-directory-${direction}-${step.kind}`,
    team: teamRef(prepared, other),
    // With an end date the period says it ("until 2019" when the start is unknown); without, the date alone.
    when: (step.to === undefined ? null : periodText(step.from, step.to, language, t)) ?? dateText(step.from, language, t),
    certainty: certaintyText(step.certainty, t),
  };
}

function incomingRows(prepared: PreparedRegistry, team: Team, language: string, t: T): LineageEdgeRow[] {
  return [...new Set(prepared.predecessors.get(team.id) ?? [])].flatMap((id) => {
    const predecessor = prepared.teams.get(id);
    if (predecessor === undefined) return [];
    return predecessor.successors.filter((step) => step.team === team.id).map((step) => edgeRow(prepared, 'in', id, step, language, t));
  });
}

export interface CardInput {
  prepared: PreparedRegistry;
  team: Team;
  now: Date;
  language: string;
  t: T;
}

export function teamCardView({ prepared, team, now, language, t }: CardInput): TeamCardView {
  const { activePeriod } = team;
  const teamPage = team.teamPage;
  return {
    id: team.id,
    elementId: teamElementId(team.id),
    name: team.name,
    department: team.department,
    departmentAsOf: team.departmentAsOf === undefined ? null : formatPartialDate(team.departmentAsOf, language),
    status: team.status,
    certainty: team.certainty === 'stated' ? null : t(`wayfinder-directory-record-${team.certainty}`),
    period: periodText(activePeriod.from, activePeriod.to, language, t, team.status === 'active') ?? t('wayfinder-directory-period-unknown'),
    now: teamNowView(prepared, team.id, teamOutcome(prepared, team.id), t),
    parent: team.parent === undefined ? null : teamRef(prepared, team.parent),
    parts: (prepared.childTeams.get(team.id) ?? []).map((id) => teamRef(prepared, id)),
    leaders: team.leaders.map((leader) => ({ name: leader.name, period: periodText(leader.from, leader.to, language, t) })),
    incoming: incomingRows(prepared, team, language, t),
    outgoing: team.successors.map((step) => edgeRow(prepared, 'out', step.team, step, language, t)),
    dissolved:
      team.dissolved === undefined
        ? null
        : {
            when: formatPartialDate(team.dissolved.date, language),
            partsMovedBy: team.dissolved.partsMovedBy === undefined ? null : formatPartialDate(team.dissolved.partsMovedBy, language),
            certainty: certaintyText(team.dissolved.certainty, t),
          },
    teamPage: teamPage === undefined ? null : { title: teamPage.title, href: pageUrl(teamPage, teamPage.title) },
    auditHref: planSources({ kind: 'team', host: defaultAuditHost, team: team.id }, prepared).length > 0 ? auditHrefForTeam(team.id, defaultAuditHost) : null,
    products: [...team.products],
    note: team.note ?? null,
    contacts: contactsView({ contacts: contactsOf(team), hasTeamPage: false, teamPage: null, refining: false, now, language }).channels,
    programmes: grantsView(programmesFor(prepared, '', [], team), [], '', language).teamProgrammes,
    liaisons: liaisonRows(prepared.liaisonsByTeam.get(team.id) ?? []),
    sources: sourceRows(
      uniqueSources([
        dated(team.sources, team.verified),
        ...team.successors.map((step) => dated(step.sources, step.verified)),
        team.dissolved === undefined ? [] : dated(team.dissolved.sources, team.dissolved.verified),
      ]),
      language,
    ),
  };
}
