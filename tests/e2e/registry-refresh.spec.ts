import { expect, metaUrl, panelSettled, test } from './fixtures';

// At install the background fetches the on-wiki registry page of the local wiki; its fixture
// revision adds a liaison (with a username) to Trust and Safety on top of the built-in registry.
// A panel opened before that fetch lands shows the built-in registry, so this asks again.
test('the on-wiki registry is laid over the built-in one, and the panel says which revision', async ({ openPanel }) => {
  const panel = await openPanel(metaUrl('Support and Safety'));
  await expect(async () => {
    await panel.reload();
    await panelSettled(panel);
    await expect(panel.getByText('Erin Example', { exact: false }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(panel.locator('body')).toContainText('On-wiki registry');
  await expect(panel.locator('body')).toContainText('Fixture Admin');
});
