import { resolveInstant, resolveOwnership } from '../ownership/resolve';
import type { PageFacts } from '../ownership/page-facts';
import type { NamespaceTable } from '../page/site-namespaces';
import type { WikiPage } from '../page/wiki-page';
import { registryPageKey } from '../registry/keys';
import type { PreparedRegistry } from '../registry/prepare';
import type { WikiPageRef } from '../registry/schema';
import type { WikiApiFailure } from '../wiki-api/errors';
import type { TeamPage } from '../wiki-api/team-pages';
import type { UserActivity } from '../wiki-api/user-activity';
import type { ListedAccount } from '../wiki-api/staff-wikitext';
import { memberActivityOf, needsOtherWikis, wikisToCheck } from './contact-state';
import { liaisonAccounts } from './liaison-accounts';
import type { PageReport, RegistryStatus, RelatedGrantPage } from './page-report';
import { readWithSiteNamespaces } from './site-namespaces-read';

/**
 * One part of the live data as the cache hands it over: the value (fresh, stale, or none),
 * when it was fetched, and why fetching failed this time, if it did.
 */
export interface Fetched<T> {
  value: T | null;
  fetchedAt: string | null;
  stale: boolean;
  failure: WikiApiFailure | null;
  /** For stale data: the refresh running behind it, settled once fresher data is cached. */
  refreshing: Promise<unknown> | null;
}

const activityKey = (host: string, username: string) => `${host}|${username}`;

export type GrantPageFinding = Omit<RelatedGrantPage, 'programmeId'>;

/** Where a report's data comes from; the background wires these to the API and the cache. */
export interface ReportSources {
  registry(): Promise<{ prepared: PreparedRegistry; status: RegistryStatus }>;
  /**
   * A wiki's own namespaces; null when they cannot be read, and the URL's reading stands (page
   * facts still say the namespace), so nothing the panel shows is missing for it.
   */
  siteNamespaces(host: string, signal: AbortSignal): Promise<NamespaceTable | null>;
  pageFacts(page: WikiPage, signal: AbortSignal): Promise<Fetched<PageFacts>>;
  teamPages(host: string, titles: string[], signal: AbortSignal): Promise<Fetched<TeamPage[]>>;
  userActivity(host: string, usernames: string[], signal: AbortSignal): Promise<Fetched<UserActivity[]>>;
  /** Grants: pages related to a topic page: the team's page where known, so a team's pages share one answer. */
  relatedGrants(topic: WikiPageRef, signal: AbortSignal): Promise<Fetched<GrantPageFinding[]>>;
  now(): number;
}

/** The first report on a page: its owner from the URL alone, nothing fetched yet. */
export function instantReport(page: WikiPage, { prepared, status }: { prepared: PreparedRegistry; status: RegistryStatus }): PageReport {
  return {
    page,
    ownership: resolveInstant(page, prepared),
    phase: 'instant',
    teamPage: null,
    relatedGrantPages: [],
    registry: status,
    failures: [],
    dataFetchedAt: null,
    stale: false,
  };
}

/**
 * Builds the report for one page and hands over each better version as it is ready: instant
 * (URL only, then read again with the wiki's own namespace names where they could change it),
 * refined (page facts), then complete (team page, staff activity, grants). Stops quietly once
 * `signal` aborts, so an abandoned page never overwrites a newer one. Resolves with the
 * refreshes still running behind stale data, so the caller can build once more when they land.
 */
export async function buildPageReport(
  urlPage: WikiPage,
  sources: ReportSources,
  signal: AbortSignal,
  emit: (report: PageReport) => void,
): Promise<Promise<unknown>[]> {
  const registry = await sources.registry();
  const { prepared } = registry;
  let report = instantReport(urlPage, registry);
  const fetchedAt: string[] = [];
  const refreshes: Promise<unknown>[] = [];
  const update = (change: Partial<PageReport>) => {
    report = { ...report, ...change };
    if (!signal.aborted) emit(report);
  };
  const record = <T>(part: PageReport['failures'][number]['part'], fetched: Fetched<T>) => {
    if (fetched.fetchedAt) fetchedAt.push(fetched.fetchedAt);
    if (fetched.refreshing) refreshes.push(fetched.refreshing);
    const failures = fetched.failure ? [...report.failures, { part, failure: fetched.failure }] : report.failures;
    return {
      failures,
      stale: report.stale || fetched.stale,
      dataFetchedAt: fetchedAt.length > 0 ? fetchedAt.reduce((oldest, at) => (at < oldest ? at : oldest)) : null,
    };
  };

  update({});
  const { page, names } = await readWithSiteNamespaces(urlPage, sources, signal);
  if (signal.aborted) return refreshes;
  if (page !== urlPage) update({ page, ownership: resolveInstant(page, prepared, names) });
  if (page.isSpecial) {
    update({ phase: 'complete' });
    return refreshes;
  }

  // Where the URL alone names the team, its page and the related grants are asked for together
  // with the page's facts: one round trip instead of two, as the facts seldom name another team.
  const instantTeamPage = report.ownership.teamPage;
  const early = instantTeamPage === null ? null : { teamPages: teamPagesOf(instantTeamPage), grants: sources.relatedGrants(instantTeamPage, signal) };
  // Left unread when the facts name another team; its answer still fills the cache.
  void early?.teamPages.catch(() => undefined);
  void early?.grants.catch(() => undefined);
  const facts = await sources.pageFacts(page, signal);
  if (signal.aborted) return refreshes;
  update({
    ...record('page-facts', facts),
    ownership: facts.value ? resolveOwnership(page, facts.value, prepared, names) : report.ownership,
    phase: 'refined',
  });

  const teamPageRef = report.ownership.teamPage;
  const asked = early !== null && teamPageRef !== null && samePageRef(teamPageRef, instantTeamPage) ? early : null;
  await Promise.all([addTeamPage(teamPageRef, asked?.teamPages), addGrants(teamPageRef, facts.value, asked?.grants)]);
  update({ phase: 'complete' });
  return refreshes;

  function teamPagesOf(ref: WikiPageRef) {
    return sources.teamPages(ref.host, [ref.title], signal);
  }

  async function addTeamPage(teamPageRef: PageReport['ownership']['teamPage'], asked: Promise<Fetched<TeamPage[]>> | undefined) {
    if (!teamPageRef) return;
    const teamPages = await (asked ?? teamPagesOf(teamPageRef));
    if (signal.aborted) return;
    const found = teamPages.value?.[0];
    const teamPage = found
      ? {
          host: teamPageRef.host,
          // The title the registry names; movedTo says where it redirects, and the staff are
          // read from there (the API followed the redirect).
          title: found.requestedTitle,
          exists: found.exists,
          movedTo: found.movedTo,
          isHistorical: found.isHistorical,
          members: found.members.map((account) => memberActivityOf(account, [], sources.now())),
          liaisonAccounts: liaisonAccounts(report.ownership.liaisons, found.members),
        }
      : null;
    update({ ...record('team-page', teamPages), teamPage });
    if (!found || found.members.length === 0 || !teamPage) return;

    // Each person on their own wiki first; only those it does not settle on the other wikis.
    const answers = await askActivity(found.members.map((account) => ({ account, host: account.host })));
    if (signal.aborted) return;
    const answersFor = (account: ListedAccount) =>
      wikisToCheck(account, page.site.host).flatMap((host) => {
        const key = activityKey(host, account.username);
        return answers.has(key) ? [{ host, activity: answers.get(key) }] : [];
      });
    const judged = () => found.members.map((account) => memberActivityOf(account, answersFor(account), sources.now()));
    const onOwnWiki = judged();
    update({ teamPage: { ...teamPage, members: onOwnWiki } });

    const elsewhere = onOwnWiki
      .flatMap((member, index) => (needsOtherWikis(member.state) ? [found.members[index]!] : []))
      .flatMap((account) => wikisToCheck(account, page.site.host).slice(1).map((host) => ({ account, host })));
    if (elsewhere.length === 0) return;
    for (const [key, activity] of await askActivity(elsewhere)) answers.set(key, activity);
    if (signal.aborted) return;
    update({ teamPage: { ...teamPage, members: judged() } });
  }

  /** Accounts' activity, one batched call per wiki; a wiki that fails leaves its answers out. */
  async function askActivity(asks: ReadonlyArray<{ account: ListedAccount; host: string }>) {
    const byHost = new Map<string, string[]>();
    for (const { account, host } of asks) byHost.set(host, [...(byHost.get(host) ?? []), account.username]);
    const answers = new Map<string, UserActivity | undefined>();
    await Promise.all(
      [...byHost].map(async ([host, usernames]) => {
        const activity = await sources.userActivity(host, usernames, signal);
        if (signal.aborted) return;
        update(record('members', activity));
        const byName = new Map((activity.value ?? []).map((user) => [user.requestedName, user]));
        if (activity.value !== null) for (const username of usernames) answers.set(activityKey(host, username), byName.get(username));
      }),
    );
    return answers;
  }

  async function addGrants(teamPageRef: WikiPageRef | null, pageFacts: PageFacts | null, asked: Promise<Fetched<GrantPageFinding[]>> | undefined) {
    const linked = (pageFacts?.links ?? []).filter((title) => title.startsWith('Grants:'));
    // Without a team, the page's topic: a translation's source page, a talk page's subject, so
    // that they share one search with the page they are about.
    const { topic: about, reasons } = report.ownership;
    const subject = reasons.find((reason) => reason.code === 'talk-page-of')?.params[0];
    const topicTitle = about.translationOf?.title ?? subject ?? about.title ?? page.title;
    const topic = teamPageRef ?? (topicTitle ? { host: page.site.host, title: topicTitle } : null);
    const grants: Fetched<GrantPageFinding[]> = topic
      ? await (asked ?? sources.relatedGrants(topic, signal))
      : { value: [], fetchedAt: null, stale: false, failure: null, refreshing: null };
    if (signal.aborted) return;
    const findings: GrantPageFinding[] = [
      ...linked.map((title) => ({ title, exists: null, via: 'link' as const })),
      ...(grants.value ?? []),
    ];
    const seen = new Set<string>();
    update({
      ...record('grants', grants),
      relatedGrantPages: findings
        .filter((finding) => !seen.has(finding.title) && seen.add(finding.title))
        .map((finding) => ({ ...finding, programmeId: programmeOf(prepared, page.site.host, finding.title) })),
    });
  }
}

function samePageRef(a: WikiPageRef, b: WikiPageRef | null): boolean {
  return b !== null && a.host === b.host && a.title === b.title;
}

function programmeOf(prepared: PreparedRegistry, host: string, title: string): string | null {
  return prepared.programmesByPage.get(registryPageKey(host, title))?.[0]?.programme.id ?? null;
}
