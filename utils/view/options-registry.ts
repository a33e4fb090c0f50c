import type { RegistryCheck } from '../report/messages';
import { message, type MessageSpec } from './message-spec';
import { safeWikimediaHref } from './safe-href';

export interface RegistryCheckView {
  message: MessageSpec;
  /** plain: all is well; notice: worth knowing (no page yet); warning: gone, unusable or not checked. */
  tone: 'plain' | 'notice' | 'warning';
  /** Opens the wiki's editor on the page with the content model JSON, when it does not exist. */
  createHref: string | null;
}

/** The wiki's editor for a new page of this title, as JSON (MediaWiki's `model` parameter). */
export function createRegistryPageHref(host: string, title: string): string | null {
  const query = new URLSearchParams({ title, action: 'edit', model: 'json' });
  return safeWikimediaHref(`https://${host}/w/index.php?${query.toString()}`);
}

/**
 * The day of a wiki timestamp. Not relative-time.ts's formatDate: imported by the options page
 * too, that module would become a chunk of its own, which costs the side panel about 160 bytes
 * gzip of its 35 KB budget (tests/bench/size-budget.ts).
 */
const day = (iso: string, language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/**
 * What the options page says of the registry page as typed. A page that does not exist is
 * stated with a way to create it; when it is the page the settings name and a copy of it is
 * still in use, that copy's revision is named, as in the side panel's sources.
 */
export function registryCheckView({ page, inUse }: RegistryCheck, host: string, language: string): RegistryCheckView {
  switch (page.status) {
    case 'failed':
      return { message: message('wayfinder-options-registry-check-failed'), tone: 'warning', createHref: null };
    case 'invalid':
      return { message: message('wayfinder-options-registry-check-invalid'), tone: 'warning', createHref: null };
    case 'found':
      return { message: message('wayfinder-options-registry-check-found', page.revisionId, day(page.timestamp, language)), tone: 'plain', createHref: null };
    case 'missing': {
      const kept = inUse?.deleted && inUse.onWiki ? inUse.onWiki.revisionId : null;
      if (kept !== null) {
        return {
          message:
            page.deletedAt === null
              ? message('wayfinder-options-registry-check-gone-kept', kept)
              : message('wayfinder-options-registry-check-deleted-kept', day(page.deletedAt, language), kept),
          tone: 'warning',
          createHref: null,
        };
      }
      const createHref = createRegistryPageHref(host, page.title);
      return page.deletedAt === null
        ? { message: message('wayfinder-options-registry-check-missing'), tone: 'notice', createHref }
        : { message: message('wayfinder-options-registry-check-deleted', day(page.deletedAt, language)), tone: 'warning', createHref };
    }
  }
}
