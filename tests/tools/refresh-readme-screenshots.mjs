// Copies the screenshots the end-to-end suite and the demo write into docs/screenshots/, so the
// README shows what the tests saw. Run after `npm test` and `npm run demo`.
import { copyFileSync, existsSync } from 'node:fs';

const wanted = [
  ['demo-output/02-Support_and_Safety.png', 'panel-beside-page.png'],
  ['tests/artifacts/screenshots/badge-historical-page.png', 'badge-historical-page.png'],
  ['tests/artifacts/screenshots/panel-historical-support-and-safety.png', 'panel-historical.png'],
  ['tests/artifacts/screenshots/panel-owner-unknown.png', 'panel-owner-unknown.png'],
  ['tests/artifacts/screenshots/panel-dark-mode.png', 'panel-dark-mode.png'],
  ['tests/artifacts/screenshots/panel-rtl-hebrew.png', 'panel-rtl-hebrew.png'],
  ['tests/artifacts/screenshots/popup-finder.png', 'popup-finder.png'],
  ['tests/artifacts/screenshots/options.png', 'options.png'],
  ['tests/artifacts/screenshots/panel-successor-map-community-engagement.png', 'panel-successor-map.png'],
  ['tests/artifacts/screenshots/directory-first-screen.png', 'directory.png'],
];

const missing = wanted.filter(([from]) => !existsSync(from)).map(([from]) => from);
if (missing.length > 0) {
  console.error(`Missing (run npm test and npm run demo first): ${missing.join(', ')}`);
  process.exit(1);
}
for (const [from, to] of wanted) copyFileSync(from, `docs/screenshots/${to}`);
console.log(`Copied ${wanted.length} screenshots into docs/screenshots/`);
