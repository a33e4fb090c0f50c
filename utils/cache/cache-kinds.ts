import type { z } from 'zod';
import { pageFactsSchema } from '../ownership/page-facts';
import { registryPageSchema } from '../wiki-api/registry-page';
import { relatedGrantsSchema } from '../wiki-api/related-grants';
import { teamPageSchema } from '../wiki-api/team-pages';
import { userActivitySchema } from '../wiki-api/user-activity';

export interface CacheKindRule {
  /** How long a stored value counts as fresh; after that it is shown as stale and refreshed. */
  ttlMs: number;
  /** What a stored value must be: anything else is a corrupted entry and is dropped. */
  schema: z.ZodType;
}
export type CacheKindRules = Record<string, CacheKindRule>;

const minute = 60_000;
const day = 24 * 60 * minute;

/**
 * Page facts change with every edit of the page being read, so they are kept minutes; team
 * pages, accounts, related grants and the registry change rarely and are kept a day.
 */
export const wikiCacheKinds = {
  pageFacts: { ttlMs: 10 * minute, schema: pageFactsSchema },
  teamPage: { ttlMs: day, schema: teamPageSchema },
  user: { ttlMs: day, schema: userActivitySchema },
  grants: { ttlMs: day, schema: relatedGrantsSchema },
  registry: { ttlMs: day, schema: registryPageSchema },
} satisfies CacheKindRules;
export type WikiCacheKinds = typeof wikiCacheKinds;
