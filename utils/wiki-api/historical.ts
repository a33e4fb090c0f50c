import type { Link } from './query-answer';

const templateNamespace = 10;
/** Meta's banner: "This page is kept for historical interest". */
export const historicalTemplate = 'Template:Historical';

/**
 * Whether a transcluded page is Meta's historical banner. Judged by namespace id and name, not
 * by the prefix text, which other wikis translate; a translated banner
 * (`Template:Historical/pt`) counts too.
 */
export function isHistoricalTemplate(link: Link): boolean {
  if (link.ns !== templateNamespace) return false;
  const name = link.title.slice(link.title.indexOf(':') + 1);
  return name === 'Historical' || name.startsWith('Historical/');
}
