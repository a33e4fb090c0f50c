// Shows the built extension beside the local wiki's pages. With a display: a real Chromium
// window on a historical page, until you close it. Without one: for each representative page,
// a screenshot of the wiki page with the side panel beside it, plus demo-output/summary.txt.
import { openSidebarShortcut } from '../../utils/browser/open-sidebar-shortcut';
import { mkdir, writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, metaUrl } from '../e2e/browser';
import { startLocalWiki } from '../wiki/local-wiki';

const outputDir = 'demo-output';

/** One page per kind of answer a contributor meets. */
const demoPages = [
  { title: 'Community Engagement', why: 'the dissolved department itself (historical)' },
  { title: 'Support and Safety', why: 'a former CE team now in Legal (lineage)' },
  { title: 'Trust and Safety', why: 'a redirect to the current team page' },
  { title: 'Grants:Project/Rapid', why: 'a current grant programme that replaced an old one' },
  { title: 'Grants:TPS', why: 'a closed grant programme' },
  { title: 'Learning and Evaluation', why: 'a team whose successor is only indirectly sourced' },
  { title: 'Community Relations Specialists', why: 'liaisons and what they support' },
  { title: 'The Wikipedia Library', why: 'a probable owner, reached through a team that ended' },
  { title: 'Research:Index', why: 'an owner no source names: shown as unknown' },
  { title: 'Community Engagement/pt', why: 'a translation subpage answers for its source page' },
];

async function screenshotBeside(context: BrowserContext, extensionId: string, title: string, file: string): Promise<string> {
  const wikiTab = await context.newPage();
  await wikiTab.setViewportSize({ width: 1000, height: 900 });
  await wikiTab.goto(metaUrl(title));
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?url=${encodeURIComponent(metaUrl(title))}`);
  await settle(panel);
  // The whole panel, however long: contacts, liaisons and the ping button are far down.
  const [wikiShot, panelShot] = await Promise.all([wikiTab.screenshot(), panel.screenshot({ fullPage: true })]);
  const summary = await panelSummary(panel);
  const panelHeight = await panel.evaluate(() => document.documentElement.scrollHeight);
  const composite = await context.newPage();
  await composite.setViewportSize({ width: 1380, height: Math.max(900, panelHeight) });
  await composite.setContent(
    `<body style="margin:0;display:flex"><img src="data:image/png;base64,${wikiShot.toString('base64')}">` +
      `<img src="data:image/png;base64,${panelShot.toString('base64')}" style="border-inline-start:2px solid #a2a9b1"></body>`,
  );
  await composite.screenshot({ path: file, fullPage: true });
  await Promise.all([wikiTab.close(), panel.close(), composite.close()]);
  return summary;
}

/**
 * The panel as text, one line per field: the heading, then each section as "Name: text", each
 * list item on its own line. (The body's innerText runs inline fields together.)
 */
async function panelSummary(panel: Page): Promise<string> {
  // Raw texts from the page, cleaned here: a named helper inside evaluate() would need tsx's
  // __name, which the page does not have.
  const raw = await panel.evaluate(() => ({
    title: document.querySelector('h1')?.textContent ?? '',
    sections: [...document.querySelectorAll('section[aria-labelledby]')].map((section) => ({
      heading: document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      items: [...section.querySelectorAll('p, li, summary')].filter((element) => !element.querySelector('li, p')).map((element) => element.textContent ?? ''),
    })),
  }));
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [clean(raw.title)];
  for (const section of raw.sections) {
    const heading = clean(section.heading);
    lines.push(`${heading}:`);
    for (const text of section.items.map(clean)) if (text !== '' && text !== heading) lines.push(`  ${text}`);
  }
  return lines.join('\n');
}

/** Waits until the panel has finished loading live data, or gives up quietly after a while. */
async function settle(panel: Page): Promise<void> {
  await panel
    .waitForFunction(() => document.querySelector('main[aria-busy="false"]') !== null, undefined, { timeout: 15_000 })
    .catch(() => undefined);
}

const wiki = await startLocalWiki();
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const context = await launchWithExtension({ frontPort: wiki.frontPort, certSpkiHash: wiki.certSpkiHash, headless: !headed });
const stop = async () => {
  await context.close().catch(() => undefined);
  await wiki.stop();
};
process.on('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  const extensionId = await extensionIdOf(context);
  if (headed) {
    const page = await context.newPage();
    await page.goto(metaUrl('Community Engagement'));
    console.log('Chromium is open on https://meta.wikimedia.org/wiki/Community_Engagement (the local wiki).');
    console.log(`Open the side panel with ${openSidebarShortcut}, the badge by the title, or the toolbar popup's "Open sidebar"; close the window to stop.`);
    await context.waitForEvent('close', { timeout: 0 });
  } else {
    await mkdir(outputDir, { recursive: true });
    const lines: string[] = [`Wiki Wayfinder demo, ${new Date().toISOString()}`, ''];
    for (const [index, { title, why }] of demoPages.entries()) {
      const file = `${outputDir}/${String(index + 1).padStart(2, '0')}-${title.replace(/[^A-Za-z0-9]+/g, '_')}.png`;
      const panelText = await screenshotBeside(context, extensionId, title, file);
      lines.push(`## ${title} (${why})`, `screenshot: ${file}`, panelText, '');
      console.log(`${file}`);
    }
    await writeFile(`${outputDir}/summary.txt`, `${lines.join('\n')}\n`);
    console.log(`Wrote ${demoPages.length} screenshots and ${outputDir}/summary.txt`);
  }
} finally {
  await stop();
}
