import { expect, metaUrl, test } from '../fixtures';
import { panelCases as cases } from '../shared/panel-cases';
import { panelViewport, region, saveScreenshot, waitForSettled } from './ui-helpers';

// For fixture pages of every former Community Engagement team, the panel names today's owner,
// its department, the contacts (stale accounts flagged), the related grants and the liaisons.

test.describe('side panel answers for fixture pages', () => {
  for (const item of cases) {
    test(`${item.title}: ${item.owner ?? 'owner unknown'}`, async ({ openPanel }) => {
      const panel = await openPanel(metaUrl(item.title));
      await panel.setViewportSize(panelViewport);
      await waitForSettled(panel);
      await expect(panel.getByRole('heading', { level: 1 })).toContainText(item.title);
      if (item.parts) {
        const map = region(panel, 'Where its parts are now');
        for (const [part, now] of item.parts) {
          const row = map.locator('.wf-successor').filter({ has: panel.locator('.wf-successor__part', { hasText: part }) });
          await expect(row.first()).toContainText(now ?? 'Now: not known');
        }
      } else if (item.owner === null) {
        await expect(region(panel, 'Owner unknown')).toBeVisible();
        await expect(region(panel, 'Owner unknown').getByRole('link', { name: /Grants: Start/ })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/Grants:Start');
      } else {
        const owner = region(panel, 'Owned now by');
        await expect(owner.locator('.wf-owner__team')).toContainText(item.owner);
        if (item.department) await expect(owner).toContainText(`Department: ${item.department}`);
      }
      for (const step of item.lineage ?? []) await expect(panel.locator('.wf-lineage__list')).toContainText(step);
      for (const contact of item.contacts ?? []) {
        await expect(region(panel, 'Contacts').getByRole('link', { name: contact })).toHaveAttribute('href', `mailto:${contact}`);
      }
      for (const grant of item.grants ?? []) await expect(region(panel, 'Related grants')).toContainText(grant);
      for (const liaison of item.liaisons ?? []) await expect(region(panel, 'Community Relations liaisons')).toContainText(liaison);
      if (item.staff) {
        const members = region(panel, 'Contacts').locator('.wf-staff__member');
        await expect(members).toHaveCount(item.staff.length);
        for (const [index, person] of item.staff.entries()) {
          await expect(members.nth(index)).toContainText(person.name);
          await expect(members.nth(index)).toContainText(person.says);
          if (person.flagged) await expect(members.nth(index)).toHaveClass(/wf-staff__member--flagged/);
          else await expect(members.nth(index)).not.toHaveClass(/wf-staff__member--flagged/);
        }
      }
      if (item.screenshot) await saveScreenshot(panel, item.screenshot);
    });
  }
});

test.describe('layout at the narrowest width', () => {
  for (const title of ['Grants:IdeaLab', 'Community Liaisons']) {
    test(`${title}: the team icon stays beside the team's name, never alone on a line`, async ({ openPanel }) => {
      const panel = await openPanel(metaUrl(title));
      await panel.setViewportSize({ width: 200, height: 700 });
      await waitForSettled(panel);
      const team = region(panel, 'Owned now by').locator('.wf-owner__team');
      const icon = await team.locator('svg').first().boundingBox();
      const name = await team.locator('bdi').boundingBox();
      expect(icon && name).toBeTruthy();
      // Beside: the icon ends before the name starts, and its middle lies within the name's lines.
      expect(icon!.x + icon!.width).toBeLessThanOrEqual(name!.x + 1);
      expect(icon!.y + icon!.height / 2).toBeGreaterThanOrEqual(name!.y - 1);
      expect(icon!.y + icon!.height / 2).toBeLessThanOrEqual(name!.y + name!.height + 1);
    });
  }
});

test.describe('contacts listed on team pages', () => {
  // Who is listed, in which order and flagged how is the shared cases' (panel-cases.ts `staff`).
  test('Trust and Safety: blocked and missing accounts are listed last, under their own heading, and names link their user pages', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    await waitForSettled(panel);
    const contacts = region(panel, 'Contacts');
    const notCurrent = contacts.locator('.wf-staff__not-current-heading ~ ul .wf-staff__member');
    await expect(notCurrent).toHaveCount(2);
    await expect(notCurrent.filter({ hasText: 'Carol Example (WMF)' })).toContainText('Blocked account');
    await expect(notCurrent.filter({ hasText: 'Dave Example (WMF)' })).toContainText('No such account');
    await expect(contacts.getByRole('link', { name: 'Alice Example (WMF)', exact: true })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/User:Alice_Example_(WMF)');
    await expect(contacts.getByRole('link', { name: 'Trust and Safety' })).toHaveAttribute('href', 'https://phabricator.wikimedia.org/tag/trust_and_safety/');
  });

  test("Trust and Safety's liaisons from the on-wiki registry: a ping button, a talk page link, an account the team page supplies", async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Trust and Safety'));
    await panel.setViewportSize(panelViewport);
    const liaisons = region(panel, 'Community Relations liaisons');
    // The background reads the on-wiki registry once it starts; ask again until it has.
    await expect(async () => {
      await panel.reload();
      await waitForSettled(panel);
      await expect(liaisons).toContainText('Erin Example', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(liaisons.getByRole('button', { name: 'Copy ping Erin Example (WMF)' })).toBeVisible();
    await expect(liaisons.getByRole('link', { name: 'Talk page Erin Example (WMF)' })).toHaveAttribute('href', 'https://meta.wikimedia.org/wiki/User_talk:Erin_Example_(WMF)');
    // Alice Example has no username in the registry; the live team page links her account next to her name.
    const alice = liaisons.getByRole('listitem').filter({ hasText: 'Alice Example' });
    await expect(alice).toContainText('Account from the team page');
    await expect(alice.getByRole('button', { name: 'Copy ping Alice Example (WMF)' })).toBeVisible();
    await expect(liaisons.getByRole('listitem').filter({ hasText: 'Erin Example' })).not.toContainText('team page');
    await expect(panel.locator('footer')).toContainText('On-wiki registry, revision');
    await saveScreenshot(panel, 'panel-liaison-ping');
  });

  test('the sources footer links a preloaded report on the registry talk page', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Support and Safety'));
    await waitForSettled(panel);
    const href = await panel.getByRole('link', { name: 'Report outdated information' }).getAttribute('href');
    const url = new URL(href ?? '');
    expect(url.origin + url.pathname).toBe('https://meta.wikimedia.org/w/index.php');
    expect(url.searchParams.get('title')).toBe('Meta talk:Wiki Wayfinder/Registry.json');
    expect(url.searchParams.get('action')).toBe('edit');
    expect(url.searchParams.get('section')).toBe('new');
    expect(url.searchParams.get('preloadtitle')).toContain('Support and Safety');
  });

  test('every link in the panel opens an https Wikimedia URL or a mailto: address', async ({ openPanel }) => {
    const panel = await openPanel(metaUrl('Grants:Project/Rapid'));
    await waitForSettled(panel);
    const allHrefs = await panel.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // The links inside the extension: the footer's "All teams", to its own team directory, and
    // its audit of the page's subpages.
    const own = allHrefs.filter((href) => href.startsWith('/'));
    expect(own).toEqual(['/directory.html', '/audit.html?host=meta.wikimedia.org&kind=prefix&namespace=200&prefix=Project%2FRapid']);
    const hrefs = allHrefs.filter((href) => !own.includes(href));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/([a-z0-9-]+\.)*(wikimedia|mediawiki|wikipedia)\.org\/|mailto:[^?]+$)/);
  });
});

test('the panel reads at 320 px wide without scrolling sideways', async ({ openPanel }) => {
  for (const title of ['Wikimedia Foundation/Legal/Community Resilience and Sustainability/Trust and Safety', 'Grants:Programs/Wikimedia Research & Technology Fund/Wikimedia Research Fund']) {
    const panel = await openPanel(metaUrl(title));
    await panel.setViewportSize({ width: 320, height: 800 });
    await waitForSettled(panel);
    await panel.locator('details').evaluateAll((disclosures) => disclosures.forEach((details) => details.setAttribute('open', '')));
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});
