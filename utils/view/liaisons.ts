import { defaultRuleWiki } from '../registry/default-wiki';
import type { Liaison } from '../registry/schema';
import { pageUrl } from '../page/title';
import { safeWikimediaHref } from './safe-href';

/** The fields the panel (related liaisons) and the popup (finder results) have in common. */
export type LiaisonSource = Pick<Liaison, 'id' | 'name' | 'username' | 'role' | 'products'> & {
  sources: readonly { url: string }[];
};

export interface LiaisonRow {
  id: string;
  name: string;
  role: string;
  products: string[];
  username: string | null;
  /** `{{ping|User}}` to paste into a talk page; null when no username is known. */
  ping: string | null;
  talkHref: string | null;
  /** Where the person is listed, for people whose username is not known. */
  listedOnHref: string | null;
}

/** Staff accounts are global: their talk pages on Meta reach them from any wiki. */
const talkWiki = { host: defaultRuleWiki };

export function pingWikitext(username: string): string {
  return `{{ping|${username}}}`;
}

export function liaisonRow(liaison: LiaisonSource): LiaisonRow {
  const { username } = liaison;
  const listedOn = liaison.sources.map((source) => safeWikimediaHref(source.url)).find((href) => href !== null) ?? null;
  return {
    id: liaison.id,
    name: liaison.name,
    role: liaison.role,
    products: [...liaison.products],
    username,
    ping: username === null ? null : pingWikitext(username),
    talkHref: username === null ? null : pageUrl(talkWiki, `User talk:${username}`),
    listedOnHref: username === null ? listedOn : null,
  };
}

export function liaisonRows(liaisons: readonly LiaisonSource[]): LiaisonRow[] {
  return liaisons.map(liaisonRow);
}
