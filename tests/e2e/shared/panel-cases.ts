/**
 * The fixture pages both end-to-end suites open in the side panel (Chromium: tests/e2e/ui/panel.spec.ts,
 * Firefox: tests/e2e-firefox/), with what the panel must show for each.
 * For fixture pages of every former Community Engagement team, the panel names today's owner,
 * its department, the contacts (stale accounts flagged), the related grants and the liaisons.
 * Expectations come from the built-in registry and the fixture wiki (tests/fixtures/wiki).
 */
export interface PanelCase {
  title: string;
  screenshot?: string;
  owner: string | null;
  department?: string;
  lineage?: string[];
  contacts?: string[];
  grants?: string[];
  liaisons?: string[];
  /** For a split or dissolved team: [former part, today's team or null for "not known"]. */
  parts?: [string, string | null][];
  /** The people the Contacts section lists, in order, with what each row must say and whether it is flagged. */
  staff?: StaffRow[];
}

export interface StaffRow {
  name: string;
  says: RegExp;
  flagged: boolean;
}

export const panelCases: PanelCase[] = [
  { title: 'Support and Safety', screenshot: 'panel-historical-support-and-safety', owner: 'Trust and Safety', department: 'Legal', lineage: ['Support and Safety', 'Trust and Safety'], contacts: ['ca@wikimedia.org'],
    staff: [
      { name: 'Alice Example (WMF)', says: /Active: last edit .*ago/, flagged: false },
      { name: 'Carol Example (WMF)', says: /Blocked account/, flagged: true },
      { name: 'Dave Example (WMF)', says: /No such account/, flagged: true },
    ],
  },
  { title: 'Community Advocacy', owner: 'Trust and Safety', department: 'Legal', lineage: ['Community Advocacy', 'Support and Safety', 'Trust and Safety'] },
  { title: 'Support, Safety and Programs', owner: null, parts: [['Support and Safety', 'Trust and Safety'], ['Programs › GLAM', 'Content Enablement'], ['Programs › The Wikipedia Library', 'probably Content Enablement']] },
  { title: 'Trust and Safety', screenshot: 'panel-current-trust-and-safety', owner: 'Trust and Safety', department: 'Legal', contacts: ['ca@wikimedia.org', 'emergency@wikimedia.org'] },
  { title: 'Technical Collaboration', owner: null, parts: [['Community Relations', 'Community Relations Specialists'], ['Developer Relations', null]] },
  { title: 'Community Liaisons', owner: 'Community Relations Specialists', liaisons: ['Benoît Evellin'] },
  { title: 'Community Relations', owner: 'Community Relations Specialists', liaisons: ['Nick Wilson'] },
  { title: 'Tech/News', owner: 'Community Relations Specialists', liaisons: ['Johan Jönsson'] },
  { title: 'Learning and Evaluation', screenshot: 'panel-lineage-learning-and-evaluation', owner: 'Movement Insights', lineage: ['Learning and Evaluation', 'Global Data & Insights', 'Movement Insights'] },
  { title: 'Wikimedia Foundation Culture and Heritage team', owner: 'Content Enablement', lineage: ['Culture and Heritage', 'Content Enablement'] },
  {
    title: 'Wikimedia Foundation/Advancement/Community Growth',
    owner: 'Community Growth',
    staff: [
      { name: 'Erin Example (WMF)', says: /Active: last edit/, flagged: false },
      { name: 'Bob Example (WMF)', says: /Inactive: last edit .* years? ago/, flagged: true },
    ],
  },
  { title: 'Community Development', owner: 'Community Development', department: 'Advancement', contacts: ['comdevteam@wikimedia.org'] },
  { title: 'Grants:Project/Rapid', screenshot: 'panel-grants-rapid', owner: 'Community Resources', department: 'Advancement', grants: ['Rapid Fund'], contacts: ['communityresources@wikimedia.org'] },
  { title: 'Grants:TPS', owner: 'Community Resources', grants: ['Travel and Participation Support', 'closed on May 1, 2018'], lineage: ['Resources (grantmaking)', 'Community Resources'] },
  { title: 'Grants:Project', owner: 'Community Resources', grants: ['Project Grants', 'General Support Fund'] },
  { title: 'Grants:APG', owner: 'Community Resources', grants: ['Annual Plan Grants', 'General Support Fund'] },
  { title: 'The Wikipedia Library', owner: 'probably Content Enablement', lineage: ['The Wikipedia Library', 'Culture and Heritage', 'Content Enablement'] },
  { title: 'Research:Index', screenshot: 'panel-owner-unknown', owner: null },
  { title: 'Grants:IdeaLab', owner: 'probably Community Resources', department: 'Advancement', grants: ['IdeaLab'], lineage: ['IdeaLab campaigns', 'Resources (grantmaking)', 'Community Resources'] },
];
