import { wikimediaDomains } from '../page/wikimedia-hosts';

/** True for a host name on a Wikimedia wiki domain (where the on-wiki registry may live). */
export function isWikimediaWikiHost(host: string): boolean {
  const name = host.toLowerCase();
  return wikimediaDomains.some((domain) => name.endsWith(`.${domain}`)) && /^[a-z0-9.-]+$/.test(name);
}
