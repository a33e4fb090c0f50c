import { ownershipStatusSchema, type OwnershipStatus } from '../ownership/ownership';
import { teamPageStateSchema, type AuditRow, type TeamPageState } from './audit-row';

/** Who runs an audited page today: a team (teamId set), a community body (name only), or nobody known (both null). */
export interface RowOwner {
  teamId: string | null;
  /** null: unknown. */
  name: string | null;
}

export interface OwnerCount extends RowOwner {
  count: number;
}

export interface StatusCount {
  state: OwnershipStatus;
  count: number;
}

/** Computed in-process from rows already validated, so a plain interface rather than a schema. */
export interface AuditSummary {
  total: number;
  /** For looking one status up (the table's filters). */
  byStatus: Record<OwnershipStatus, number>;
  /** The same counts in the chart's fixed order, zeros included, so its bars never move about. */
  byState: StatusCount[];
  /** Pages carrying the historical banner. */
  historical: number;
  /** `none`: no team page to check (no owner, or an owner without one). */
  byTeamPageState: Record<TeamPageState | 'none', number>;
  /** Most pages first, then by name; the unknown owner after named ones with as many pages. */
  byOwner: OwnerCount[];
}

/**
 * A split page has several owners and a community page none of the Foundation's: the first
 * counts as unknown here (the status says split), the second under the body that runs it.
 */
export function rowOwner(row: AuditRow): RowOwner {
  if (row.owner !== null) return { teamId: row.owner.id, name: row.owner.name };
  return { teamId: null, name: row.status === 'community' ? row.runBy : null };
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

const collator = new Intl.Collator('en');

function byCountThenName(a: OwnerCount, b: OwnerCount): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.name === null || b.name === null) return (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0);
  return collator.compare(a.name, b.name) || collator.compare(a.teamId ?? '', b.teamId ?? '');
}

function ownerCounts(rows: AuditRow[]): OwnerCount[] {
  const counts = new Map<string, OwnerCount>();
  for (const row of rows) {
    const owner = rowOwner(row);
    // Teams by id (two teams may share a name); bodies by name, apart from team ids.
    const key = owner.teamId ?? `body:${owner.name ?? ''}`;
    const entry = counts.get(key) ?? { ...owner, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(byCountThenName);
}

export function summarizeAudit(rows: AuditRow[]): AuditSummary {
  const byStatus = zeroCounts(ownershipStatusSchema.options);
  const byTeamPageState = zeroCounts([...teamPageStateSchema.options, 'none']);
  let historical = 0;
  for (const row of rows) {
    byStatus[row.status] += 1;
    byTeamPageState[row.teamPage?.state ?? 'none'] += 1;
    if (row.historical) historical += 1;
  }
  return {
    total: rows.length,
    byStatus,
    byState: ownershipStatusSchema.options.map((state) => ({ state, count: byStatus[state] })),
    historical,
    byTeamPageState,
    byOwner: ownerCounts(rows),
  };
}
