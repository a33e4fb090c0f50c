import type { ComponentChildren } from 'preact';
import { safeWikimediaHref } from '../../utils/view/safe-href';

interface WikiLinkProps {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/**
 * A link that opens only https Wikimedia URLs, in a new tab (the panel and popup must stay
 * put). A URL that fails the check renders its text without a link.
 */
export function WikiLink({ href, children, class: className }: WikiLinkProps) {
  const safe = safeWikimediaHref(href);
  if (safe === null) return <span class={className}>{children}</span>;
  return (
    <a href={safe} class={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
