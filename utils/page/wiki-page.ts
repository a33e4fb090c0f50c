import { z } from 'zod';
import { projectFamilies } from './project-families';

/** The families in utils/page/project-families.ts, as a schema. */
export const projectFamilySchema = z.enum(projectFamilies);
export type ProjectFamily = z.infer<typeof projectFamilySchema>;

export const siteSchema = z.object({
  /** Canonical desktop host: mobile hosts and aliases are folded into it. */
  host: z.string().min(1),
  apiUrl: z.url({ protocol: /^https$/ }),
  family: projectFamilySchema,
  /** Content language of a language edition; null for multilingual and special wikis. */
  language: z.string().min(1).nullable(),
});
export type Site = z.infer<typeof siteSchema>;

export const namespaceSchema = z.object({
  id: z.number().int(),
  /** Canonical local name, '' for the main namespace. */
  name: z.string(),
});
export type Namespace = z.infer<typeof namespaceSchema>;

/** A Translate-extension subpage: its topic is the source page, not the subpage. */
export const translationSchema = z.object({
  sourceTitle: z.string().min(1),
  language: z.string().min(1),
});
export type Translation = z.infer<typeof translationSchema>;

const positiveId = z.number().int().positive();

export const wikiPageSchema = z
  .object({
    site: siteSchema,
    /** Normalised as MediaWiki would; null when the URL names the page only by an id. */
    title: z.string().min(1).nullable(),
    pageId: positiveId.nullable(),
    revisionId: positiveId.nullable(),
    /** Null exactly when title is null. */
    namespace: namespaceSchema.nullable(),
    /** Special: and Media: pages are views, not topics. */
    isSpecial: z.boolean(),
    translation: translationSchema.nullable(),
  })
  .refine((page) => page.title !== null || page.pageId !== null || page.revisionId !== null, {
    message: 'a page needs a title, a page id or a revision id',
  })
  .refine((page) => (page.title === null) === (page.namespace === null), {
    message: 'namespace is known exactly when the title is',
  });
export type WikiPage = z.infer<typeof wikiPageSchema>;
