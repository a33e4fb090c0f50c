import { isAllowedLinkUrl } from '../registry/link-hosts';

const emailAddress = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/**
 * The URL itself when a link to it is safe to render: https to a Wikimedia wiki or one of the
 * Wikimedia services the registry may link (the same test the registry applies). Anything
 * else (javascript:, data:, http:, other hosts) gives null, so it shows as text, never a link.
 */
export function safeWikimediaHref(url: string): string | null {
  return isAllowedLinkUrl(url) ? url : null;
}

/** A mailto: link for a plain e-mail address, or null for anything else. */
export function mailtoHref(address: string): string | null {
  return emailAddress.test(address) ? `mailto:${address}` : null;
}
