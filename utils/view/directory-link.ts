/**
 * The team directory's address inside the extension. Root-relative, so from any extension page
 * (popup, options, side panel) it is the same URL as `runtime.getURL('/directory.html')`, and a
 * link to it needs no browser API. Kept apart from ./directory.ts so the side panel's footer
 * links the directory without shipping the directory's view models.
 */
export const directoryPath = '/directory.html';

/** The directory, opened at one team when an id is given (`?team=team:…`, see teamIdFromAddress). */
export function directoryHref(teamId?: string): string {
  return teamId === undefined ? directoryPath : `${directoryPath}?${new URLSearchParams({ team: teamId }).toString()}`;
}
