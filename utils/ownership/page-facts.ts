import { z } from 'zod';

// Generous bounds: the API layer reads real pages, and a page may carry thousands of links, but
// an answer from outside must never be unbounded.
const title = z.string().min(1).max(512);
const username = z.string().min(1).max(255);
const timestamp = z.string().max(40);

const editSchema = z.strictObject({ timestamp, user: username });

/**
 * What the API knows about a page, after redirects. The resolver refines the URL-only answer
 * with it: categories, templates and links feed rules, editors and the historical banner feed
 * inference.
 */
export const pageFactsSchema = z.strictObject({
  /** Canonical title, after redirects. */
  title,
  redirectedFrom: title.optional(),
  exists: z.boolean(),
  /** Namespace id of `title`. */
  namespace: z.number().int(),
  /** The page transcludes Template:Historical. */
  isHistorical: z.boolean(),
  /** Full titles as the API gives them (`Category:…`). */
  categories: z.array(title).max(2000),
  /** Full titles of transcluded pages (`Template:…`). */
  templates: z.array(title).max(5000),
  /** Full titles of linked pages. */
  links: z.array(title).max(10_000),
  /** Source page when this page is a Translate-extension translation. */
  translationSource: title.optional(),
  lastEdit: editSchema.optional(),
  recentEditors: z.array(editSchema).max(500),
});
export type PageFacts = z.infer<typeof pageFactsSchema>;
