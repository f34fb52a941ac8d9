#!/usr/bin/env bash
# Runs every test: type check, lint, unit and repository tests on SQLite and PostgreSQL, production build,
# two app instances on one PostgreSQL, browser tests. Installs Debian's chromium and postgresql when they
# are missing (no browser download works here), and starts a throwaway PostgreSQL cluster of its own on a
# free port, removed again when the tests end, however they end.
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

step "throwaway PostgreSQL cluster"
cluster=$(bash scripts/pg-cluster.sh start | tail -n 1)
cluster_dir=${cluster%% *}
export WIJKBEELD_TEST_PG=${cluster#* }
trap 'bash scripts/pg-cluster.sh stop "$cluster_dir"' EXIT
echo "running at $WIJKBEELD_TEST_PG (folder $cluster_dir)"

step "types (svelte-check)"; npm run --silent check
step "lint (eslint)"; npm run --silent lint
step "unit and repository tests (vitest)"; npx vitest run
step "production build"; npm run --silent build >/dev/null
step "two app instances on one PostgreSQL"; npx vitest run --config vitest.instances.config.ts
step "browser tests (playwright, headless chromium)"; npx playwright test
