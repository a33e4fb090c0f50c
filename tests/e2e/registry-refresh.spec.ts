import { expect, metaUrl, panelSettled, test } from './fixtures';

// At install the background fetches the on-wiki registry page of the local wiki; its fixture
// revision adds a liaison (with a username) to Trust and Safety on top of the built-in registry.
test('the on-wiki registry is laid over the built-in one, and the panel says which revision', async ({ openPanel }) => {
  const panel = await openPanel(metaUrl('Support and Safety'));
  await panelSettled(panel);
  await expect(panel.getByText('Erin Example', { exact: false }).first()).toBeVisible();
  await expect(panel.locator('footer, [class*="sources"]').first()).toContainText('On-wiki registry');
  await expect(panel.locator('footer, [class*="sources"]').first()).toContainText('Fixture Admin');
});
