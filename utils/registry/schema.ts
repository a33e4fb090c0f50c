import { z } from 'zod';
import { defaultRuleWiki } from './default-wiki';
import { linkUrlSchema, wikiHostSchema } from './hosts';
import { registryLimits } from './limits';
import {
  emailAddressSchema,
  isoDateSchema,
  languageCodeSchema,
  partialDateSchema,
  plainText,
  startDateSchema,
  usernameSchema,
  wikiTitleSchema,
} from './text';

const { text: caps, list: max } = registryLimits;

/** Re-exported so registry code keeps one import; the side panel imports ./default-wiki directly. */
export { defaultRuleWiki };

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';

// References read like Backstage's `kind:name`, so a dangling one says what it was meant to be.
function entityId(kind: string) {
  return z
    .string()
    .max(caps.id)
    .regex(new RegExp(`^${kind}:${slug}$`), `must look like ${kind}:lower-case-words`);
}

export const teamIdSchema = entityId('team');
export const ruleIdSchema = entityId('rule');
export const programmeIdSchema = entityId('programme');
export const liaisonIdSchema = entityId('liaison');
export const quickLinkIdSchema = entityId('link');
export const bodyIdSchema = entityId('body');
export const entityIdSchema = z
  .string()
  .max(caps.id)
  .regex(new RegExp(`^(?:team|rule|programme|liaison|link|body):${slug}$`), 'must be an entity id such as team:trust-and-safety');

/**
 * How sure a claim is. stated: the team's own current page says so; indirect: a reply, a later
 * page or a signature implies it; unverified: plausible but unsourced, shown as uncertain;
 * unknown: no source says, and nothing is guessed.
 */
export const certaintySchema = z.enum(['stated', 'indirect', 'unverified', 'unknown']);
export type Certainty = z.infer<typeof certaintySchema>;

export const sourceSchema = z.strictObject({
  url: linkUrlSchema,
  title: plainText(caps.sourceTitle).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z
  .array(sourceSchema)
  .min(1, 'must list at least one source')
  .max(max.sources, `must list at most ${max.sources} sources`);

/** What every claim carries: where it comes from, when it was checked, how sure it is. */
const provenance = {
  sources: sourcesSchema,
  verified: isoDateSchema,
  certainty: certaintySchema,
};

export const wikiPageRefSchema = z.strictObject({
  host: wikiHostSchema,
  title: wikiTitleSchema,
});
export type WikiPageRef = z.infer<typeof wikiPageRefSchema>;

export const emailContactSchema = z.strictObject({
  address: emailAddressSchema,
  purpose: plainText(caps.purpose),
  /** Only when this address has a source of its own; otherwise its entity's sources apply. */
  sources: sourcesSchema.optional(),
});
export type EmailContact = z.infer<typeof emailContactSchema>;

export const contactsSchema = z.strictObject({
  emails: z.array(emailContactSchema).max(max.emails).default([]),
  talkPages: z.array(wikiPageRefSchema).max(max.talkPages).default([]),
  phabricatorTags: z.array(plainText(caps.name)).max(max.phabricatorTags).default([]),
  chatChannels: z.array(plainText(caps.chatChannel)).max(max.chatChannels).default([]),
});
export type Contacts = z.infer<typeof contactsSchema>;

export const linkTypeSchema = z.enum(['page', 'announcement', 'tracker', 'mailing-list', 'directory', 'other']);

export const linkSchema = z.strictObject({
  url: linkUrlSchema,
  title: plainText(caps.label),
  type: linkTypeSchema,
});
export type Link = z.infer<typeof linkSchema>;

/**
 * How a team's work passed to another (docs/REGISTRY.md has an example of each):
 * renamed: the same team under a new name, in the same department;
 * moved: the team went to another department, whatever it was called there;
 * split: one of the two or more teams it was divided into (a team lists all its parts);
 * merged: it joined one or more other teams in a single team;
 * absorbed: an existing team, often its parent, took its work in and it stopped being a unit.
 */
export const successionKindSchema = z.enum(['renamed', 'moved', 'split', 'merged', 'absorbed']);
export type SuccessionKind = z.infer<typeof successionKindSchema>;

/** One edge of the lineage graph: from the team that lists it to `team`. */
export const successorSchema = z.strictObject({
  team: teamIdSchema,
  kind: successionKindSchema,
  from: startDateSchema,
  to: partialDateSchema.optional(),
  ...provenance,
});
export type Successor = z.infer<typeof successorSchema>;

export const teamStatusSchema = z.enum(['active', 'historical', 'unknown']);
export type TeamStatus = z.infer<typeof teamStatusSchema>;

/**
 * The team ended as a unit and its parts (the teams that name it as parent) went separate
 * ways; each part's own successors say where.
 */
export const dissolutionSchema = z.strictObject({
  date: partialDateSchema,
  /** When the last part had joined its new home, where a source says. */
  partsMovedBy: partialDateSchema.optional(),
  ...provenance,
});
export type Dissolution = z.infer<typeof dissolutionSchema>;

/** A person who led the team, as its sources name them; backed by the team's own sources. */
export const leaderSchema = z.strictObject({
  name: plainText(caps.name),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});
export type Leader = z.infer<typeof leaderSchema>;

export const teamSchema = z.strictObject({
  id: teamIdSchema,
  name: plainText(caps.name),
  /** null: not known. */
  department: plainText(caps.name).nullable(),
  /** The date the department was last stated; later placement is not known. */
  departmentAsOf: partialDateSchema.optional(),
  status: teamStatusSchema,
  parent: teamIdSchema.optional(),
  /** Either one edge, or the two or more parts of a split (integrity.ts checks which). */
  successors: z.array(successorSchema).max(max.successors).default([]),
  dissolved: dissolutionSchema.optional(),
  leaders: z.array(leaderSchema).max(max.leaders).default([]),
  activePeriod: z
    .strictObject({ from: partialDateSchema.optional(), to: partialDateSchema.optional() })
    .default({}),
  teamPage: wikiPageRefSchema.optional(),
  contacts: contactsSchema.default({ emails: [], talkPages: [], phabricatorTags: [], chatChannels: [] }),
  /** Products and services the team is responsible for, matched against liaisons' products. */
  products: z.array(plainText(caps.product)).max(max.products).default([]),
  links: z.array(linkSchema).max(max.links).default([]),
  note: plainText(caps.note).optional(),
  ...provenance,
});
export type Team = z.infer<typeof teamSchema>;

export const ruleMatchSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), titles: z.array(wikiTitleSchema).min(1).max(max.exactTitles) }),
  /** The page itself and all its subpages. */
  z.strictObject({ kind: z.literal('prefix'), prefix: wikiTitleSchema }),
  z.strictObject({ kind: z.literal('namespace'), namespace: z.number().int().min(0).max(100_000) }),
  /** A category name, with or without its `Category:` prefix. */
  z.strictObject({ kind: z.literal('category'), category: wikiTitleSchema }),
  /** A template name (`Template:` optional) or the full title of any transcluded page. */
  z.strictObject({ kind: z.literal('template'), template: wikiTitleSchema }),
  z.strictObject({ kind: z.literal('link'), target: wikiTitleSchema }),
]);
export type RuleMatch = z.infer<typeof ruleMatchSchema>;
export type RuleKind = RuleMatch['kind'];

export const ruleSchema = z.strictObject({
  id: ruleIdSchema,
  /** null states that no Foundation team owns the page, so nothing weaker may guess one. */
  owner: teamIdSchema.nullable(),
  /** With owner null: the community body or affiliate that runs these pages instead. */
  runBy: bodyIdSchema.optional(),
  match: ruleMatchSchema,
  wiki: wikiHostSchema.default(defaultRuleWiki),
  note: plainText(caps.note).optional(),
  ...provenance,
});
export type Rule = z.infer<typeof ruleSchema>;

export const programmeStatusSchema = z.enum(['active', 'historical', 'unknown']);

export const programmeSchema = z.strictObject({
  id: programmeIdSchema,
  name: plainText(caps.name),
  status: programmeStatusSchema,
  /** The team that runs it. */
  team: teamIdSchema.optional(),
  replaces: z.array(programmeIdSchema).max(max.replaces).default([]),
  page: wikiPageRefSchema.optional(),
  /** Redirects and other titles of the page, on the page's wiki. */
  aliases: z.array(wikiTitleSchema).max(max.aliases).default([]),
  contacts: z.array(emailContactSchema).max(max.emails).default([]),
  /** When it stopped taking requests, where a source says; only a historical programme has one. */
  closed: partialDateSchema.optional(),
  notes: plainText(caps.note).optional(),
  ...provenance,
});
export type Programme = z.infer<typeof programmeSchema>;

export const liaisonSchema = z.strictObject({
  id: liaisonIdSchema,
  name: plainText(caps.name),
  /** null: not known; never guessed from the name. */
  username: usernameSchema.nullable(),
  role: plainText(caps.role),
  products: z.array(plainText(caps.product)).max(max.products).default([]),
  teams: z.array(teamIdSchema).max(max.liaisonTeams).default([]),
  languages: z.array(languageCodeSchema).max(max.languages).default([]),
  ...provenance,
});
export type Liaison = z.infer<typeof liaisonSchema>;

export const quickLinkSchema = z.strictObject({
  id: quickLinkIdSchema,
  label: plainText(caps.label),
  url: linkUrlSchema,
});
export type QuickLink = z.infer<typeof quickLinkSchema>;

/**
 * A community body (stewards, a committee, Meta's own forums) or an affiliate that runs a family
 * of pages: never a Foundation team, and never answered as one. `askAt` is its own way in.
 */
export const bodySchema = z.strictObject({
  id: bodyIdSchema,
  name: plainText(caps.name),
  kind: z.enum(['community', 'affiliate']),
  askAt: wikiPageRefSchema,
  email: emailAddressSchema.optional(),
  note: plainText(caps.note).optional(),
  ...provenance,
});
export type Body = z.infer<typeof bodySchema>;

/** Version 2 added the kind of each succession; upgrade.ts reads version 1 pages. */
export const registryVersion = 2;

export const registrySchema = z.strictObject({
  version: z.literal(registryVersion),
  updated: isoDateSchema,
  teams: z.array(teamSchema).max(max.teams).default([]),
  rules: z.array(ruleSchema).max(max.rules).default([]),
  programmes: z.array(programmeSchema).max(max.programmes).default([]),
  liaisons: z.array(liaisonSchema).max(max.liaisons).default([]),
  bodies: z.array(bodySchema).max(max.bodies).default([]),
  quickLinks: z.array(quickLinkSchema).max(max.quickLinks).default([]),
  /** Tombstones: ids of built-in entities that an on-wiki registry withdraws. */
  remove: z.array(entityIdSchema).max(max.remove).default([]),
});
export type Registry = z.infer<typeof registrySchema>;
/** The registry as written in JSON, before defaults are filled in. */
export type RegistryInput = z.input<typeof registrySchema>;

/** Where an on-wiki registry came from, so a large change can show its revision and author. */
export const registryRevisionSchema = z.strictObject({
  revisionId: z.number().int().positive(),
  /** null when the author is hidden. */
  user: z.string().max(caps.username).nullable(),
  timestamp: z.string().max(40),
  source: wikiPageRefSchema,
});
export type RegistryRevision = z.infer<typeof registryRevisionSchema>;
