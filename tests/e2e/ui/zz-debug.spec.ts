import { expect, metaUrl, test } from '../fixtures';
test('debug retry', async ({ openPanel, wiki }) => {
  wiki.front.injectFault({ kind: '500', match: /^\/w\/api\.php/, count: 1000 });
  const panel = await openPanel(metaUrl('Grants:MSIG'));
  const retry = panel.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible({ timeout: 20_000 });
  console.log('BEFORE', (await panel.locator('.wf-notices').innerText()));
  wiki.front.clearFaults();
  console.log(JSON.stringify(wiki.front.snapshot().counts));
  await retry.click();
  await panel.waitForTimeout(5000);
  console.log('AFTER', (await panel.locator('.wf-notices').innerText()));
  console.log(JSON.stringify(wiki.front.snapshot().counts), wiki.front.snapshot().log.slice(-5).map((e) => `${e.url} ${e.status} ${e.fault}`));
});
