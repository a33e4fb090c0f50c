import { registryVersion } from './schema';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 successors had no kind: the first was the main line and any others were side
 * lines. Read as version 2, one successor is a rename and several are the parts of a split,
 * which is what every version 1 registry we know of meant. Anything malformed is left as it
 * is, for the schema to explain.
 */
function upgradeTeam(team: unknown): unknown {
  if (!isObject(team) || !Array.isArray(team.successors)) return team;
  const kind = team.successors.length > 1 ? 'split' : 'renamed';
  return { ...team, successors: team.successors.map((edge: unknown) => (isObject(edge) && !('kind' in edge) ? { ...edge, kind } : edge)) };
}

/** A version 1 registry page, rewritten as version 2; any other value unchanged. */
export function upgradeRegistryInput(value: unknown): unknown {
  if (!isObject(value) || value.version !== 1) return value;
  return { ...value, version: registryVersion, teams: Array.isArray(value.teams) ? value.teams.map(upgradeTeam) : value.teams };
}
