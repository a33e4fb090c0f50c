import type { Browser } from 'wxt/browser';
import { openSidebar } from '../../utils/browser/open-sidebar';
import type { Translator } from '../../utils/i18n/translator';
import { resolveOwnership } from '../../utils/ownership/resolve';
import { parseWikiPageUrl } from '../../utils/page/parse-url';
import type { ReportSources } from '../../utils/report/build-report';
import { backgroundRequestSchema, type BadgeInfo, type CacheStats, type LimiterStats, type RegistryCheck } from '../../utils/report/messages';
import { readWithSiteNamespaces } from '../../utils/report/site-namespaces-read';
import { loadSettings } from '../../utils/settings/settings-item';
import { badgeLabel } from '../../utils/view/badge-label';

export interface RequestContext {
  sources: ReportSources;
  cacheStats(): Promise<CacheStats>;
  /** Requests started, in flight, queued and the peak in flight, for one wiki. */
  limiterStats(host: string): LimiterStats;
  clearCache(): Promise<void>;
  checkRegistry(host: string, title: string): Promise<RegistryCheck>;
  translator(): Promise<Translator>;
}

/**
 * Answers one-shot requests from the popup, options page and in-page badge. Anything that does
 * not validate gets no answer at all: content scripts live beside untrusted pages.
 */
export function answerRequest(message: unknown, sender: Browser.runtime.MessageSender, context: RequestContext): Promise<unknown> | undefined {
  const request = backgroundRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  switch (request.data.type) {
    case 'badge-info':
      return badgeInfo(request.data.url, context);
    case 'cache-stats':
      return context.cacheStats();
    case 'limiter-stats':
      return Promise.resolve(context.limiterStats(request.data.host));
    case 'cache-clear':
      return context.clearCache().then(() => ({ ok: true }));
    case 'registry-check':
      return context.checkRegistry(request.data.host, request.data.title);
    case 'open-sidebar':
      // The badge's click is the user gesture; Firefox does not pass it through messages, so
      // there the call fails and the keyboard shortcut remains (see docs/SECURITY.md).
      return openSidebar(sender.tab?.windowId).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
  }
}

async function badgeInfo(url: string, context: RequestContext): Promise<BadgeInfo> {
  const hidden: BadgeInfo = { show: false, teamName: null, label: '', url };
  const urlPage = parseWikiPageUrl(url);
  if (!urlPage || urlPage.isSpecial || !(await loadSettings()).badgeEnabled) return hidden;
  const signal = new AbortController().signal;
  const { page, names } = await readWithSiteNamespaces(urlPage, context.sources, signal);
  if (page.isSpecial) return hidden;
  const [{ prepared }, translator] = await Promise.all([context.sources.registry(), context.translator()]);
  const facts = await context.sources.pageFacts(page, signal);
  if (!facts.value?.isHistorical) return hidden;
  const ownership = resolveOwnership(page, facts.value, prepared, names);
  // Pages a community body or an affiliate runs have no Foundation team for the badge to point to,
  // even where they are historical (old requests, archives): the panel says who runs them.
  if (ownership.status === 'community') return hidden;
  const teamName = ownership.status === 'owned' ? (ownership.owner?.name ?? null) : null;
  return { show: true, teamName, label: badgeLabel(ownership, translator.t), url };
}
