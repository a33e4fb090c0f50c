import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { answerRequest, type RequestContext } from '../../../entrypoints/background/requests';
import { createTranslator } from '../../../utils/i18n/translator';
import { englishMessages } from '../../../utils/i18n/message-files';
import type { PageFacts } from '../../../utils/ownership/page-facts';
import { namespaceTableOf, siteNamespacesAnswerSchema } from '../../../utils/page/site-namespaces';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import type { ReportSources } from '../../../utils/report/build-report';
import type { RegistryStatus } from '../../../utils/report/page-report';
import { dewikiSiteinfo } from '../page/dewiki-siteinfo';

// The background's answer to the content script's badge question, over the built-in registry
// with every page historical: only the answer decides whether the badge shows.
const prepared = prepareRegistry(loadBuiltinRegistry());
const status: RegistryStatus = { source: 'built-in', builtinVersion: '2026-11-24', onWiki: null, problem: null, largeChange: null, deleted: null };
const historicalFacts = (title: string): PageFacts => ({
  title,
  exists: true,
  namespace: 0,
  isHistorical: true,
  categories: ['Category:Archives'],
  templates: ['Template:Historical'],
  links: [],
  recentEditors: [],
});

const sources = {
  registry: async () => ({ prepared, status }),
  siteNamespaces: async () => null,
  pageFacts: async (page) => ({ value: historicalFacts(page.title ?? ''), fetchedAt: '2026-11-24T11:59:00.000Z', stale: false, failure: null, refreshing: null }),
} as Pick<ReportSources, 'registry' | 'siteNamespaces' | 'pageFacts'> as ReportSources;
const context = { sources, translator: async () => createTranslator('en', { en: englishMessages }) } as Pick<RequestContext, 'sources' | 'translator'> as RequestContext;
const fromTab = { tab: { id: 1 } } as Browser.runtime.MessageSender;

const ask = (title: string) => answerRequest({ type: 'badge-info', url: `https://meta.wikimedia.org/wiki/${title.replace(/ /g, '_')}` }, fromTab, context);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the badge question', () => {
  it('is answered with today\'s team on a historical page a team owned', async () => {
    expect(await ask('Support and Safety')).toMatchObject({ show: true, teamName: 'Trust and Safety' });
  });

  // Steward requests/Miscellaneous is a real Meta title (tests/fixtures/real-titles/titles.json);
  // historical here only because these answers make every page so.
  it('gets a quiet answer on a historical page the community runs', async () => {
    expect(await ask('Steward requests/Miscellaneous')).toMatchObject({ show: false, teamName: null, label: '' });
  });

  it('reads the page with the wiki’s own namespaces first: a localised special page has no badge and costs no page facts', async () => {
    const asked: string[] = [];
    const withNames = {
      ...context,
      sources: {
        ...sources,
        siteNamespaces: async () => namespaceTableOf(siteNamespacesAnswerSchema.parse(dewikiSiteinfo)),
        pageFacts: async (page) => (asked.push(page.title ?? ''), sources.pageFacts(page, new AbortController().signal)),
      } satisfies Partial<ReportSources> as ReportSources,
    };
    const answer = await answerRequest({ type: 'badge-info', url: 'https://de.wikipedia.org/wiki/Spezial:Suche' }, fromTab, withNames);
    expect(answer).toMatchObject({ show: false });
    expect(asked).toEqual([]);
  });
});
