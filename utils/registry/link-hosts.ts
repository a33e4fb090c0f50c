import { resolveSite } from '../page/resolve-site';

// Free of zod on purpose: the side panel checks links with isAllowedLinkUrl, and its bundle has a
// size budget (docs/PERFORMANCE.md). hosts.ts builds the registry's schemas on these.

/**
 * Wikimedia services that are not wikis but that registry links may point to: the bug tracker,
 * mailing-list archives, the Diff blog, the Foundation's site and the Capacity Exchange tool.
 */
export const linkOnlyHosts: ReadonlySet<string> = new Set([
  'phabricator.wikimedia.org',
  'lists.wikimedia.org',
  'diff.wikimedia.org',
  'wikimediafoundation.org',
  'capx.toolforge.org',
]);

/** A Wikimedia wiki's canonical desktop host (meta.wikimedia.org, not meta.m.wikimedia.org). */
export function isWikiHost(host: string): boolean {
  return resolveSite(host)?.host === host;
}

// Whitespace, double quotes and angle brackets never belong in a link the registry hands to the
// UI; backslashes are read as slashes by URL parsers and could disguise the host. Apostrophes
// stay: wiki titles use them.
const unsafeUrlCharacters = /[\s"<>\\`]|\p{Cc}/u;

// The written authority must be the bare host: no credentials, no port, not even the default one.
const bareAuthority = /^https:\/\/[^/?#:@]+(?:[/?#]|$)/;

/** An https link to a Wikimedia wiki or one of the link-only services, nothing else. */
export function isAllowedLinkUrl(text: string): boolean {
  if (!bareAuthority.test(text) || unsafeUrlCharacters.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  // The text as written is checked above; this checks it as a browser would read it.
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  return isWikiHost(url.hostname) || linkOnlyHosts.has(url.hostname);
}
