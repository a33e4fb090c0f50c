#!/usr/bin/env bash
# `npm run demo`: from a fresh clone, install what is missing, build the extension, start the
# local Meta-like wiki and show the extension in Debian's Chromium. Without a display it runs
# headless and writes screenshots and a summary into demo-output/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/wiki/ensure-packages.sh chromium
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules/wxt ] || npm ci --no-audit --no-fund
npx wxt build
exec npx tsx tests/demo/demo.ts "$@"
