import { defaultRuleWiki } from '../registry/default-wiki';
import type { Liaison } from '../registry/schema';
import { pageUrl } from '../page/title';
import type { AccountCheck, LiaisonAccount } from '../report/liaison-accounts';
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
  /** null: the team page was not read, or links no account next to this name. */
  accountCheck: AccountCheck | null;
}

export function pingWikitext(username: string): string {
  return `{{ping|${username}}}`;
}

/** `account`: what the owner's live team page says of the liaison's account, where it was read. */
export function liaisonRow(liaison: LiaisonSource, account?: LiaisonAccount): LiaisonRow {
  const username = account?.username ?? liaison.username;
  // Staff accounts are global: their talk pages on Meta reach them from any wiki, unless the team
  // page linked the account on another wiki.
  const talkWiki = { host: account?.host ?? defaultRuleWiki };
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
    accountCheck: account?.check ?? null,
  };
}

/** `accounts`: what the owner's live team page says of their accounts, when it was read. */
export function liaisonRows(liaisons: readonly LiaisonSource[], accounts: readonly LiaisonAccount[] = []): LiaisonRow[] {
  return liaisons.map((liaison) => liaisonRow(liaison, accounts.find((account) => account.liaisonId === liaison.id)));
}
