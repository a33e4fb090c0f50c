import type { TeamRef } from '../../utils/view/directory';
import { useTeamNavigation } from './team-navigation';

/** A team's name, linked to its card on the page; plain text for a team the registry does not describe. */
export function TeamLink({ team }: { team: TeamRef }) {
  const { onNavigate } = useTeamNavigation();
  const name = <bdi>{team.name}</bdi>;
  if (team.elementId === null) return name;
  return (
    <a href={`#${team.elementId}`} onClick={() => onNavigate(team.id)}>
      {name}
    </a>
  );
}
