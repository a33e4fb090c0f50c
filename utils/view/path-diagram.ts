import type { Ownership } from '../ownership/ownership';
import { departmentBeside } from './department-beside';
import { directoryHref } from './directory-link';
import { certaintyQualifier } from './successor-map';
import type { MessageSpec } from './message-spec';

/** A box of the panel's small diagram: a team, linked to its place in the directory. */
export interface DiagramNode {
  key: string;
  name: string;
  department: string | null;
  /** null for "not known", which is no team to link. */
  href: string | null;
  qualifier: MessageSpec | null;
}

/**
 * This page's team, then where its work is now: one box, or one per team a split or
 * dissolution led to. Laid out by CSS alone: a layout library would not fit the panel's
 * 35 KB budget, and a line of boxes needs none. The lineage list below it is its text form.
 */
export interface PathDiagramView {
  then: DiagramNode;
  /** Teams between then and now, counted rather than drawn. */
  between: number;
  now: DiagramNode[];
  /** Parts whose destination no source names. */
  unknownParts: number;
}

function teamNode(id: string, name: string, department: string | null, qualifier: MessageSpec | null = null): DiagramNode {
  return { key: id, name, department: departmentBeside(name, department), href: directoryHref(id), qualifier };
}

/** null when there is nothing to draw: no team, or the page's team is today's owner. */
export function pathDiagramView(ownership: Pick<Ownership, 'chain' | 'owner' | 'certainty' | 'successorMap'>): PathDiagramView | null {
  const first = ownership.chain[0];
  if (first === undefined) return null;
  const then = teamNode(first.team, first.name, first.department);
  const map = ownership.successorMap;
  if (map !== null) {
    const seen = new Set<string>();
    const now: DiagramNode[] = [];
    for (const entry of map.entries) {
      if (entry.owner === null || seen.has(entry.owner.id)) continue;
      seen.add(entry.owner.id);
      now.push(teamNode(entry.owner.id, entry.owner.name, entry.owner.department, certaintyQualifier(entry.certainty)));
    }
    return { then, between: Math.max(0, ownership.chain.length - 1), now, unknownParts: map.entries.filter((entry) => entry.owner === null).length };
  }
  const { owner } = ownership;
  if (owner === null || owner.id === first.team) return null;
  return { then, between: Math.max(0, ownership.chain.length - 2), now: [teamNode(owner.id, owner.name, owner.department, certaintyQualifier(ownership.certainty))], unknownParts: 0 };
}
