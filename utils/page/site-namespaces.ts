import { z } from 'zod';
import { namespaceKey } from './namespaces';
import type { NamespaceRules } from './title';
import type { Namespace } from './wiki-page';

// Wikimedia's largest wikis have about 60 namespaces and as many aliases; the bounds only keep a
// hostile answer from growing without end.
const maxNamespaces = 500;
const maxAliases = 2000;
const namespaceId = z.number().int().min(-2).max(2 ** 31 - 1);
const namespaceName = z.string().max(255);

const siteNamespaceSchema = z.object({
  id: namespaceId,
  case: z.enum(['first-letter', 'case-sensitive']),
  /** The local name, with spaces; '' for the main namespace. */
  name: namespaceName,
  /** The English name every wiki also accepts; absent for the main namespace. */
  canonical: namespaceName.min(1).optional(),
});

/**
 * The Action API's answer to `action=query&meta=siteinfo&siprop=namespaces|namespacealiases`
 * (formatversion=2): namespaces keyed by id, aliases (older names, genderized forms such as
 * `Benutzerin`, short forms such as `WP`) as a list. An answer that contradicts itself (no main
 * namespace, a nameless one, two with one id, an alias of no namespace) is refused as a whole.
 */
export const siteNamespacesAnswerSchema = z.object({
  query: z
    .object({
      namespaces: z
        .record(z.string(), siteNamespaceSchema)
        .refine((namespaces) => Object.keys(namespaces).length <= maxNamespaces, 'too many namespaces'),
      namespacealiases: z
        .array(z.object({ id: namespaceId, alias: namespaceName.min(1) }))
        .max(maxAliases),
    })
    .refine(({ namespaces }) => Object.values(namespaces).some(({ id }) => id === 0), 'no main namespace')
    .refine(
      ({ namespaces }) => Object.values(namespaces).every(({ id, name }) => (id === 0) === (name === '')),
      'a namespace without a name, or a main namespace with one',
    )
    .refine(({ namespaces }) => {
      const ids = Object.values(namespaces).map(({ id }) => id);
      return new Set(ids).size === ids.length;
    }, 'two namespaces with one id')
    .refine(
      ({ namespaces, namespacealiases }) => {
        const ids = new Set(Object.values(namespaces).map(({ id }) => id));
        return namespacealiases.every(({ id }) => ids.has(id));
      },
      'an alias of a namespace the wiki does not have',
    ),
});
export type SiteNamespacesAnswer = z.infer<typeof siteNamespacesAnswerSchema>;

/** One wiki's namespaces as the cache keeps them (a week per wiki: they change rarely). */
export const namespaceTableSchema = z.object({
  /** Each namespace: the name titles in it carry, and whether their first letter is capitalised. */
  namespaces: z.array(z.object({ id: namespaceId, name: namespaceName, capitalized: z.boolean() })).max(maxNamespaces),
  /** Every prefix the wiki takes for a namespace, as the wiki spells it, the first to win on a clash. */
  prefixes: z.array(z.object({ prefix: namespaceName.min(1), id: namespaceId })).max(2 * maxNamespaces + maxAliases),
});
export type NamespaceTable = z.infer<typeof namespaceTableSchema>;

/**
 * The wiki's namespaces from its answer. Prefixes keep MediaWiki's precedence
 * (Language::getNsIndex): canonical names first, then aliases, which override local names
 * (Language::getNamespaceIds writes them last).
 */
export function namespaceTableOf(answer: SiteNamespacesAnswer): NamespaceTable {
  const namespaces = Object.values(answer.query.namespaces).sort((a, b) => a.id - b.id);
  return {
    namespaces: namespaces.map(({ id, name, case: letterCase }) => ({ id, name, capitalized: letterCase === 'first-letter' })),
    prefixes: [
      ...namespaces.flatMap(({ id, canonical }) => (canonical === undefined ? [] : [{ prefix: canonical, id }])),
      ...answer.query.namespacealiases.map(({ id, alias }) => ({ prefix: alias, id })),
      ...namespaces.flatMap(({ id, name }) => (name === '' ? [] : [{ prefix: name, id }])),
    ],
  };
}

/** The local name of a namespace on the wiki, '' for the main one; undefined when it has none. */
export function namespaceNameOf(table: NamespaceTable, id: number): string | undefined {
  return table.namespaces.find((namespace) => namespace.id === id)?.name;
}

/** Title rules from the wiki's own namespaces: prefixes compared as MediaWiki compares them. */
export function namespaceRulesOf(table: NamespaceTable): NamespaceRules {
  const byId = new Map(table.namespaces.map((namespace) => [namespace.id, namespace]));
  const byKey = new Map<string, Readonly<Namespace>>();
  for (const { prefix, id } of table.prefixes) {
    const namespace = byId.get(id);
    const key = namespaceKey(prefix);
    if (namespace !== undefined && !byKey.has(key)) byKey.set(key, { id, name: namespace.name });
  }
  return {
    lookup: (prefix) => byKey.get(namespaceKey(prefix)),
    // MediaWiki's default ($wgCapitalLinks) for a namespace the table does not describe.
    isCapitalized: (namespace) => byId.get(namespace.id)?.capitalized ?? true,
  };
}
