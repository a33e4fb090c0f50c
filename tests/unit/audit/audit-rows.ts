import type { AuditRow } from '../../../utils/audit/audit-row';

/** A team as an audit row names its owner. */
export function auditTeam(id: string, name: string): NonNullable<AuditRow['owner']> {
  return { id, name, department: null, status: 'active', certainty: 'stated' };
}

/** An audit row of a page nobody is known to own, with `overrides` on top. */
export function auditRowOf(title: string, overrides: Partial<AuditRow> = {}): AuditRow {
  return {
    title,
    redirectedFrom: null,
    exists: true,
    status: 'unknown',
    owner: null,
    runBy: null,
    splitOwners: null,
    confidence: 'unknown',
    certainty: 'unknown',
    lineage: [],
    historical: false,
    teamPage: null,
    lastEdit: null,
    sources: [],
    ...overrides,
  };
}
