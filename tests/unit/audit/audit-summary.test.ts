import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../utils/audit/audit-row';
import { summarizeAudit } from '../../../utils/audit/audit-summary';
import { auditRowOf, auditTeam } from './audit-rows';

const team = auditTeam;
const row = (overrides: Partial<AuditRow>) => auditRowOf('Page', overrides);

const grants = team('team:community-resources', 'Community Resources');
const safety = team('team:trust-and-safety', 'Trust and Safety');
const current = { title: 'Team page', state: 'current', movedTo: null } as const;

const rows: AuditRow[] = [
  row({ status: 'owned', owner: safety, teamPage: current }),
  row({ status: 'owned', owner: grants, teamPage: current, historical: true }),
  row({ status: 'owned', owner: grants, teamPage: { title: 'Old', state: 'moved', movedTo: 'New' } }),
  row({ status: 'community', runBy: 'Wikimedia Deutschland' }),
  row({ status: 'split', splitOwners: 2 }),
  row({ status: 'unknown', historical: true }),
  row({ status: 'not-applicable' }),
];

describe('summarizeAudit', () => {
  it('counts pages by status, historical banner and team page state', () => {
    const summary = summarizeAudit(rows);
    expect(summary.total).toBe(7);
    expect(summary.byStatus).toEqual({ owned: 3, split: 1, community: 1, unknown: 1, 'not-applicable': 1 });
    expect(summary.historical).toBe(2);
    expect(summary.byTeamPageState).toEqual({ current: 2, moved: 1, historical: 0, missing: 0, unchecked: 0, none: 4 });
  });

  it('gives the chart every status in a fixed order, zeros included', () => {
    expect(summarizeAudit([rows[0]!]).byState).toEqual([
      { state: 'owned', count: 1 },
      { state: 'split', count: 0 },
      { state: 'community', count: 0 },
      { state: 'unknown', count: 0 },
      { state: 'not-applicable', count: 0 },
    ]);
  });

  it('ranks owners by pages, then by name, the unknown owner last among equals', () => {
    expect(summarizeAudit(rows).byOwner).toEqual([
      { teamId: null, name: null, count: 3 },
      { teamId: 'team:community-resources', name: 'Community Resources', count: 2 },
      { teamId: 'team:trust-and-safety', name: 'Trust and Safety', count: 1 },
      { teamId: null, name: 'Wikimedia Deutschland', count: 1 },
    ]);
    expect(summarizeAudit([row({}), row({ status: 'owned', owner: safety })]).byOwner.map((owner) => owner.name)).toEqual(['Trust and Safety', null]);
  });

  it('keeps two teams of one name apart', () => {
    const renamed = team('team:grants', 'Community Resources');
    expect(summarizeAudit([row({ status: 'owned', owner: grants }), row({ status: 'owned', owner: renamed })]).byOwner).toEqual([
      { teamId: 'team:community-resources', name: 'Community Resources', count: 1 },
      { teamId: 'team:grants', name: 'Community Resources', count: 1 },
    ]);
  });

  it('summarises no rows as zeros', () => {
    const summary = summarizeAudit([]);
    expect(summary.total).toBe(0);
    expect(summary.byOwner).toEqual([]);
    expect(summary.byState.every((state) => state.count === 0)).toBe(true);
  });
});
