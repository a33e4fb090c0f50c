import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Which team the directory is showing, and how its in-page team links ask to show another. */
export interface TeamNavigation {
  /** The team whose card is highlighted, from the address or the last link followed. */
  highlighted: string | null;
  /** Counts requests to show a team, so following the same link twice moves focus again. */
  focusRequest: number;
  /** Called when a link to a team's card is followed (the link itself updates the address). */
  onNavigate: (teamId: string) => void;
}

export const TeamNavigationContext = createContext<TeamNavigation>({ highlighted: null, focusRequest: 0, onNavigate: () => undefined });

export function useTeamNavigation(): TeamNavigation {
  return useContext(TeamNavigationContext);
}
