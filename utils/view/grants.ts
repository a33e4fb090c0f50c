import type { RelatedProgramme } from '../ownership/ownership';
import { pageUrl } from '../page/title';
import type { RelatedGrantPage } from '../report/page-report';
import { formatPartialDate } from './relative-time';
import { mailtoHref } from './safe-href';

interface ProgrammeLink {
  name: string;
  href: string | null;
}

/** A grant programme tied to the page, and what carries on its work today. */
export interface ProgrammeRow {
  id: string;
  name: string;
  href: string | null;
  status: RelatedProgramme['status'];
  /** The programme that replaced this one; null when it is itself current or nothing did. */
  current: ProgrammeLink | null;
  /** When it closed, written out ("1 May 2018"); null where no source says. */
  closed: string | null;
  contacts: { address: string; href: string | null; purpose: string }[];
}

/** A Grants: page the page links to (or a search found), with whether it exists. */
export interface GrantPageRow {
  title: string;
  href: string;
  /** null: linked from the page, not checked. */
  exists: boolean | null;
  /** The registry programme the page belongs to, when one matches. */
  programme: string | null;
}

export interface GrantsView {
  /** The programmes this page is about (its own page or an alias), current ones first. */
  programmes: ProgrammeRow[];
  /** Every other programme the owning team runs, current ones first: useful, but secondary. */
  teamProgrammes: ProgrammeRow[];
  /** The Grants: pages this page itself links to. */
  linkedPages: GrantPageRow[];
  /** Grants: pages a search found for the topic: related, but not linked from here. */
  foundPages: GrantPageRow[];
}

const statusOrder: Record<RelatedProgramme['status'], number> = { active: 0, unknown: 1, historical: 2 };

function linkOf(programme: Pick<RelatedProgramme, 'name' | 'page'>): ProgrammeLink {
  return { name: programme.name, href: programme.page ? pageUrl({ host: programme.page.host }, programme.page.title) : null };
}

function programmeRows(programmes: readonly RelatedProgramme[], language: string): ProgrammeRow[] {
  return programmes
    .map((programme, index) => ({ programme, index }))
    .sort((a, b) => statusOrder[a.programme.status] - statusOrder[b.programme.status] || a.index - b.index)
    .map(({ programme }) => ({
      id: programme.id,
      ...linkOf(programme),
      status: programme.status,
      current: programme.current === null || programme.current.id === programme.id ? null : linkOf(programme.current),
      closed: programme.closed === undefined ? null : formatPartialDate(programme.closed, language),
      contacts: programme.contacts.map((contact) => ({ ...contact, href: mailtoHref(contact.address) })),
    }));
}

export function grantsView(programmes: readonly RelatedProgramme[], pages: readonly RelatedGrantPage[], host: string, language: string): GrantsView {
  const names = new Map(programmes.map((programme) => [programme.id, programme.name] as const));
  const rows = pages.map((page) => ({
    title: page.title,
    href: pageUrl({ host }, page.title),
    exists: page.exists,
    programme: page.programmeId === null ? null : (names.get(page.programmeId) ?? null),
  }));
  return {
    programmes: programmeRows(programmes.filter((programme) => programme.relation !== 'runs'), language),
    teamProgrammes: programmeRows(programmes.filter((programme) => programme.relation === 'runs'), language),
    linkedPages: rows.filter((_, index) => pages[index]?.via === 'link'),
    foundPages: rows.filter((_, index) => pages[index]?.via === 'search'),
  };
}
