import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Ownership } from '../../../utils/ownership/ownership';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { resolveInstant, resolveOwnership } from '../../../utils/ownership/resolve';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { pageUrl } from '../../../utils/page/title';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';

// Real Meta-Wiki titles, each seen in a stored copy (`seenAt`) with the owner a source names
// (`source`): tests/fixtures/real-titles/titles.json, researched for issue 12 and described in
// families.md there, and held-out.json, collected later to measure the rules on titles they were
// not written for. Every title goes through the instant resolver, as the badge and the panel's
// first answer do; a redirect whose target a stored copy showed also goes through the refined
// one, with the page facts the API gives for it, as the panel's settled answer does. The figures
// are printed; docs/REGISTRY.md states them.
const realTitleSchema = z.strictObject({
  title: z.string().min(1),
  seenAt: z.url(),
  family: z.string().min(1),
  kind: z.enum(['subject', 'talk', 'translation', 'redirect', 'subpage']),
  /** A redirect's target, where the stored copy at `seenAt` showed it. */
  redirectsTo: z.string().min(1).optional(),
  /** `team:<id>`, `new:<id>` (a Foundation team a source names), `community:…`, `affiliate:…`, `none` or `unknown`. */
  expected: z.string().regex(/^(team|new|community|affiliate):.+$|^(none|unknown)$/),
  source: z.url(),
  note: z.string().optional(),
});
type RealTitle = z.infer<typeof realTitleSchema>;

const tableSchema = z.array(realTitleSchema);
const readTable = (file: string) => tableSchema.parse(JSON.parse(readFileSync(`tests/fixtures/real-titles/${file}`, 'utf8')));
const prepared = prepareRegistry(loadBuiltinRegistry());

/**
 * The two tables and what each must reach. titles.json is the table the registry's rules were
 * researched and written with (in sample): issue 12's goal, 95 %, is its floor. held-out.json was
 * collected afterwards from other stored copies and its expectations taken from sources alone;
 * its floor is the share first measured on it, before any rule was written for its families
 * (docs/REGISTRY.md), raised as answers improve and never lowered.
 */
const tables = [
  { name: 'in-sample', file: 'titles.json', rightAtLeast: 0.95, atLeastTitles: 150, atLeastCommunity: 20 },
  { name: 'held-out', file: 'held-out.json', rightAtLeast: 0.91, atLeastTitles: 60, atLeastCommunity: 20 },
] as const;

/** A `new:` team the registry has since taken in answers to its own id. */
function expectedTeam(expected: string): string | null {
  if (expected.startsWith('team:')) return expected;
  return expected.startsWith('new:') ? `team:${expected.slice('new:'.length)}` : null;
}

function ancestorsOf(teamId: string): string[] {
  const parents: string[] = [];
  for (let parent = prepared.teams.get(teamId)?.parent; parent !== undefined && !parents.includes(parent); parent = prepared.teams.get(parent)?.parent) {
    parents.push(parent);
  }
  return parents;
}

type Verdict = 'right' | 'broader' | 'unanswered' | 'wrong';

/**
 * Right: the team a source names, or no Foundation team for a community, affiliate or unowned
 * page (said as run by the community where the registry knows the body). Broader: the team's own parent (Legal for one of its teams): true, less precise. A
 * Foundation team for a page no source ties to one, or another team, is wrong.
 */
function verdictOf(entry: RealTitle, answer: Ownership): Verdict {
  const got = answer.owner?.id ?? null;
  const team = expectedTeam(entry.expected);
  if (team === null) return got === null ? 'right' : 'wrong';
  // A Foundation team's page said to be run by the community is as wrong as another team.
  if (answer.runBy !== null) return 'wrong';
  if (got === team) return 'right';
  if (got === null) return 'unanswered';
  return ancestorsOf(team).includes(got) ? 'broader' : 'wrong';
}

/** Said without "probably" or "possibly": tied by its exact title or a rule, on a stated source. */
const isConfident = (answer: Ownership) => (answer.confidence === 'exact' || answer.confidence === 'rule') && answer.certainty === 'stated';

function pageOf(title: string) {
  return parseWikiPageUrl(pageUrl({ host: 'meta.wikimedia.org' }, title));
}

/**
 * What the API says of a redirect once it is followed: the target's title and namespace, and
 * nothing else the table can vouch for (no categories, templates, links or editors), so only the
 * target's own rules can answer.
 */
function redirectFacts(from: string, target: string): PageFacts | null {
  const page = pageOf(target);
  if (page === null) return null;
  return { title: target, redirectedFrom: from, exists: true, namespace: page.namespace?.id ?? 0, isHistorical: false, categories: [], templates: [], links: [], recentEditors: [] };
}

function answerFor(entry: RealTitle): Ownership | null {
  const page = pageOf(entry.title);
  if (page === null) return null;
  if (entry.redirectsTo === undefined) return resolveInstant(page, prepared);
  const facts = redirectFacts(entry.title, entry.redirectsTo);
  return facts === null ? null : resolveOwnership(page, facts, prepared);
}

function judged(entry: RealTitle, answer: Ownership | null) {
  return { entry, answer, verdict: answer === null ? ('wrong' as const) : verdictOf(entry, answer) };
}

const inSampleTitles = new Set(readTable('titles.json').map((entry) => entry.title));

describe.each(tables)('real Meta titles, $name ($file)', ({ name, file, rightAtLeast, atLeastTitles, atLeastCommunity }) => {
  const titles = readTable(file);
  const results = titles.map((entry) => judged(entry, answerFor(entry)));
  /** The badge's answer, from the URL alone, for the redirects the refined answer settles. */
  const instantRedirects = titles
    .filter((entry) => entry.redirectsTo !== undefined)
    .map((entry) => {
      const page = pageOf(entry.title);
      return judged(entry, page === null ? null : resolveInstant(page, prepared));
    });

  it(`has at least ${atLeastTitles} titles, ${atLeastCommunity} of them community, affiliate or unowned pages, each once and a title MediaWiki accepts`, () => {
    expect(titles.length).toBeGreaterThanOrEqual(atLeastTitles);
    expect(titles.filter((entry) => expectedTeam(entry.expected) === null).length).toBeGreaterThanOrEqual(atLeastCommunity);
    expect(results.filter((result) => result.answer === null).map((result) => result.entry.title)).toEqual([]);
    expect(new Set(titles.map((entry) => entry.title)).size).toBe(titles.length);
    if (name === 'held-out') expect(titles.filter((entry) => inSampleTitles.has(entry.title)).map((entry) => entry.title)).toEqual([]);
  });

  it('gives no confidently wrong answer, refined or from the URL alone', () => {
    const confidentlyWrong = [...results, ...instantRedirects]
      .filter((result) => result.verdict === 'wrong' && result.answer !== null && isConfident(result.answer))
      .map((result) => `${result.entry.title}: ${result.answer?.owner?.id ?? 'none'}, expected ${result.entry.expected}`);
    expect(confidentlyWrong).toEqual([]);
  });

  it(`answers at least ${Math.round(rightAtLeast * 100)} % right, and prints the coverage by family`, () => {
    const byFamily = new Map<string, Record<Verdict, number>>();
    for (const { entry, verdict } of results) {
      const counts = byFamily.get(entry.family) ?? { right: 0, broader: 0, unanswered: 0, wrong: 0 };
      counts[verdict] += 1;
      byFamily.set(entry.family, counts);
    }
    const count = (verdict: Verdict) => results.filter((result) => result.verdict === verdict).length;
    const communityPages = results.filter((result) => /^(community|affiliate):/.test(result.entry.expected));
    const saidAsRun = communityPages.filter((result) => result.answer?.runBy !== null).length;
    const share = (count('right') + count('broader')) / results.length;
    const rows = [...byFamily].sort(([a], [b]) => a.localeCompare(b)).map(([family, counts]) => `${family.padEnd(36)} ${JSON.stringify(counts)}`);
    console.log(
      [
        `Real Meta titles, ${name}: ${results.length}; right ${count('right')}, broader ${count('broader')}, unanswered ${count('unanswered')}, wrong ${count('wrong')}; ${(share * 100).toFixed(1)} % right or broader`,
        `Community and affiliate pages said to be run by their body: ${saidAsRun} of ${communityPages.length}`,
        `Redirects answered with the API's page facts: ${instantRedirects.length}; right from the URL alone: ${instantRedirects.filter((result) => result.verdict === 'right' || result.verdict === 'broader').length}`,
        ...rows,
      ].join('\n'),
    );
    expect(share).toBeGreaterThanOrEqual(rightAtLeast);
  });
});
