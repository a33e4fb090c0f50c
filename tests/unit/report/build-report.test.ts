import { describe, expect, it, vi } from 'vitest';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { parseWikiPageUrl } from '../../../utils/page/parse-url';
import { namespaceTableOf, siteNamespacesAnswerSchema } from '../../../utils/page/site-namespaces';
import type { WikiPage } from '../../../utils/page/wiki-page';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { buildPageReport, type Fetched, type ReportSources } from '../../../utils/report/build-report';
import type { PageReport, RegistryStatus } from '../../../utils/report/page-report';
import type { TeamPage } from '../../../utils/wiki-api/team-pages';
import type { UserActivity } from '../../../utils/wiki-api/user-activity';
import { dewikiSiteinfo } from '../page/dewiki-siteinfo';

// The builder's sources are in-memory here: this tests the order, merging and cancelling of
// the parts. The real API and cache behind them are tested against the local MediaWiki.
const prepared = prepareRegistry(loadBuiltinRegistry());
const status: RegistryStatus = { source: 'built-in', builtinVersion: '2026-11-24', onWiki: null, problem: null, largeChange: null, deleted: null };
const now = Date.parse('2026-11-24T12:00:00Z');

const fresh = <T>(value: T, fetchedAt = '2026-11-24T11:59:00.000Z'): Fetched<T> => ({ value, fetchedAt, stale: false, failure: null, refreshing: null });
const failed = <T>(): Fetched<T> => ({ value: null, fetchedAt: null, stale: false, failure: { reason: 'offline' }, refreshing: null });

const factsOf = (title: string, change: Partial<PageFacts> = {}): PageFacts => ({
  title,
  exists: true,
  namespace: 0,
  isHistorical: true,
  categories: [],
  templates: ['Template:Historical'],
  links: ['Grants:Project/Rapid', 'Trust and Safety'],
  recentEditors: [],
  ...change,
});

function sourcesWith(change: Partial<ReportSources>): ReportSources {
  return {
    registry: async () => ({ prepared, status }),
    now: () => now,
    siteNamespaces: async () => null,
    pageFacts: async (page) => fresh(factsOf(page.title ?? '')),
    teamPages: async (_host, titles) =>
      fresh(titles.map((title): TeamPage => ({ requestedTitle: title, title, exists: true, movedTo: null, isHistorical: false, members: [{ username: 'Alice Example (WMF)', host: 'meta.wikimedia.org' }, { username: 'Old Example (WMF)', host: 'meta.wikimedia.org' }], membersComplete: true }))),
    userActivity: async (_host, names) =>
      fresh(
        names.map((name): UserActivity => ({
          requestedName: name,
          name,
          exists: true,
          invalid: false,
          blocked: null,
          locked: null,
          editCount: 10,
          registration: null,
          lastEdit: { status: 'found', timestamp: name.startsWith('Alice') ? '2026-11-20T00:00:00Z' : '2020-01-01T00:00:00Z' },
        })),
      ),
    relatedGrants: async () => fresh([{ title: 'Grants:Start', exists: true, via: 'search' as const }]),
    ...change,
  };
}

async function reportsFor(url: string, sources: ReportSources, signal = new AbortController().signal): Promise<PageReport[]> {
  const page = parseWikiPageUrl(url);
  if (!page) throw new Error(`not a wiki page: ${url}`);
  const reports: PageReport[] = [];
  await buildPageReport(page, sources, signal, (report) => reports.push(report));
  return reports;
}

describe('buildPageReport', () => {
  it('hands over the instant, refined and complete answers in that order', async () => {
    const reports = await reportsFor('https://meta.wikimedia.org/wiki/Support_and_Safety', sourcesWith({}));
    expect(reports[0]?.phase).toBe('instant');
    expect(reports[0]?.ownership.refinedWithFacts).toBe(false);
    expect(reports.find((report) => report.phase === 'refined')?.ownership.refinedWithFacts).toBe(true);
    const last = reports.at(-1)!;
    expect(last.phase).toBe('complete');
    expect(last.ownership.owner?.name).toBeTruthy();
    expect(last.failures).toEqual([]);
  });

  it('judges the listed staff on live activity, unknown until it arrives', async () => {
    const reports = await reportsFor('https://meta.wikimedia.org/wiki/Support_and_Safety', sourcesWith({}));
    const withTeam = reports.filter((report) => report.teamPage !== null);
    expect(withTeam[0]?.teamPage?.members.map((member) => member.state)).toEqual(['unknown', 'unknown']);
    expect(withTeam.at(-1)?.teamPage?.members.map((member) => [member.username, member.state])).toEqual([
      ['Alice Example (WMF)', 'active'],
      ['Old Example (WMF)', 'inactive'],
    ]);
  });

  it('asks for the team page and the related grants together with the facts when the URL names the team', async () => {
    const asked: string[] = [];
    let answerFacts: () => void = () => undefined;
    const reports = reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({
        pageFacts: (page) => {
          asked.push('page facts');
          return new Promise((resolve) => (answerFacts = () => resolve(fresh(factsOf(page.title ?? '')))));
        },
        teamPages: async (_host, titles) => {
          asked.push(`team page ${titles.join()}`);
          return fresh([]);
        },
        relatedGrants: async (topic) => {
          asked.push(`grants ${topic.title}`);
          return fresh([]);
        },
      }),
    );
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    const teamPage = prepared.teams.get('team:trust-and-safety')?.teamPage?.title;
    expect(asked).toEqual(expect.arrayContaining(['page facts', `team page ${teamPage}`, `grants ${teamPage}`]));
    answerFacts();
    expect((await reports).at(-1)?.phase).toBe('complete');
    // The facts named the same team: nothing was asked twice.
    expect(asked).toHaveLength(3);
  });

  it('asks again for the team the facts name when it is another one', async () => {
    const asked: string[] = [];
    await reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({
        // A redirect to a page of another team: the facts decide.
        pageFacts: async () => fresh(factsOf('Community Development', { isHistorical: false, templates: [] })),
        teamPages: async (_host, titles) => {
          asked.push(titles.join());
          return fresh([]);
        },
      }),
    );
    expect(asked).toEqual([prepared.teams.get('team:trust-and-safety')?.teamPage?.title, prepared.teams.get('team:community-development')?.teamPage?.title]);
  });

  it('searches related grants of a talk page’s subject where no team is named, as for the subject itself', async () => {
    const searched: string[] = [];
    const sources = sourcesWith({
      pageFacts: async (page) => fresh(factsOf(page.title ?? '', { namespace: page.namespace?.id ?? 0 })),
      relatedGrants: async (topic) => {
        searched.push(topic.title);
        return fresh([]);
      },
    });
    await reportsFor('https://meta.wikimedia.org/wiki/Talk:Community_Engagement', sources);
    await reportsFor('https://meta.wikimedia.org/wiki/Community_Engagement', sources);
    expect(searched).toEqual(['Community Engagement', 'Community Engagement']);
  });

  it('says what the team page links next to the liaisons’ names', async () => {
    // The Community Relations Specialists' page linking Erica Litrenta's account, as the registry's sources tie them.
    const reports = await reportsFor(
      'https://meta.wikimedia.org/wiki/Community_Relations_Specialists',
      sourcesWith({
        teamPages: async (_host, titles) =>
          fresh(titles.map((title): TeamPage => ({ requestedTitle: title, title, exists: true, movedTo: null, isHistorical: false, members: [{ username: 'Elitre (WMF)', host: 'meta.wikimedia.org', shownAs: 'Erica Litrenta' }], membersComplete: true }))),
      }),
    );
    expect(reports.find((report) => report.teamPage !== null)?.teamPage?.liaisonAccounts).toEqual([
      { liaisonId: 'liaison:erica-litrenta', username: 'Elitre (WMF)', host: 'meta.wikimedia.org', check: { kind: 'confirmed' } },
    ]);
  });

  it('looks for a person quiet on their own wiki on the other wikis staff work on, and for nobody else', async () => {
    const asked: string[] = [];
    const base = sourcesWith({});
    const reports = await reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({
        userActivity: async (host, names, signal) => {
          asked.push(`${host}: ${names.join(', ')}`);
          const answer = await base.userActivity(host, names, signal);
          if (host !== 'www.mediawiki.org') return answer;
          return { ...answer, value: answer.value!.map((user) => ({ ...user, lastEdit: { status: 'found' as const, timestamp: '2026-11-22T00:00:00Z' } })) };
        },
      }),
    );
    expect(asked).toEqual(['meta.wikimedia.org: Alice Example (WMF), Old Example (WMF)', 'www.mediawiki.org: Old Example (WMF)']);
    expect(reports.at(-1)?.teamPage?.members.map((member) => [member.username, member.state, member.lastEditOn])).toEqual([
      ['Alice Example (WMF)', 'active', 'meta.wikimedia.org'],
      ['Old Example (WMF)', 'active', 'www.mediawiki.org'],
    ]);
  });

  it('reports a moved team page from the title the registry names to where it redirects, with the staff of the new page', async () => {
    let askedFor: string[] = [];
    const reports = await reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({
        teamPages: async (_host, titles) =>
          fresh(titles.map((title): TeamPage => ({ requestedTitle: title, title: 'Team/New home', exists: true, movedTo: 'Team/New home', isHistorical: false, members: [{ username: 'Erin Example (WMF)', host: 'meta.wikimedia.org' }], membersComplete: true }))),
        userActivity: async (_host, names) => {
          askedFor = names;
          return fresh([]);
        },
      }),
    );
    const teamPage = reports.at(-1)?.teamPage;
    expect(teamPage?.title).toBe(reports.at(-1)?.ownership.teamPage?.title);
    expect(teamPage?.title).not.toBe('Team/New home');
    expect(teamPage?.movedTo).toBe('Team/New home');
    expect(teamPage?.members.map((member) => member.username)).toEqual(['Erin Example (WMF)']);
    expect(askedFor).toEqual(['Erin Example (WMF)']);
  });

  it('lists the Grants: pages the page links, then the related ones found, each once', async () => {
    const reports = await reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({ relatedGrants: async () => fresh([{ title: 'Grants:Project/Rapid', exists: true, via: 'search' as const }, { title: 'Grants:Start', exists: true, via: 'search' as const }]) }),
    );
    expect(reports.at(-1)?.relatedGrantPages.map((grant) => [grant.title, grant.via, grant.exists])).toEqual([
      ['Grants:Project/Rapid', 'link', null],
      ['Grants:Start', 'search', true],
    ]);
  });

  it('keeps the instant answer and names the failed part when page facts fail', async () => {
    const reports = await reportsFor('https://meta.wikimedia.org/wiki/Grants:Project/Rapid', sourcesWith({ pageFacts: async () => failed() }));
    const last = reports.at(-1)!;
    expect(last.ownership).toEqual(reports[0]?.ownership);
    expect(last.failures).toContainEqual({ part: 'page-facts', failure: { reason: 'offline' } });
    expect(last.phase).toBe('complete');
  });

  it('marks the report stale and dates it by its oldest part', async () => {
    const reports = await reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({ pageFacts: async (page) => ({ ...fresh(factsOf(page.title ?? ''), '2026-11-24T10:00:00.000Z'), stale: true }) }),
    );
    expect(reports.at(-1)?.stale).toBe(true);
    expect(reports.at(-1)?.dataFetchedAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('stops handing over reports once aborted, so a left page never overwrites a newer one', async () => {
    const controller = new AbortController();
    const reports = await reportsFor(
      'https://meta.wikimedia.org/wiki/Support_and_Safety',
      sourcesWith({
        pageFacts: async (page) => {
          controller.abort();
          return fresh(factsOf(page.title ?? ''));
        },
      }),
      controller.signal,
    );
    expect(reports.map((report) => report.phase)).toEqual(['instant']);
  });

  it('answers a special page at once, with no request', async () => {
    let asked = 0;
    const reports = await reportsFor('https://meta.wikimedia.org/wiki/Special:RecentChanges', sourcesWith({ pageFacts: async () => (asked++, failed()) }));
    expect(asked).toBe(0);
    expect(reports.at(-1)?.ownership.status).toBe('not-applicable');
  });
});

describe('buildPageReport on a wiki with its own namespace names', () => {
  const dewiki = namespaceTableOf(siteNamespacesAnswerSchema.parse(dewikiSiteinfo));

  /** Sources that record which wikis' namespaces and which pages' facts were asked for. */
  function recording(names: typeof dewiki | null, signalOnAsk?: AbortController) {
    const namespacesAsked: string[] = [];
    const factsAsked: WikiPage[] = [];
    const sources = sourcesWith({
      siteNamespaces: async (host) => {
        namespacesAsked.push(host);
        signalOnAsk?.abort();
        return names;
      },
      pageFacts: async (page) => {
        factsAsked.push(page);
        return fresh(factsOf(page.title ?? '', { namespace: page.namespace?.id ?? 0, isHistorical: false, templates: [], links: [] }));
      },
    });
    return { sources, namespacesAsked, factsAsked };
  }

  it('asks for no namespaces where the URL alone reads the title', async () => {
    const { sources, namespacesAsked } = recording(dewiki);
    await reportsFor('https://meta.wikimedia.org/wiki/Support_and_Safety', sources);
    await reportsFor('https://meta.wikimedia.org/wiki/Grants:Project/Rapid', sources);
    await reportsFor('https://de.wikipedia.org/wiki/Berlin', sources);
    expect(namespacesAsked).toEqual([]);
  });

  it('reads a localised talk page as one before asking for its facts, and answers for its subject', async () => {
    const { sources, namespacesAsked, factsAsked } = recording(dewiki);
    const reports = await reportsFor('https://de.wikipedia.org/wiki/Benutzer_Diskussion:Anna', sources);
    expect(namespacesAsked).toEqual(['de.wikipedia.org']);
    expect(factsAsked.map((page) => [page.title, page.namespace?.id])).toEqual([['Benutzer Diskussion:Anna', 3]]);
    // The URL's reading at once, then the wiki's; every later report keeps the wiki's.
    expect(reports.slice(0, 2).map((report) => [report.phase, report.page.namespace?.id])).toEqual([
      ['instant', 0],
      ['instant', 3],
    ]);
    expect(reports.slice(2).every((report) => report.phase !== 'instant' && report.page.namespace?.id === 3)).toBe(true);
    expect(reports.at(-1)?.phase).toBe('complete');
    expect(reports[1]?.ownership.reasons).toContainEqual({ code: 'talk-page-of', params: ['Benutzer:Anna'] });
    expect(reports.at(-1)?.ownership.reasons).toContainEqual({ code: 'talk-page-of', params: ['Benutzer:Anna'] });
  });

  it('answers a localised special page without asking for page facts', async () => {
    const { sources, factsAsked } = recording(dewiki);
    const reports = await reportsFor('https://de.wikipedia.org/wiki/Spezial:Suche', sources);
    expect(factsAsked).toEqual([]);
    expect(reports.at(-1)).toMatchObject({ phase: 'complete', page: { isSpecial: true }, ownership: { status: 'not-applicable' } });
  });

  it('keeps the URL’s reading when the namespaces cannot be read, and loses nothing else', async () => {
    const { sources, factsAsked } = recording(null);
    const reports = await reportsFor('https://de.wikipedia.org/wiki/Diskussion:Berlin', sources);
    expect(factsAsked.map((page) => [page.title, page.namespace?.id])).toEqual([['Diskussion:Berlin', 0]]);
    expect(reports.filter((report) => report.phase === 'instant')).toHaveLength(1);
    expect(reports.at(-1)).toMatchObject({ phase: 'complete', failures: [], ownership: { refinedWithFacts: true } });
  });

  it('stops once aborted while the namespaces are read', async () => {
    const controller = new AbortController();
    const { sources, factsAsked } = recording(dewiki, controller);
    const reports = await reportsFor('https://de.wikipedia.org/wiki/Diskussion:Berlin', sources, controller.signal);
    expect(reports.map((report) => report.phase)).toEqual(['instant']);
    expect(factsAsked).toEqual([]);
  });
});
