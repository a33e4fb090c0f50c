import { z } from 'zod';
import {
  certaintySchema,
  leaderSchema,
  successionKindSchema,
  programmeIdSchema,
  programmeStatusSchema,
  liaisonIdSchema,
  ruleIdSchema,
  teamIdSchema,
  teamStatusSchema,
  wikiPageRefSchema,
} from '../registry/schema';

/**
 * Why the answer is what it is, as message keys for i18n (`wayfinder-reason-<code>`), with their
 * parameters in the listed order.
 */
export const reasonCodeSchema = z.enum([
  /** Special and Media pages are views, not topics. */
  'special-page',
  /** The URL names the page by id only and no page facts give its title. */
  'no-title',
  /** [title]: the page does not exist; its title still places it. */
  'page-missing',
  /** [source title, language]: a translation subpage answers as its source page. */
  'translation-of',
  /** [title redirected from]. */
  'redirected-from',
  /** [subject page title]: a talk page answers as its subject page. */
  'talk-page-of',
  /** [title]. */
  'matched-exact',
  /** [prefix]: the longest matching title prefix. */
  'matched-prefix',
  /** [category]. */
  'matched-category',
  /** [template]. */
  'matched-template',
  /** [linked title]. */
  'matched-link',
  /** [namespace name]: only the namespace ties the page to a team. */
  'inferred-namespace',
  /** [team page title, team name]: the page links to a team's page. */
  'inferred-team-page-link',
  /** [team name]: a historical page, so the team of that time was preferred. */
  'inferred-historical-page',
  /** [user, liaison name]: a staff account known to the registry edited the page. */
  'inferred-staff-editor',
  /** [first staff user, number of staff users]: staff edited the page; no team follows from it. */
  'staff-editors',
  /** The page carries the historical banner. */
  'page-historical',
  /** Nothing in the registry places the page. */
  'no-match',
  /** [rule id]: a rule states that no source names this page's owner. */
  'rule-owner-unknown',
  /** [body name]: a community body or an affiliate runs these pages, not a Foundation team. */
  'run-by',
  /** [team id]: a reference to a team the registry does not have. */
  'unknown-team',
  /** [from team, to team, date]: one step along the lineage. */
  'followed-successor',
  /** [team name]: the next step is not established; the chain stops here. */
  'successor-unknown',
  /** [team name]: historical and no successor is known. */
  'owner-no-successor',
  /** [team name]: whether the team still exists is not known. */
  'owner-status-unknown',
  /** [team, parent, today's owner]: the team has no successor of its own, so its parent's line is followed. */
  'followed-parent',
  /** [team, parent]: as followed-parent, where the parent itself is still active. */
  'followed-parent-active',
  /** [team]: whether the team itself still exists, or where it went, is not known. */
  'own-status-unknown',
  /** [team, parent]: the team was part of a parent that split or was dissolved; where it went is not known. */
  'part-of-divided',
  /** [team]: the team was divided into the parts the successor map lists; no source dates it. */
  'team-split',
  /** [team, date]: the team was divided on that date into the parts the successor map lists. */
  'team-split-dated',
  /** [team, date]: the team was dissolved; its parts went to the teams the successor map lists. */
  'team-dissolved',
  /** [team, date]: the parts of a dissolved team had all moved by then. */
  'parts-moved-by',
  /** [team name]: the lineage loops; it stops before repeating. */
  'lineage-cycle',
  /** The lineage is longer than the resolver follows. */
  'lineage-too-long',
  /** [department, date]: the department was last stated at that date. */
  'department-as-of',
  /** The resolver failed on this input; the answer is a safe unknown. */
  'internal-error',
]);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const reasonSchema = z.strictObject({
  code: reasonCodeSchema,
  params: z.array(z.string()),
});
export type Reason = z.infer<typeof reasonSchema>;

export const datedSourceSchema = z.strictObject({
  url: z.string(),
  title: z.string().optional(),
  /** When the claim behind this source was last checked. */
  verified: z.string(),
});
export type DatedSource = z.infer<typeof datedSourceSchema>;

const sourceListSchema = z.array(datedSourceSchema);

export const teamSummarySchema = z.strictObject({
  id: teamIdSchema,
  name: z.string(),
  department: z.string().nullable(),
  departmentAsOf: z.string().optional(),
  status: teamStatusSchema,
  certainty: certaintySchema,
});
export type TeamSummary = z.infer<typeof teamSummarySchema>;

/** How a lineage step was reached: the first team, an edge of the graph, or the team's parent. */
export const stepViaSchema = z.union([z.literal('origin'), successionKindSchema, z.literal('part-of')]);
export type StepVia = z.infer<typeof stepViaSchema>;

export const lineageStepSchema = z.strictObject({
  team: teamIdSchema,
  via: stepViaSchema,
  name: z.string(),
  department: z.string().nullable(),
  /** 'unknown' where no source dates the step. */
  from: z.string(),
  to: z.string().optional(),
  certainty: certaintySchema,
  sources: sourceListSchema,
});
export type LineageStep = z.infer<typeof lineageStepSchema>;

export const matchKindSchema = z.enum(['exact', 'prefix', 'namespace', 'category', 'template', 'link', 'inferred']);
export type MatchKind = z.infer<typeof matchKindSchema>;

export const ownershipMatchSchema = z.strictObject({
  /** null for an inference that no rule states. */
  ruleId: ruleIdSchema.nullable(),
  kind: matchKindSchema,
  /** What matched: the title, prefix, category, template, linked title or namespace. */
  detail: z.string(),
});
export type OwnershipMatch = z.infer<typeof ownershipMatchSchema>;

export const confidenceSchema = z.enum(['exact', 'rule', 'inferred', 'unknown']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('email'), address: z.string(), purpose: z.string(), sources: sourceListSchema }),
  z.strictObject({ kind: z.literal('talk-page'), host: z.string(), title: z.string(), sources: sourceListSchema }),
  z.strictObject({ kind: z.literal('phabricator'), tag: z.string(), sources: sourceListSchema }),
  z.strictObject({ kind: z.literal('chat'), channel: z.string(), sources: sourceListSchema }),
]);
export type Contact = z.infer<typeof contactSchema>;

const programmeRefSchema = z.strictObject({
  id: programmeIdSchema,
  name: z.string(),
  status: programmeStatusSchema,
  page: wikiPageRefSchema.optional(),
});

export const relatedProgrammeSchema = z.strictObject({
  ...programmeRefSchema.shape,
  /** page: the title is (under) the programme's page; alias: one of its other titles; runs: the owner runs it. */
  relation: z.enum(['page', 'alias', 'runs']),
  contacts: z.array(z.strictObject({ address: z.string(), purpose: z.string() })),
  notes: z.string().optional(),
  /** When it stopped taking requests (YYYY[-MM[-DD]]), where a source says. */
  closed: z.string().optional(),
  /** The programme that carries on its work today, when it was replaced; null when it is current or nothing replaced it. */
  current: programmeRefSchema.nullable(),
  sources: sourceListSchema,
});
export type RelatedProgramme = z.infer<typeof relatedProgrammeSchema>;

export const relatedLiaisonSchema = z.strictObject({
  id: liaisonIdSchema,
  name: z.string(),
  /** null: not known; link the person to the team page instead. */
  username: z.string().nullable(),
  role: z.string(),
  products: z.array(z.string()),
  languages: z.array(z.string()),
  /** team: supports the owner team; product: supports one of its products. */
  relation: z.enum(['team', 'product']),
  sources: sourceListSchema,
});
export type RelatedLiaison = z.infer<typeof relatedLiaisonSchema>;

/** One former part of a split or dissolved team, and where its work is now. */
export const successorEntrySchema = z.strictObject({
  /** The part's name, after the names of the parts it sat in (e.g. Programs, GLAM). */
  path: z.array(z.string()).min(1),
  part: teamIdSchema,
  /** Earlier teams whose work this part took on, named on the same line. */
  earlier: z.array(z.string()),
  /** null: no source says where this part went. */
  owner: teamSummarySchema.nullable(),
  /** From the part to today's team. */
  chain: z.array(lineageStepSchema),
  certainty: certaintySchema,
  /** The first way to reach today's team: its first address, talk page or tag. */
  contact: contactSchema.nullable(),
  teamPage: wikiPageRefSchema.nullable(),
  reasons: z.array(reasonSchema),
  sources: sourceListSchema,
});
export type SuccessorEntry = z.infer<typeof successorEntrySchema>;

/** Where each part of a split or dissolved team went. */
export const successorMapSchema = z.strictObject({
  how: z.enum(['split', 'dissolved']),
  team: teamSummarySchema,
  /** When it split or was dissolved, where a source says. */
  date: z.string().optional(),
  partsMovedBy: z.string().optional(),
  period: z.strictObject({ from: z.string().optional(), to: z.string().optional() }),
  leaders: z.array(leaderSchema),
  entries: z.array(successorEntrySchema),
  /** How many different teams hold the parts' work today. */
  ownerCount: z.number().int().nonnegative(),
  /** Behind the dissolution or the split itself; each entry has its own. */
  sources: sourceListSchema,
});
export type SuccessorMap = z.infer<typeof successorMapSchema>;

export const runBySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['community', 'affiliate']),
  askAt: wikiPageRefSchema,
  email: z.string().nullable(),
});
export type RunBy = z.infer<typeof runBySchema>;

/**
 * owned: one team holds the topic now; split: its parts went to several (see successorMap);
 * community: a community body or an affiliate runs the page, no Foundation team (see runBy).
 */
export const ownershipStatusSchema = z.enum(['owned', 'split', 'community', 'unknown', 'not-applicable']);
export type OwnershipStatus = z.infer<typeof ownershipStatusSchema>;

/**
 * Who owns a page's topic now and how sure that is. Three separate questions: `status` (is a
 * current owner known?), `confidence` (how the page was tied to a team: exact title, another
 * rule, an inference, or not at all) and `certainty` (the weakest claim along the lineage).
 */
export const ownershipSchema = z.strictObject({
  topic: z.strictObject({
    /** The page's title after redirects; null when only an id is known. */
    title: z.string().nullable(),
    host: z.string(),
    /** Set when the page is a translation: the page whose topic it shares. */
    translationOf: z.strictObject({ title: z.string(), language: z.string() }).optional(),
    redirectedFrom: z.string().optional(),
  }),
  status: ownershipStatusSchema,
  owner: teamSummarySchema.nullable(),
  /** Set exactly when the status is community: who runs the page, and where to ask them. */
  runBy: runBySchema.nullable(),
  department: z.string().nullable(),
  /** From the team the page was tied to, along its successors, to today's owner (or to the team that split). */
  chain: z.array(lineageStepSchema),
  /** Set when the status is split. */
  successorMap: successorMapSchema.nullable(),
  match: ownershipMatchSchema.nullable(),
  confidence: confidenceSchema,
  certainty: certaintySchema,
  reasons: z.array(reasonSchema),
  /** The owner's page, to be checked live. */
  teamPage: wikiPageRefSchema.nullable(),
  contacts: z.array(contactSchema),
  programmes: z.array(relatedProgrammeSchema),
  liaisons: z.array(relatedLiaisonSchema),
  /** Every source behind the answer, once each. */
  sources: sourceListSchema,
  refinedWithFacts: z.boolean(),
});
export type Ownership = z.infer<typeof ownershipSchema>;
