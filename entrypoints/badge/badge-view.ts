import type { BadgeView } from './badge-controller';
import { badgeStyle } from './badge-style';

const hostTag = 'wiki-wayfinder-badge';

function buildBadge(label: string, onClick: () => void): HTMLElement {
  const host = document.createElement(hostTag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = badgeStyle;
  const button = document.createElement('button');
  button.type = 'button';
  // The label comes from the background as plain text; it is never parsed as HTML.
  button.textContent = label;
  const arrow = document.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = document.documentElement.dir === 'rtl' ? '‹' : '›';
  button.append(arrow);
  // Synchronous in the click: the click is the user gesture that lets the sidebar open.
  button.addEventListener('click', onClick);
  shadow.append(style, button);
  return host;
}

/** The badge as an element of its own right after the page's title, its styles in a shadow root. */
export function badgeView(heading: HTMLElement, onClick: () => void): BadgeView {
  const isShown = () => document.querySelector(hostTag) !== null;
  return {
    isShown,
    show: (label) => {
      if (!isShown()) heading.insertAdjacentElement('afterend', buildBadge(label, onClick));
    },
    remove: () => document.querySelector(hostTag)?.remove(),
  };
}
