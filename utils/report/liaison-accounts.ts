import { z } from 'zod';
import type { RelatedLiaison } from '../ownership/ownership';
import { titleKey } from '../page/title';
import { defaultRuleWiki } from '../registry/default-wiki';
import type { ListedAccount } from '../wiki-api/staff-wikitext';

/**
 * What the owner's live team page says of a liaison's account, where it links an account next
 * to the liaison's name (`[[User:STei (WMF)|Sandister Tei]]`): the registry's account
 * (confirmed), one the registry lacks (taken from the page, a source in its own right), or
 * another one (shown beside the registry's, which is kept).
 */
export const accountCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmed') }),
  z.object({ kind: z.literal('from-team-page') }),
  z.object({ kind: z.literal('differs'), username: z.string() }),
]);
export type AccountCheck = z.infer<typeof accountCheckSchema>;

export const liaisonAccountSchema = z.object({
  liaisonId: z.string(),
  /** The account to ping: the registry's, or the page's where the registry has none. */
  username: z.string(),
  /** The wiki of that account's talk page: Meta for the registry's (staff accounts are global), the link's for the page's. */
  host: z.string(),
  check: accountCheckSchema,
});
export type LiaisonAccount = z.infer<typeof liaisonAccountSchema>;

/** Names compare as a reader would: case, spacing and Unicode forms aside, accents kept. */
function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

/** For each liaison the team page names beside an account link, what that link says of its account. */
export function liaisonAccounts(liaisons: readonly Pick<RelatedLiaison, 'id' | 'name' | 'username'>[], listed: readonly ListedAccount[]): LiaisonAccount[] {
  return liaisons.flatMap((liaison): LiaisonAccount[] => {
    const person = listed.find((entry) => entry.shownAs !== undefined && nameKey(entry.shownAs) === nameKey(liaison.name));
    if (person === undefined) return [];
    if (liaison.username === null) return [{ liaisonId: liaison.id, username: person.username, host: person.host, check: { kind: 'from-team-page' } }];
    const check: AccountCheck = titleKey(liaison.username) === titleKey(person.username) ? { kind: 'confirmed' } : { kind: 'differs', username: person.username };
    return [{ liaisonId: liaison.id, username: liaison.username, host: defaultRuleWiki, check }];
  });
}
