#!/usr/bin/env bash
# Runs every test: type check, lint, unit and repository tests, production build, browser tests.
# Installs Debian's chromium for Playwright when it is missing (no browser download works here).
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
	echo "== installing Debian's chromium for the browser tests"
	if [ "$(id -u)" -eq 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	elif command -v sudo >/dev/null; then
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "Chromium is missing at $chromium_path. Install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
		exit 1
	fi
fi

step() { echo; echo "== $1"; }
step "types (svelte-check)"; npm run --silent check
step "lint (eslint)"; npm run --silent lint
step "unit and repository tests (vitest)"; npx vitest run
step "production build"; npm run --silent build >/dev/null
step "browser tests (playwright, headless chromium)"; npx playwright test
