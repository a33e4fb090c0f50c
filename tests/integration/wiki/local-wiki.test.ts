import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusRevision } from '../../wiki/corpus';
import { connectToFront } from '../../wiki/front-client';
import { generatedIdeaCategory, generatedIdeaCount, generatedRevisions, largeIndexLinkCount, largeIndexTitle } from '../../wiki/generated-pages';
import { startLocalWiki, type LocalWiki } from '../../wiki/local-wiki';
import { corpusDir } from '../../wiki/paths';
import { frontApi, frontGet } from './front-request';

interface ApiPage {
  title: string;
  ns: number;
  missing?: boolean;
  contentmodel?: string;
  pagelanguage?: string;
  templates?: { title: string }[];
  revisions?: { user: string; timestamp: string; comment?: string; slots?: { main: { content: string } } }[];
}
interface ApiQuery {
  query: {
    pages: ApiPage[];
    redirects?: { from: string; to: string }[];
  };
  continue?: Record<string, string>;
}

const dayMs = 24 * 60 * 60 * 1000;
const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as {
  pages: { title: string }[];
};
const corpusTitles = [...new Set(manifest.pages.map((page) => page.title))];

/** Titles whose newest revision starts with the banner, read from the fixture files and the generated pages. */
async function titlesMarkedHistorical(seededAt: Date): Promise<string[]> {
  const newest = new Map<string, CorpusRevision>();
  for (const revision of [...(await loadCorpus(seededAt)).revisions, ...generatedRevisions(seededAt)]) {
    const known = newest.get(revision.title);
    if (!known || revision.timestamp > known.timestamp) newest.set(revision.title, revision);
  }
  return [...newest.values()].filter((revision) => /^\{\{historical[|}]/.test(revision.text)).map((revision) => revision.title);
}

/** Processes whose command line shows php -S on `port`: what stop() must leave none of. */
function phpServersOn(port: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
        const state = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0];
        return state !== 'Z' && commandLine.includes('-S') && commandLine.includes(`127.0.0.1:${port}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * The front records a request as finished when the last byte is handed to the socket, which can
 * come a moment after the client has read it: wait for that before reading the log.
 */
async function frontSettled(wiki: LocalWiki): Promise<void> {
  const deadline = Date.now() + 2000;
  while (wiki.front.snapshot().inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

async function pagesOf(wiki: LocalWiki, titles: string[], params: Record<string, string> = {}): Promise<ApiQuery> {
  return frontApi<ApiQuery>(wiki, { action: 'query', titles: titles.join('|'), ...params });
}

describe('local Meta-like wiki', () => {
  let wiki: LocalWiki;

  beforeAll(async () => {
    const started = Date.now();
    wiki = await startLocalWiki();
    console.info(`startLocalWiki (template cache): ${Date.now() - started} ms`);
  }, 60000);

  afterAll(async () => {
    await wiki?.stop();
  });

  it('answers as Meta under its real host name, with Meta namespaces', async () => {
    const answer = await frontApi<{
      query: {
        general: { sitename: string; server: string; articlepath: string };
        namespaces: Record<string, { name: string }>;
        namespacealiases: { id: number; alias: string }[];
      };
    }>(wiki, { action: 'query', meta: 'siteinfo', siprop: 'general|namespaces|namespacealiases' });
    const { general, namespaces, namespacealiases } = answer.query;
    expect(general.sitename).toBe('Meta');
    expect(general.server).toBe('https://meta.wikimedia.org');
    expect(general.articlepath).toBe('/wiki/$1');
    expect(namespaces['4']?.name).toBe('Meta');
    expect(namespaces['200']?.name).toBe('Grants');
    expect(namespaces['201']?.name).toBe('Grants talk');
    expect(namespaces['202']?.name).toBe('Research');
    expect(namespaces['203']?.name).toBe('Research talk');
    expect(namespaces['206']?.name).toBe('Iberocoop');
    expect(namespaces['207']?.name).toBe('Iberocoop talk');
    expect(namespacealiases).toContainEqual({ id: 202, alias: 'R' });
  });

  it('has every corpus page', async () => {
    expect(corpusTitles.length).toBeGreaterThanOrEqual(45);
    const missing: string[] = [];
    for (let start = 0; start < corpusTitles.length; start += 50) {
      const { query } = await pagesOf(wiki, corpusTitles.slice(start, start + 50));
      missing.push(...query.pages.filter((page) => page.missing).map((page) => page.title));
    }
    expect(missing).toEqual([]);
  });

  it('keeps the old Programs: titles in the main namespace', async () => {
    const { query } = await pagesOf(wiki, ['Programs:Evaluation portal']);
    expect(query.pages[0]).toMatchObject({ ns: 0, title: 'Programs:Evaluation portal' });
  });

  it('resolves redirects', async () => {
    const { query } = await pagesOf(wiki, ['Trust and Safety', 'Grants:Rapid'], { redirects: '1' });
    expect(query.redirects).toEqual(
      expect.arrayContaining([
        { from: 'Trust and Safety', to: 'Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety' },
        { from: 'Grants:Rapid', to: 'Grants:Project/Rapid' },
      ]),
    );
    expect(query.pages.every((page) => !page.missing)).toBe(true);
  });

  it('marks historical pages with {{historical}} and leaves current ones unmarked', async () => {
    const historical = [
      'Community Engagement',
      'Community Engagement/pt',
      'Learning and Evaluation/Global Data & Insights/Annual Plan FY2021',
      'Wikimedia Foundation Culture and Heritage team',
      'Grants:TPS',
      'Programs:Evaluation portal',
    ];
    const current = ['Grants:Start', 'Grants:IdeaLab', 'Community Relations Specialists'];
    const { query } = await pagesOf(wiki, [...historical, ...current], { prop: 'templates', tltemplates: 'Template:Historical' });
    const marked = query.pages.filter((page) => page.templates?.length).map((page) => page.title);
    expect(marked.sort()).toEqual([...historical].sort());

    const embedded = await frontApi<{ query: { embeddedin: { title: string }[] } }>(wiki, {
      action: 'query',
      list: 'embeddedin',
      eititle: 'Template:Historical',
      eilimit: 'max',
    });
    expect(embedded.query.embeddedin.map((page) => page.title).sort()).toEqual((await titlesMarkedHistorical(wiki.seededAt)).sort());
  });

  it('serves translation subpages in their language', async () => {
    const { query } = await pagesOf(wiki, ['Community Engagement/pt', 'Community Engagement/de', 'Community Engagement'], {
      prop: 'info',
    });
    const languageOf = (title: string) => query.pages.find((page) => page.title === title)?.pagelanguage;
    expect(languageOf('Community Engagement/pt')).toBe('pt');
    expect(languageOf('Community Engagement/de')).toBe('de');
    expect(languageOf('Community Engagement')).toBe('en');
  });

  it('imports exact authors and timestamps, absolute and relative to the seed time', async () => {
    const history = await frontApi<ApiQuery>(wiki, {
      action: 'query',
      titles: 'Community Engagement',
      prop: 'revisions',
      rvprop: 'user|timestamp|comment',
      rvlimit: 'max',
      rvdir: 'newer',
    });
    expect(history.query.pages[0]?.revisions).toEqual([
      { user: 'Example Volunteer', timestamp: '2016-03-15T12:00:00Z', comment: 'Describe the department' },
      { user: 'Example Archivist', timestamp: '2020-02-10T15:30:00Z', comment: 'Department dissolved: mark as historical' },
    ]);

    const twoDaysBeforeSeed = new Date(Math.floor((wiki.seededAt.getTime() - 2 * dayMs) / 1000) * 1000);
    const teamPage = await pagesOf(wiki, ['Trust and Safety'], { redirects: '1', prop: 'revisions', rvprop: 'user|timestamp' });
    expect(teamPage.query.pages[0]?.revisions?.[0]).toEqual({
      user: 'Alice Example (WMF)',
      timestamp: twoDaysBeforeSeed.toISOString().replace('.000Z', 'Z'),
    });
  });

  it('gives the fixture contacts their activity: active, silent for years, blocked, missing', async () => {
    const users = await frontApi<{
      query: { users: { name: string; missing?: boolean; blockid?: number; blockexpiry?: string; registration?: string }[] };
    }>(wiki, {
      action: 'query',
      list: 'users',
      ususers: 'Alice Example (WMF)|Bob Example (WMF)|Carol Example (WMF)|Dave Example (WMF)',
      usprop: 'blockinfo|registration|editcount',
    });
    const byName = new Map(users.query.users.map((user) => [user.name, user]));
    expect(byName.get('Carol Example (WMF)')).toMatchObject({ blockexpiry: 'infinite' });
    expect(byName.get('Carol Example (WMF)')?.blockid).toBeGreaterThan(0);
    expect(byName.get('Alice Example (WMF)')?.blockid).toBeUndefined();
    expect(byName.get('Dave Example (WMF)')?.missing).toBe(true);
    expect(byName.get('Bob Example (WMF)')?.registration).toBe('2019-05-02T10:00:00Z');

    const lastEdit = async (user: string) => {
      const contributions = await frontApi<{ query: { usercontribs: { timestamp: string }[] } }>(wiki, {
        action: 'query',
        list: 'usercontribs',
        ucuser: user,
        uclimit: '1',
      });
      return new Date(contributions.query.usercontribs[0]?.timestamp ?? 0).getTime();
    };
    expect(wiki.seededAt.getTime() - (await lastEdit('Alice Example (WMF)'))).toBeLessThan(30 * dayMs);
    expect(wiki.seededAt.getTime() - (await lastEdit('Bob Example (WMF)'))).toBeGreaterThan(3 * 365 * dayMs);
  });

  it('keeps the registry page as JSON and shows edits at once', async () => {
    const title = 'Meta:Wiki Wayfinder/Registry.json';
    const read = () =>
      pagesOf(wiki, [title], { prop: 'info|revisions', rvprop: 'content|user|comment', rvslots: 'main' });
    const before = await read();
    expect(before.query.pages[0]?.contentmodel).toBe('json');
    const seeded = JSON.parse(readFileSync('tests/fixtures/wiki/pages/meta-wiki-wayfinder-registry.json', 'utf8'));
    expect(JSON.parse(before.query.pages[0]?.revisions?.[0]?.slots?.main.content ?? 'null')).toEqual(seeded);

    await wiki.editPage(title, '{"version": 2}', { user: 'Erin Example (WMF)', summary: 'Registry test edit' });
    const after = await read();
    expect(after.query.pages[0]?.revisions?.[0]).toMatchObject({ user: 'Erin Example (WMF)', comment: 'Registry test edit' });
    expect(JSON.parse(after.query.pages[0]?.revisions?.[0]?.slots?.main.content ?? 'null')).toEqual({ version: 2 });
    await expect(wiki.editPage(title, 'not json')).rejects.toThrow(/failed/);
  });

  it('has pages large enough to need API continuation', async () => {
    const links = await frontApi<ApiQuery & { query: { pages: { links?: unknown[] }[] } }>(wiki, {
      action: 'query',
      titles: largeIndexTitle,
      prop: 'links',
      pllimit: 'max',
    });
    expect(links.query.pages[0]?.links).toHaveLength(500);
    expect(links.continue?.plcontinue).toBeDefined();
    expect(largeIndexLinkCount).toBeGreaterThan(500);

    const members = await frontApi<{ query: { categorymembers: unknown[] } }>(wiki, {
      action: 'query',
      list: 'categorymembers',
      cmtitle: generatedIdeaCategory,
      cmlimit: 'max',
    });
    expect(members.query.categorymembers.length).toBe(generatedIdeaCount + 1);
  });

  it('renders article pages under /wiki/ with the historical banner', async () => {
    const page = await frontGet(wiki, '/wiki/Community_Engagement');
    expect(page.status).toBe(200);
    expect(page.body).toContain('kept for historical interest');
    expect(page.body).toContain('https://meta.wikimedia.org/w/index.php?title=Community_Engagement');
  });

  describe('HTTPS front', () => {
    const api = '/w/api.php?action=query&meta=siteinfo&format=json&formatversion=2';

    it('counts requests per path and logs the headers that identify a client', async () => {
      wiki.front.reset();
      await frontGet(wiki, api, { headers: { 'api-user-agent': 'WikiWayfinderTest/0 (test)' } });
      await frontGet(wiki, `${api}&x=1`);
      await frontGet(wiki, '/wiki/Main_Page');
      await frontSettled(wiki);
      expect(wiki.front.requestCount('/w/api.php')).toBe(2);
      expect(wiki.front.requestCount('/wiki/Main_Page')).toBe(1);
      const { log } = wiki.front.snapshot();
      expect(log).toHaveLength(3);
      expect(log[0]).toMatchObject({
        method: 'GET',
        host: 'meta.wikimedia.org',
        url: api,
        status: 200,
        fault: null,
        headers: { 'api-user-agent': 'WikiWayfinderTest/0 (test)' },
      });
    });

    it('adds latency and records the largest number of requests in flight', async () => {
      wiki.front.reset();
      wiki.front.setLatency(300);
      const started = Date.now();
      await Promise.all([1, 2, 3, 4].map((n) => frontGet(wiki, `${api}&n=${n}`)));
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      await frontSettled(wiki);
      const snapshot = wiki.front.snapshot();
      expect(snapshot.maxInFlight).toBe(4);
      expect(Math.max(...snapshot.log.map((entry) => entry.inFlightAtStart))).toBe(4);
      wiki.front.reset();
      expect(wiki.front.snapshot()).toMatchObject({ latencyMs: 0, maxInFlight: 0, log: [], counts: {} });
    });

    it('answers 429 with Retry-After for the next matching requests only', async () => {
      wiki.front.reset();
      wiki.front.injectFault({ kind: '429', match: /^\/w\/api\.php/, count: 2, retryAfterSeconds: 7 });
      const page = await frontGet(wiki, '/wiki/Main_Page');
      expect(page.status).toBe(200);
      const first = await frontGet(wiki, api);
      const second = await frontGet(wiki, api);
      const third = await frontGet(wiki, api);
      expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
      expect(first.headers['retry-after']).toBe('7');
      expect(wiki.front.snapshot().log.map((entry) => entry.fault)).toEqual([null, '429', '429', null]);
    });

    it('answers 500', async () => {
      wiki.front.injectFault({ kind: '500' });
      expect((await frontGet(wiki, api)).status).toBe(500);
    });

    it('answers maxlag as api.php does, in the error format asked for', async () => {
      wiki.front.injectFault({ kind: 'maxlag', retryAfterSeconds: 2, count: 2 });
      const modern = await frontGet(wiki, `${api}&errorformat=plaintext&maxlag=5`);
      expect(modern.status).toBe(200);
      expect(modern.headers['retry-after']).toBe('2');
      expect(modern.headers['mediawiki-api-error']).toBe('maxlag');
      expect(JSON.parse(modern.body).errors[0]).toMatchObject({ code: 'maxlag', data: { type: 'db' } });
      const legacy = await frontGet(wiki, `${api}&maxlag=5`);
      expect(JSON.parse(legacy.body).error).toMatchObject({ code: 'maxlag' });
    });

    it('sends malformed and truncated JSON', async () => {
      const whole = await frontGet(wiki, api);
      wiki.front.injectFault({ kind: 'malformed' });
      const malformed = await frontGet(wiki, api);
      expect(malformed.status).toBe(200);
      expect(() => JSON.parse(malformed.body)).toThrow(SyntaxError);
      wiki.front.injectFault({ kind: 'truncated' });
      const truncated = await frontGet(wiki, api);
      expect(truncated.status).toBe(200);
      expect(truncated.body).toBe(whole.body.slice(0, Math.floor(whole.body.length / 2)));
      expect(() => JSON.parse(truncated.body)).toThrow(SyntaxError);
    });

    it('drops connections', async () => {
      wiki.front.reset();
      wiki.front.injectFault({ kind: 'drop' });
      await expect(frontGet(wiki, api)).rejects.toThrow(/socket hang up|ECONNRESET/);
      expect(wiki.front.snapshot().log[0]).toMatchObject({ fault: 'drop', status: null });
      expect((await frontGet(wiki, api)).status).toBe(200);
    });

    it('delays answers beyond the client timeout when slow', async () => {
      wiki.front.injectFault({ kind: 'slow', delayMs: 5000 });
      await expect(frontGet(wiki, api, { timeoutMs: 300 })).rejects.toThrow(/client timeout/);
      expect((await frontGet(wiki, api, { timeoutMs: 3000 })).status).toBe(200);
    });

    it('refuses everything while down, until the faults are cleared', async () => {
      wiki.front.injectFault({ kind: 'down' });
      await expect(frontGet(wiki, api)).rejects.toThrow();
      await expect(frontGet(wiki, '/wiki/Main_Page')).rejects.toThrow();
      expect(wiki.front.snapshot().faults).toEqual([expect.objectContaining({ kind: 'down', remaining: 'until cleared' })]);
      wiki.front.clearFaults();
      expect((await frontGet(wiki, api)).status).toBe(200);
    });

    it('can be steered from another process through /__front/', async () => {
      const remote = connectToFront(wiki.frontHttpUrl);
      await remote.reset();
      await remote.injectFault({ kind: '500', match: /^\/wiki\//, count: 1 });
      expect((await frontGet(wiki, '/wiki/Main_Page')).status).toBe(500);
      expect((await frontGet(wiki, '/wiki/Main_Page')).status).toBe(200);
      expect(await remote.requestCount('/wiki/Main_Page')).toBe(2);
      await remote.setLatency(50);
      expect((await remote.snapshot()).latencyMs).toBe(50);
      await expect(remote.injectFault({ kind: 'nonsense' as '500' })).rejects.toThrow(/kind/);
      await remote.reset();
      expect(wiki.front.snapshot().latencyMs).toBe(0);
    });
  });
});

describe('a wiki built from scratch', () => {
  it('installs, seeds, serves and stops leaving nothing behind', async () => {
    const started = Date.now();
    const wiki = await startLocalWiki({ useTemplate: false });
    console.info(`startLocalWiki (fresh install and seed): ${Date.now() - started} ms`);
    try {
      const { query } = await pagesOf(wiki, ['Main Page', 'Grants:Start']);
      expect(query.pages.every((page) => !page.missing)).toBe(true);
      expect(phpServersOn(wiki.phpPort).length).toBeGreaterThan(1);
    } finally {
      const stopping = Date.now();
      await wiki.stop();
      console.info(`stop(): ${Date.now() - stopping} ms`);
    }
    expect(phpServersOn(wiki.phpPort)).toEqual([]);
    expect(existsSync(wiki.dir)).toBe(false);
    await expect(fetch(`${wiki.phpUrl}/w/api.php`)).rejects.toThrow();
    await expect(frontGet(wiki, '/w/api.php')).rejects.toThrow(/ECONNREFUSED/);
  }, 60000);
});
