import type { Team } from '../registry/schema';
import type { TeamSummary } from './ownership';

/** What an answer says about a team: who, where, and how sure the registry is of it. */
export function summarizeTeam(team: Team): TeamSummary {
  return {
    id: team.id,
    name: team.name,
    department: team.department,
    ...(team.departmentAsOf === undefined ? {} : { departmentAsOf: team.departmentAsOf }),
    status: team.status,
    certainty: team.certainty,
  };
}
