import { resolveSite } from '../page/resolve-site';

/** True for the host of a Wikimedia wiki (where the on-wiki registry may live). */
export function isWikimediaWikiHost(host: string): boolean {
  return resolveSite(host)?.host === host.toLowerCase();
}
