import { readFileSync } from 'node:fs';
import { extensionIdOf, launchWithExtension, metaUrl } from '../browser';
import { expect, test } from '../fixtures';
import { region, waitForSettled } from './ui-helpers';

// A team page that has moved since the registry named it: the owner card says from where to
// where, links the new page, and lists the staff the new page lists. The move is made on the
// local wiki for this test only and undone after it; a browser of its own starts with an empty
// cache, so nothing cached before the move answers for it.
const oldTitle = 'Community Development';
const newTitle = 'Wikimedia Foundation/Advancement/Community Growth/Community Development';
const fixtureText = readFileSync('tests/fixtures/wiki/pages/community-development.wikitext', 'utf8');

test('a moved team page is reported from its old title to the new one, with the staff the new page lists', async ({ wiki }) => {
  await wiki.editPage(newTitle, `${fixtureText}\n== Team ==\n* [[User:Erin Example (WMF)|Erin Example]], programme officer\n`, { user: 'Erin Example (WMF)', summary: 'Move the team page under Community Growth' });
  await wiki.editPage(oldTitle, `#REDIRECT [[${newTitle}]]`, { user: 'Erin Example (WMF)', summary: 'Moved' });
  const context = await launchWithExtension({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash });
  try {
    const extensionId = await extensionIdOf(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?url=${encodeURIComponent(metaUrl('Grants:Knowledge Sharing/Connect'))}`);
    await waitForSettled(panel);
    const owner = region(panel, 'Owned now by');
    await expect(owner.locator('.wf-owner__team')).toContainText('Community Development');
    const warning = owner.getByRole('link', { name: `The team page ${oldTitle} now redirects to ${newTitle}.` });
    await expect(warning).toHaveAttribute('href', metaUrl(newTitle));
    const members = region(panel, 'Contacts').locator('.wf-staff__member');
    await expect(members).toHaveCount(1);
    await expect(members.first()).toContainText('Erin Example (WMF)');
  } finally {
    await context.close();
    await wiki.editPage(oldTitle, fixtureText, { user: 'Erin Example (WMF)', summary: 'Undo the move' });
  }
});
