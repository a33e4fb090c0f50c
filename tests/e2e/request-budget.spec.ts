import type { FrontLogEntry } from '../wiki/front-controls';
import { apiCalls, expect, metaUrl, panelSettled, test } from './fixtures';

/**
 * The most requests one host had in flight at once, from the front's log. The front serves every
 * mapped host (Meta and mediawiki.org) from one wiki, so its own in-flight count adds hosts up;
 * the limit is per host, as Wikimedia's rate limits are.
 */
function peakInFlightPerHost(log: readonly FrontLogEntry[]): Record<string, number> {
  const peaks: Record<string, number> = {};
  const hosts = new Set(log.map((entry) => entry.host));
  for (const host of hosts) {
    // Ends sort before starts at the same millisecond: a slot freed and taken is not two in flight.
    const events = log
      .filter((entry) => entry.host === host)
      .flatMap((entry) => {
        const start = Date.parse(entry.time);
        return [{ at: start, change: 1 }, { at: start + (entry.durationMs ?? Number.POSITIVE_INFINITY), change: -1 }];
      })
      .sort((a, b) => a.at - b.at || a.change - b.change);
    let inFlight = 0;
    peaks[host] = 0;
    for (const event of events) {
      inFlight += event.change;
      peaks[host] = Math.max(peaks[host], inFlight);
    }
  }
  return peaks;
}

// Issue 5's request budget, counted at the local wiki's HTTPS front: a cold page view costs at
// most 4 requests, another page of a team already seen at most 1, a repeat view within the TTL none.
test.describe('request budget per page view', () => {
  test('cold, then another page of the same team, then a repeat', async ({ wiki, openPanel, clearCache }) => {
    await clearCache();
    wiki.front.reset();

    await panelSettled(await openPanel(metaUrl('Support and Safety')));
    const cold = apiCalls(wiki, 'meta.wikimedia.org');
    expect(cold.length, cold.join('\n')).toBeGreaterThan(0);
    expect(cold.length, cold.join('\n')).toBeLessThanOrEqual(4);
    // Besides: a listed person their own wiki does not settle (Dave Example (WMF) has no account on
    // Meta) is looked up where staff also work, in one batched request per wiki.
    const elsewhere = apiCalls(wiki).length - cold.length;
    expect(apiCalls(wiki, 'www.mediawiki.org')).toEqual([expect.stringMatching(/list=users\|usercontribs&ususers=Dave Example \(WMF\)&/)]);
    expect(elsewhere).toBe(1);

    wiki.front.reset();
    await panelSettled(await openPanel(metaUrl('Community Advocacy')));
    const sameTeam = apiCalls(wiki);
    expect(sameTeam, 'only the new page\'s own facts').toHaveLength(1);
    expect(sameTeam[0]).toContain('Community Advocacy');

    wiki.front.reset();
    await panelSettled(await openPanel(metaUrl('Support and Safety')));
    expect(apiCalls(wiki)).toEqual([]);
  });

  test('every request identifies the extension and never exceeds three in flight', async ({ wiki, openPanel, clearCache }) => {
    await clearCache();
    wiki.front.reset();
    await Promise.all(['Support and Safety', 'Grants:Project/Rapid', 'Learning and Evaluation', 'Tech/News'].map(async (title) => panelSettled(await openPanel(metaUrl(title)))));
    const { log } = wiki.front.snapshot();
    const api = log.filter((entry) => entry.url.startsWith('/w/api.php'));
    expect(api.length).toBeGreaterThan(4);
    const peaks = peakInFlightPerHost(api);
    expect(Object.keys(peaks)).toContain('meta.wikimedia.org');
    for (const [host, peak] of Object.entries(peaks)) expect(peak, host).toBeLessThanOrEqual(3);
    for (const entry of api) expect(entry.headers['api-user-agent']).toMatch(/^WikiWayfinder\/\d+\.\d+\.\d+ \(https:\/\/meta\.wikimedia\.org\/wiki\/Wiki_Wayfinder\)/);
  });
});
