#!/usr/bin/env bash
# Runs every check in the order the foundation issue gives, and ends with one line
# "N passed, N failed" totalled over all suites: each vitest and Playwright test counts once,
# each other step (typecheck, lint, builds, web-ext lint, budgets) counts as one check.
set -u
cd "$(dirname "$0")/.."

# From a fresh clone too: the Debian packages the suites run on (the wiki's, both browsers, and
# xvfb with xdotool, on which the shortcut tests type real keys), then the npm packages.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! bash tests/wiki/ensure-packages.sh chromium firefox-esr xvfb xdotool || ! { [ -d node_modules/wxt ] || npm ci --no-audit --no-fund; }; then
  echo "installing what the tests need failed"
  echo "0 passed, 1 failed"
  exit 1
fi
mkdir -p test-results
passed=0
failed=0
failures=()

check() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

# Adds a test runner's own counts (from its JSON report) to the totals.
count_report() {
  local name=$1 kind=$2 report=$3 status=$4
  local counts
  if counts=$(node tests/tools/count-report.mjs "$kind" "$report" 2>/dev/null); then
    read -r p f <<<"$counts"
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$f" -gt 0 ] || { [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; }; then
      failures+=("$name")
      [ "$f" -eq 0 ] && failed=$((failed + 1))
    fi
  else
    failed=$((failed + 1))
    failures+=("$name (no report)")
  fi
}

check "typecheck" bash -c 'npx wxt prepare >/dev/null && npx tsc --noEmit'
check "lint" npm run --silent lint

echo
echo "=== unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
count_report "vitest" vitest test-results/vitest.json $?

check "build chrome-mv3" npx wxt build
check "build firefox-mv2" npx wxt build -b firefox
check "web-ext lint (firefox)" npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output text
check "size budgets" npx tsx tests/bench/size-budget.ts .output
check "sources zip rebuild (AMO)" npx tsx tests/tools/check-sources-zip.ts

echo
echo "=== end-to-end (Playwright, Debian Chromium)"
CI=1 npx playwright test
count_report "playwright" playwright test-results/e2e.json $?

echo
echo "=== end-to-end (puppeteer-core over WebDriver BiDi, Debian Firefox ESR)"
npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile.json=test-results/firefox.json
count_report "firefox e2e" vitest test-results/firefox.json $?

# Timings are reported, not asserted: the quick run proves every benchmark row still works.
check "benchmark (quick mode)" npm run --silent bench:quick

echo
[ ${#failures[@]} -gt 0 ] && echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
