import type { Certainty } from '../registry/schema';
import type { SuccessorEntry, SuccessorMap } from '../ownership/ownership';
import { pageUrl } from '../page/title';
import { channelRow, type ChannelRow } from './contacts';
import { departmentBeside } from './department-beside';
import { directoryHref } from './directory-link';
import { message, type MessageSpec } from './message-spec';
import { formatPartialDate } from './relative-time';
import { sourceRows, type SourceRow } from './sources';

/** One former part and where its work is now. */
export interface SuccessorRow {
  key: string;
  /** The part, after the parts it sat in: "Programs › GLAM". */
  path: string[];
  earlier: string[];
  now: {
    name: string;
    department: string | null;
    status: 'active' | 'historical' | 'unknown';
    /** The team in the directory. */
    href: string;
    teamPageHref: string | null;
  } | null;
  /** "probably" or "possibly" before the team's name, when the claim is not stated. */
  qualifier: MessageSpec | null;
  contact: ChannelRow | null;
  /** Why no team is named, when none is. */
  unknownReason: MessageSpec | null;
  sources: SourceRow[];
}

export interface SuccessorMapView {
  /** What happened to the team, with dates as precise as the sources. */
  summary: MessageSpec;
  /** How many teams hold the work now. */
  count: MessageSpec;
  leaders: MessageSpec[];
  rows: SuccessorRow[];
}

/** The word a name carries when its claim is not stated outright; null when it is. */
export function certaintyQualifier(certainty: Certainty): MessageSpec | null {
  return certainty === 'indirect' || certainty === 'unverified' ? message(`wayfinder-owner-qualifier-${certainty}`) : null;
}

function summaryOf(map: SuccessorMap, language: string): MessageSpec {
  const date = map.date === undefined ? null : formatPartialDate(map.date, language);
  if (map.how === 'split') return date === null ? message('wayfinder-successors-split', map.team.name) : message('wayfinder-successors-split-dated', map.team.name, date);
  const created = map.period.from === undefined ? null : formatPartialDate(map.period.from, language);
  const moved = map.partsMovedBy === undefined ? null : formatPartialDate(map.partsMovedBy, language);
  if (created !== null) {
    return moved === null
      ? message('wayfinder-successors-dissolved-created', map.team.name, created, date ?? '')
      : message('wayfinder-successors-dissolved-created-moved', map.team.name, created, date ?? '', moved);
  }
  return moved === null ? message('wayfinder-successors-dissolved', map.team.name, date ?? '') : message('wayfinder-successors-dissolved-moved', map.team.name, date ?? '', moved);
}

function leaderLine(leader: SuccessorMap['leaders'][number], language: string): MessageSpec {
  const from = leader.from === undefined ? null : formatPartialDate(leader.from, language);
  const to = leader.to === undefined ? null : formatPartialDate(leader.to, language);
  if (from !== null && to !== null) return message('wayfinder-successors-leader-period', leader.name, from, to);
  if (from !== null) return message('wayfinder-successors-leader-from', leader.name, from);
  if (to !== null) return message('wayfinder-successors-leader-until', leader.name, to);
  return message('wayfinder-successors-leader', leader.name);
}

function rowOf(entry: SuccessorEntry, index: number, language: string): SuccessorRow {
  const { owner } = entry;
  const stop = entry.reasons.at(-1);
  return {
    key: `${index}:${entry.part}`,
    path: entry.path,
    earlier: entry.earlier,
    now:
      owner === null
        ? null
        : {
            name: owner.name,
            department: departmentBeside(owner.name, owner.department),
            status: owner.status,
            href: directoryHref(owner.id),
            teamPageHref: entry.teamPage === null ? null : pageUrl(entry.teamPage, entry.teamPage.title),
          },
    qualifier: owner === null ? null : certaintyQualifier(entry.certainty),
    contact: entry.contact === null ? null : channelRow(entry.contact),
    unknownReason: owner !== null || stop === undefined ? null : message(`wayfinder-reason-${stop.code}`, ...stop.params),
    sources: sourceRows(entry.sources, language),
  };
}

/** The successor map of a split or dissolved team, as the panel and the directory show it. */
export function successorMapView(map: SuccessorMap, language: string): SuccessorMapView {
  return {
    summary: summaryOf(map, language),
    count: message('wayfinder-successors-count', map.ownerCount, map.entries.length),
    leaders: map.leaders.map((leader) => leaderLine(leader, language)),
    rows: map.entries.map((entry, index) => rowOf(entry, index, language)),
  };
}
