import type { z } from 'zod';
import { pageFactsSchema } from '../ownership/page-facts';
import { namespaceTableSchema } from '../page/site-namespaces';
import { registryPageSchema } from '../wiki-api/registry-page';
import { relatedGrantsSchema } from '../wiki-api/related-grants';
import { teamPageSchema } from '../wiki-api/team-pages';
import { userActivitySchema } from '../wiki-api/user-activity';

export interface CacheKindRule {
  /** How long a stored value counts as fresh; after that it is shown as stale and refreshed. */
  ttlMs: number;
  /** What a stored value must be: anything else is a corrupted entry and is dropped. */
  schema: z.ZodType;
  /**
   * What this kind's values mean, 1 unless raised. Raise it when a release changes what a value
   * says without changing its shape (a query that now follows redirects, a list that is now
   * complete): the schema would still accept the old values, so only the version can retire
   * them. At the next start every entry of an older version is removed (storage-migration.ts).
   * A shape change needs no bump: old values fail the schema and are fetched again.
   */
  version?: number;
}
export type CacheKindRules = Record<string, CacheKindRule>;

export function kindVersion(rule: CacheKindRule): number {
  return rule.version ?? 1;
}

/** Every kind's version, as the index records them: a start that finds others migrates. */
export function kindVersions(kinds: CacheKindRules): Record<string, number> {
  return Object.fromEntries(Object.entries(kinds).map(([kind, rule]) => [kind, kindVersion(rule)]));
}

/** The rule of a kind named by stored data, which may be anything (`constructor`, `__proto__`). */
export function ruleOf(kinds: CacheKindRules, kind: string): CacheKindRule | undefined {
  return Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
}

const minute = 60_000;
const day = 24 * 60 * minute;

/**
 * Page facts change with every edit of the page being read, so they are kept minutes; team
 * pages, accounts, related grants and the registry change rarely and are kept a day; a wiki's
 * namespaces change with its configuration, a few times a year, and are kept a week.
 */
export const wikiCacheKinds = {
  pageFacts: { ttlMs: 10 * minute, schema: pageFactsSchema },
  teamPage: { ttlMs: day, schema: teamPageSchema },
  user: { ttlMs: day, schema: userActivitySchema },
  grants: { ttlMs: day, schema: relatedGrantsSchema },
  registry: { ttlMs: day, schema: registryPageSchema },
  siteNamespaces: { ttlMs: 7 * day, schema: namespaceTableSchema },
} satisfies CacheKindRules;
export type WikiCacheKinds = typeof wikiCacheKinds;
