import { pathToFileURL } from 'node:url';
import { resolveInstant } from '../../utils/ownership/resolve';
import type { WikiPage } from '../../utils/page/wiki-page';
import { categoryKey, namespaceKey, pageKey, registryPageKey, templateKey } from '../../utils/registry/keys';
import { prepareRegistry } from '../../utils/registry/prepare';
import { findRuleMatch } from '../../utils/registry/rule-index';
import type { RuleMatchResult, RuleQuery } from '../../utils/registry/rule-index';
import { registrySchema } from '../../utils/registry/schema';
import type { Registry, Rule, RuleKind } from '../../utils/registry/schema';

export interface ResolverBenchResult {
  titles: number;
  rules: number;
  /** Matching every title through the rule index. */
  indexedMs: number;
  /** Matching every title by scanning all rules. */
  linearMs: number;
  /** linearMs / indexedMs. */
  ratio: number;
  /** The whole instant resolver (index, lineage, contacts, programmes) over every title. */
  resolveMs: number;
}

const host = 'meta.wikimedia.org';
const rank: Record<RuleKind, number> = { exact: 0, prefix: 1, category: 2, template: 2, link: 3, namespace: 4 };

interface ScannedRule {
  rule: Rule;
  order: number;
  keys: string[];
}

/** Rule keys computed once, as the index does, so the scan pays only for comparing. */
export function scanRules(rules: readonly Rule[]): ScannedRule[] {
  return rules.map((rule, order) => {
    const { match, wiki } = rule;
    const keys =
      match.kind === 'exact' ? match.titles.map((title) => registryPageKey(wiki, title))
      : match.kind === 'prefix' ? [registryPageKey(wiki, match.prefix)]
      : match.kind === 'namespace' ? [namespaceKey(wiki, match.namespace)]
      : match.kind === 'category' ? [categoryKey(wiki, match.category)]
      : match.kind === 'template' ? [templateKey(wiki, match.template)]
      : [registryPageKey(wiki, match.target)];
    return { rule, order, keys };
  });
}

function detailOf(rule: Rule, key: string): string {
  const { match } = rule;
  switch (match.kind) {
    case 'exact':
      return match.titles.find((title) => registryPageKey(rule.wiki, title) === key) ?? '';
    case 'prefix':
      return match.prefix;
    case 'namespace':
      return String(match.namespace);
    case 'category':
      return match.category;
    case 'template':
      return match.template;
    case 'link':
      return match.target;
  }
}

interface Candidate {
  scanned: ScannedRule;
  key: string;
  rank: number;
  /** Which of the query's titles matched: earlier titles win. */
  titleIndex: number;
  /** Longer prefixes win. */
  length: number;
}

function beats(candidate: Candidate, best: Candidate | null): boolean {
  if (best === null) return true;
  const order =
    candidate.rank - best.rank ||
    candidate.titleIndex - best.titleIndex ||
    best.length - candidate.length ||
    candidate.scanned.order - best.scanned.order;
  return order < 0;
}

function titleMatch(kind: RuleKind, key: string, titleKeys: readonly string[]): number {
  for (let index = 0; index < titleKeys.length; index++) {
    const title = titleKeys[index]!;
    if (title === key || (kind === 'prefix' && title.startsWith(key) && title[key.length] === '/')) return index;
  }
  return -1;
}

/**
 * The same precedence as findRuleMatch, by looking at every rule for every title: the baseline
 * the index is measured against, and the oracle the index is tested against.
 */
export function findRuleLinear(rules: readonly ScannedRule[], query: RuleQuery): RuleMatchResult | null {
  const titleKeys = query.titles.map((title) => pageKey(query.host, title));
  const categories = new Set((query.categories ?? []).map((value) => categoryKey(query.host, value)));
  const templates = new Set((query.templates ?? []).map((value) => templateKey(query.host, value)));
  const links = new Set((query.links ?? []).map((value) => pageKey(query.host, value)));
  const namespace = query.namespace === null ? null : namespaceKey(query.host, query.namespace);
  let best: Candidate | null = null;
  for (const scanned of rules) {
    const kind = scanned.rule.match.kind;
    for (const key of scanned.keys) {
      const titleIndex = kind === 'exact' || kind === 'prefix' ? titleMatch(kind, key, titleKeys) : 0;
      const matches =
        kind === 'exact' || kind === 'prefix' ? titleIndex !== -1
        : kind === 'category' ? categories.has(key)
        : kind === 'template' ? templates.has(key)
        : kind === 'link' ? links.has(key)
        : key === namespace;
      if (!matches) continue;
      const candidate = { scanned, key, rank: rank[kind], titleIndex, length: kind === 'prefix' ? key.length : 0 };
      if (beats(candidate, best)) best = candidate;
    }
  }
  return best === null ? null : { rule: best.scanned.rule, kind: best.scanned.rule.match.kind, detail: detailOf(best.scanned.rule, best.key) };
}

/** A small deterministic generator, so every run measures the same work. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const families = 250;
const provenance = { sources: [{ url: 'https://meta.wikimedia.org/wiki/Grants:Start' }], verified: '2026-11-24', certainty: 'stated' };

function familyTitle(next: () => number, depth: number): string {
  const family = Math.floor(next() * families);
  const namespace = family % 5 === 0 ? 'Grants:' : '';
  const segments = Array.from({ length: depth }, (_, index) => `Part ${index}-${Math.floor(next() * 4)}`);
  return [`${namespace}Family ${family}`, ...segments].join('/');
}

/** A registry of `ruleCount` rules over 50 teams: prefixes at several depths, exact titles, categories, links, namespaces. */
export function generateRegistry(ruleCount: number, seed = 1): Registry {
  const next = random(seed);
  const teams = Array.from({ length: 50 }, (_, index) => ({
    id: `team:t${index}`,
    name: `Team ${index}`,
    department: 'Legal',
    status: index % 10 === 0 ? 'historical' : 'active',
    ...(index % 10 === 0 ? { successors: [{ team: `team:t${index + 1}`, kind: 'renamed', from: '2020', ...provenance }] } : {}),
    ...provenance,
  }));
  const rules = Array.from({ length: ruleCount }, (_, index) => {
    const owner = `team:t${index % 50}`;
    const roll = next();
    const match =
      roll < 0.45 ? { kind: 'prefix', prefix: familyTitle(next, Math.floor(next() * 3)) }
      : roll < 0.75 ? { kind: 'exact', titles: [familyTitle(next, 1 + Math.floor(next() * 3)), familyTitle(next, 2)] }
      : roll < 0.85 ? { kind: 'category', category: `Category ${Math.floor(next() * 400)}` }
      : roll < 0.95 ? { kind: 'link', target: familyTitle(next, 0) }
      : { kind: 'namespace', namespace: 100 + Math.floor(next() * 200) };
    return { id: `rule:r${index}`, owner, match, ...provenance };
  });
  return registrySchema.parse({ version: 2, updated: '2026-11-24', teams, rules });
}

/** Page titles, some under rule families and some not, with facts for a third of them. */
export function generateQueries(count: number, seed = 2): RuleQuery[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const title = next() < 0.9 ? familyTitle(next, Math.floor(next() * 5)) : `Unrelated ${index}/Sub`;
    const facts = index % 3 === 0;
    return {
      host,
      titles: [title],
      namespace: title.startsWith('Grants:') ? 200 : 0,
      ...(facts
        ? {
            categories: [`Category:Category ${Math.floor(next() * 800)}`, `Category:Other ${index}`],
            links: [familyTitle(next, 0), familyTitle(next, 1)],
          }
        : {}),
    };
  });
}

function pageOf(query: RuleQuery): WikiPage {
  const title = query.titles[0] ?? '';
  return {
    site: { host, apiUrl: `https://${host}/w/api.php`, family: 'meta', language: null },
    title,
    pageId: null,
    revisionId: null,
    namespace: { id: query.namespace ?? 0, name: query.namespace === 200 ? 'Grants' : '' },
    isSpecial: false,
    translation: null,
  };
}

function timeBest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function same(a: RuleMatchResult | null, b: RuleMatchResult | null): boolean {
  return a?.rule.id === b?.rule.id && a?.kind === b?.kind && a?.detail === b?.detail;
}

/**
 * Resolves 10,000 titles against a 1,000-rule registry with the index and with a linear scan in
 * the same run, after checking that both give the same answer for every title. `quick` runs
 * fewer titles and repetitions for CI.
 */
export async function runResolverBench({ quick = false }: { quick?: boolean } = {}): Promise<ResolverBenchResult> {
  const ruleCount = 1000;
  const queries = generateQueries(quick ? 1000 : 10_000);
  const registry = generateRegistry(ruleCount);
  const prepared = prepareRegistry(registry);
  const scanned = scanRules(registry.rules);
  for (const query of queries) {
    const indexed = findRuleMatch(prepared.ruleIndex, query);
    const linear = findRuleLinear(scanned, query);
    if (!same(indexed, linear)) {
      throw new Error(`Index and scan disagree on ${query.titles[0]}: ${indexed?.rule.id} vs ${linear?.rule.id}`);
    }
  }
  const pages = queries.map(pageOf);
  const runs = quick ? 3 : 5;
  let sink = 0;
  const indexedMs = timeBest(runs, () => {
    for (const query of queries) sink += findRuleMatch(prepared.ruleIndex, query) === null ? 0 : 1;
  });
  const linearMs = timeBest(runs, () => {
    for (const query of queries) sink += findRuleLinear(scanned, query) === null ? 0 : 1;
  });
  const resolveMs = timeBest(runs, () => {
    for (const page of pages) sink += resolveInstant(page, prepared).chain.length;
  });
  if (sink < 0) throw new Error('unreachable: keeps the loops from being optimised away');
  return { titles: queries.length, rules: ruleCount, indexedMs, linearMs, ratio: linearMs / indexedMs, resolveMs };
}

function printTable(result: ResolverBenchResult): void {
  const perTitle = (ms: number) => `${((ms * 1000) / result.titles).toFixed(2)} µs`;
  console.log(`Resolver benchmark: ${result.titles} titles, ${result.rules} rules`);
  console.table({
    'rule index': { total: `${result.indexedMs.toFixed(1)} ms`, 'per title': perTitle(result.indexedMs) },
    'linear scan': { total: `${result.linearMs.toFixed(1)} ms`, 'per title': perTitle(result.linearMs) },
    'full instant resolve': { total: `${result.resolveMs.toFixed(1)} ms`, 'per title': perTitle(result.resolveMs) },
  });
  console.log(`Index is ${result.ratio.toFixed(1)}× faster than the linear scan.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await runResolverBench({ quick: process.argv.includes('--quick') }));
}

