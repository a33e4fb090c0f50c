/**
 * The department to name beside a team, or null. A department that is itself the team
 * (Community Engagement, Advancement) is named once: "Community Engagement · Community
 * Engagement" says nothing twice.
 */
export function departmentBeside(team: string, department: string | null | undefined): string | null {
  if (department === null || department === undefined) return null;
  return department === team ? null : department;
}
