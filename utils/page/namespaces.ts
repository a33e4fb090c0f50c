import { projectFamilies } from './project-families';
import type { Namespace, ProjectFamily } from './wiki-page';

interface NamespaceEntry {
  id: number;
  name: string;
  aliases?: readonly string[];
}

export const mainNamespace: Readonly<Namespace> = { id: 0, name: '' };

/** Canonical names of the core namespaces and of extensions every Wikimedia wiki runs. */
const sharedNamespaces: readonly NamespaceEntry[] = [
  { id: -2, name: 'Media' },
  { id: -1, name: 'Special' },
  { id: 1, name: 'Talk' },
  { id: 2, name: 'User' },
  { id: 3, name: 'User talk' },
  { id: 6, name: 'File', aliases: ['Image'] },
  { id: 7, name: 'File talk', aliases: ['Image talk'] },
  { id: 8, name: 'MediaWiki' },
  { id: 9, name: 'MediaWiki talk' },
  { id: 10, name: 'Template' },
  { id: 11, name: 'Template talk' },
  { id: 12, name: 'Help' },
  { id: 13, name: 'Help talk' },
  { id: 14, name: 'Category' },
  { id: 15, name: 'Category talk' },
  { id: 710, name: 'TimedText' },
  { id: 711, name: 'TimedText talk' },
  { id: 828, name: 'Module' },
  { id: 829, name: 'Module talk' },
  { id: 2300, name: 'Gadget' },
  { id: 2301, name: 'Gadget talk' },
  { id: 2302, name: 'Gadget definition' },
  { id: 2303, name: 'Gadget definition talk' },
];

interface ProjectNamespace {
  name: string;
  aliases?: readonly string[];
  talkAliases?: readonly string[];
}

/** English project-namespace names; a family missing here keeps the canonical 'Project'. */
const projectNamespaces: Partial<Record<ProjectFamily, ProjectNamespace>> = {
  wikipedia: { name: 'Wikipedia', aliases: ['WP'], talkAliases: ['WT'] },
  wiktionary: { name: 'Wiktionary' },
  wikibooks: { name: 'Wikibooks' },
  wikinews: { name: 'Wikinews' },
  wikiquote: { name: 'Wikiquote' },
  wikisource: { name: 'Wikisource' },
  wikiversity: { name: 'Wikiversity' },
  wikivoyage: { name: 'Wikivoyage' },
  wikidata: { name: 'Wikidata', aliases: ['WD'] },
  wikifunctions: { name: 'Wikifunctions' },
  commons: { name: 'Commons', aliases: ['COM'] },
  meta: { name: 'Meta' },
  species: { name: 'Wikispecies' },
  incubator: { name: 'Incubator' },
};

/** Namespaces a single wiki adds to the shared ones. */
const extraNamespaces: Partial<Record<ProjectFamily, readonly NamespaceEntry[]>> = {
  meta: [
    { id: 200, name: 'Grants' },
    { id: 201, name: 'Grants talk' },
    { id: 202, name: 'Research', aliases: ['R'] },
    { id: 203, name: 'Research talk' },
    { id: 206, name: 'Iberocoop' },
    { id: 207, name: 'Iberocoop talk' },
    { id: 1198, name: 'Translations' },
    { id: 1199, name: 'Translations talk' },
    { id: 1728, name: 'Event' },
    { id: 1729, name: 'Event talk' },
  ],
  // mediawiki.org translates its help pages with Translate, whose units live here as on Meta.
  mediawiki: [
    { id: 1198, name: 'Translations' },
    { id: 1199, name: 'Translations talk' },
  ],
  wikidata: [
    { id: 120, name: 'Property' },
    { id: 121, name: 'Property talk' },
    { id: 146, name: 'Lexeme' },
    { id: 147, name: 'Lexeme talk' },
    { id: 640, name: 'EntitySchema' },
    { id: 641, name: 'EntitySchema talk' },
  ],
};

function projectEntries(project: ProjectNamespace | undefined): NamespaceEntry[] {
  if (project === undefined) {
    return [
      { id: 4, name: 'Project' },
      { id: 5, name: 'Project talk' },
    ];
  }
  return [
    { id: 4, name: project.name, aliases: ['Project', ...(project.aliases ?? [])] },
    { id: 5, name: `${project.name} talk`, aliases: ['Project talk', ...(project.talkAliases ?? [])] },
  ];
}

/**
 * Namespace names and aliases compare case-insensitively, spaces and underscores alike, as
 * MediaWiki's Language::getNsIndex compares them; the wiki's own names (site-namespaces.ts) too.
 */
export function namespaceKey(name: string): string {
  return name.replace(/_/g, ' ').toLowerCase();
}

function buildTable(family: ProjectFamily): Map<string, Namespace> {
  const entries = [
    ...sharedNamespaces,
    ...projectEntries(projectNamespaces[family]),
    ...(extraNamespaces[family] ?? []),
  ];
  return new Map(
    entries.flatMap(({ id, name, aliases = [] }) =>
      [name, ...aliases].map((key) => [namespaceKey(key), { id, name }] as const),
    ),
  );
}

const tables = new Map(projectFamilies.map((family) => [family, buildTable(family)]));

/** The namespace a (trimmed, single-spaced) title prefix names on a family's wikis. */
export function lookupNamespace(prefix: string, family: ProjectFamily): Readonly<Namespace> | undefined {
  return tables.get(family)?.get(namespaceKey(prefix));
}
