import { foldForSearch } from './keys';
import type { PreparedRegistry } from './prepare';
import type { Liaison } from './schema';

export type LiaisonField = 'name' | 'username' | 'product' | 'team' | 'role';

export interface LiaisonHit {
  liaison: Liaison;
  score: number;
  /** The fields the query matched, strongest first. */
  matchedOn: LiaisonField[];
}

// A name is what people usually type; a product is what they usually need.
const fieldWeight: Record<LiaisonField, number> = { name: 10, username: 8, product: 7, team: 5, role: 2 };
const maxQueryLength = 200;
const maxTokens = 8;

function words(text: string): string[] {
  return text.split(/[\s,;/()–-]+/).filter((word) => word !== '');
}

/** 3 for the whole value, 2 for the start of a word, 1 anywhere, 0 for no match. */
function closeness(value: string, token: string): number {
  if (value === token) return 3;
  if (words(value).some((word) => word.startsWith(token))) return 2;
  return value.includes(token) ? 1 : 0;
}

function fieldsOf(prepared: PreparedRegistry, liaison: Liaison): [LiaisonField, string][] {
  return [
    ['name', foldForSearch(liaison.name)],
    ...(liaison.username === null ? [] : [['username', foldForSearch(liaison.username)] as [LiaisonField, string]]),
    ...liaison.products.map((product): [LiaisonField, string] => ['product', foldForSearch(product)]),
    ...liaison.teams.flatMap((id): [LiaisonField, string][] => {
      const team = prepared.teams.get(id);
      return team === undefined ? [] : [['team', foldForSearch(team.name)]];
    }),
    ['role', foldForSearch(liaison.role)],
  ];
}

function scoreLiaison(prepared: PreparedRegistry, liaison: Liaison, query: string, tokens: readonly string[]): LiaisonHit | null {
  const fields = fieldsOf(prepared, liaison);
  const matched = new Set<LiaisonField>();
  let score = 0;
  for (const token of tokens) {
    let best = 0;
    for (const [field, value] of fields) {
      const points = closeness(value, token) * fieldWeight[field];
      if (points > 0) matched.add(field);
      best = Math.max(best, points);
    }
    if (best === 0) return null;
    score += best;
  }
  // The whole query matching one value outranks its words matching here and there.
  for (const [field, value] of fields) if (tokens.length > 1 && value.includes(query)) score += 2 * fieldWeight[field];
  const matchedOn = [...matched].sort((a, b) => fieldWeight[b] - fieldWeight[a]);
  return { liaison, score, matchedOn };
}

/**
 * Liaisons for the popup's finder, by name, username, product, team or role, ignoring case and
 * accents ("benoit" finds Benoît). Every word of the query must match something; the best
 * matches come first, then by name. An empty query lists everyone by name.
 */
export function searchLiaisons(prepared: PreparedRegistry, query: string): LiaisonHit[] {
  const folded = foldForSearch(query.slice(0, maxQueryLength));
  const tokens = words(folded).slice(0, maxTokens);
  const byName = (a: LiaisonHit, b: LiaisonHit) => a.liaison.name.localeCompare(b.liaison.name);
  const all = [...prepared.liaisons.values()];
  if (tokens.length === 0) return all.map((liaison): LiaisonHit => ({ liaison, score: 0, matchedOn: [] })).sort(byName);
  return all
    .map((liaison) => scoreLiaison(prepared, liaison, folded, tokens))
    .filter((hit): hit is LiaisonHit => hit !== null)
    .sort((a, b) => b.score - a.score || byName(a, b));
}
