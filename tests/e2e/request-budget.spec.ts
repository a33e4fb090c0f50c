import { apiCalls, expect, metaUrl, panelSettled, test } from './fixtures';

// Issue 5's request budget, counted at the local wiki's HTTPS front: a cold page view costs at
// most 4 requests, another page of a team already seen at most 1, a repeat view within the TTL none.
test.describe('request budget per page view', () => {
  test('cold, then another page of the same team, then a repeat', async ({ wiki, openPanel, clearCache }) => {
    await clearCache();
    wiki.front.reset();

    await panelSettled(await openPanel(metaUrl('Support and Safety')));
    const cold = apiCalls(wiki);
    expect(cold.length, cold.join('\n')).toBeGreaterThan(0);
    expect(cold.length, cold.join('\n')).toBeLessThanOrEqual(4);

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
    const { log, maxInFlight } = wiki.front.snapshot();
    const api = log.filter((entry) => entry.url.startsWith('/w/api.php'));
    expect(api.length).toBeGreaterThan(4);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    for (const entry of api) expect(entry.headers['api-user-agent']).toMatch(/^WikiWayfinder\/\d+\.\d+\.\d+ \(https:\/\/meta\.wikimedia\.org\/wiki\/Wiki_Wayfinder\)/);
  });
});
