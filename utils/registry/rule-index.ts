import { frozenMap } from './freeze';
import { categoryKey, namespaceKey, pageKey, registryPageKey, templateKey } from './keys';
import type { Rule, RuleKind } from './schema';

interface IndexedRule {
  rule: Rule;
  /** Position in the registry: among rules of equal rank, the earlier one wins. */
  order: number;
  /** The key's text as the rule writes it. */
  detail: string;
}

type KeyedRules = ReadonlyMap<string, IndexedRule>;

/** One map per rule kind, so matching costs a few lookups per title, whatever the rule count. */
export interface RuleIndex {
  readonly exact: KeyedRules;
  readonly prefix: KeyedRules;
  readonly namespace: KeyedRules;
  readonly category: KeyedRules;
  readonly template: KeyedRules;
  readonly link: KeyedRules;
}

/** What is known about a page when rules are matched. */
export interface RuleQuery {
  host: string;
  /** Titles to try, best first: the topic's title, then the title it was reached by. */
  titles: readonly string[];
  namespace: number | null;
  categories?: readonly string[];
  templates?: readonly string[];
  links?: readonly string[];
}

export interface RuleMatchResult {
  rule: Rule;
  kind: RuleKind;
  /** The matched title, prefix, category, template, link target or namespace, as the rule writes it. */
  detail: string;
}

function keysOf(rule: Rule): [keyof RuleIndex, string, string][] {
  const { match, wiki } = rule;
  switch (match.kind) {
    case 'exact':
      return match.titles.map((title) => ['exact', registryPageKey(wiki, title), title]);
    case 'prefix':
      return [['prefix', registryPageKey(wiki, match.prefix), match.prefix]];
    case 'namespace':
      return [['namespace', namespaceKey(wiki, match.namespace), String(match.namespace)]];
    case 'category':
      return [['category', categoryKey(wiki, match.category), match.category]];
    case 'template':
      return [['template', templateKey(wiki, match.template), match.template]];
    case 'link':
      return [['link', registryPageKey(wiki, match.target), match.target]];
  }
}

export function buildRuleIndex(rules: readonly Rule[]): RuleIndex {
  const maps = {
    exact: new Map<string, IndexedRule>(),
    prefix: new Map<string, IndexedRule>(),
    namespace: new Map<string, IndexedRule>(),
    category: new Map<string, IndexedRule>(),
    template: new Map<string, IndexedRule>(),
    link: new Map<string, IndexedRule>(),
  };
  rules.forEach((rule, order) => {
    for (const [kind, key, detail] of keysOf(rule)) {
      if (!maps[kind].has(key)) maps[kind].set(key, { rule, order, detail });
    }
  });
  return Object.freeze({
    exact: frozenMap(maps.exact),
    prefix: frozenMap(maps.prefix),
    namespace: frozenMap(maps.namespace),
    category: frozenMap(maps.category),
    template: frozenMap(maps.template),
    link: frozenMap(maps.link),
  });
}

function hit(entry: IndexedRule | undefined, kind: RuleKind): RuleMatchResult | null {
  return entry === undefined ? null : { rule: entry.rule, kind, detail: entry.detail };
}

/** The page itself, then each parent page up the `/` segments: longest prefix first. */
function longestPrefix(index: RuleIndex, host: string, title: string): IndexedRule | undefined {
  let key = pageKey(host, title);
  const hostLength = host.length + 1;
  for (;;) {
    const entry = index.prefix.get(key);
    if (entry !== undefined) return entry;
    const slash = key.lastIndexOf('/');
    if (slash <= hostLength) return undefined;
    key = key.slice(0, slash);
  }
}

function earliest(index: KeyedRules, keys: Iterable<string>): IndexedRule | undefined {
  let best: IndexedRule | undefined;
  for (const key of keys) {
    const entry = index.get(key);
    if (entry !== undefined && (best === undefined || entry.order < best.order)) best = entry;
  }
  return best;
}

function* mapKeys(values: readonly string[] | undefined, key: (value: string) => string): Iterable<string> {
  for (const value of values ?? []) yield key(value);
}

/**
 * The rule that places a page, by precedence: an exact title, then the longest title prefix,
 * then a category or template, then a link, then the namespace. Within one rank the rule listed
 * first in the registry wins.
 */
export function findRuleMatch(index: RuleIndex, query: RuleQuery): RuleMatchResult | null {
  const { host, titles } = query;
  for (const title of titles) {
    const exact = hit(index.exact.get(pageKey(host, title)), 'exact');
    if (exact) return exact;
  }
  for (const title of titles) {
    const prefix = hit(longestPrefix(index, host, title), 'prefix');
    if (prefix) return prefix;
  }
  const category = earliest(index.category, mapKeys(query.categories, (value) => categoryKey(host, value)));
  const template = earliest(index.template, mapKeys(query.templates, (value) => templateKey(host, value)));
  if (category !== undefined && (template === undefined || category.order < template.order)) return hit(category, 'category');
  if (template !== undefined) return hit(template, 'template');
  const link = hit(earliest(index.link, mapKeys(query.links, (value) => pageKey(host, value))), 'link');
  if (link) return link;
  return query.namespace === null ? null : hit(index.namespace.get(namespaceKey(host, query.namespace)), 'namespace');
}
