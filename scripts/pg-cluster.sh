#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the benchmark, on a free port on 127.0.0.1.
#   scripts/pg-cluster.sh start   installs Debian's postgresql when missing, creates and starts a cluster in a
#                                 new temporary folder, and prints `<folder> <url>` on its last line
#   scripts/pg-cluster.sh stop <folder>   stops that cluster and removes its folder
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		echo "PostgreSQL is missing. Install Debian's postgresql package (apt-get install postgresql) or run as root." >&2
		exit 1
	fi
}

bindir() {
	local dir
	dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
	[ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

run_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
	local bin
	if ! bin=$(bindir); then
		echo "== installing Debian's postgresql for the tests" >&2
		as_root apt-get update -qq >&2
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
		bin=$(bindir) || { echo "postgresql installed, but initdb was not found under /usr/lib/postgresql" >&2; exit 1; }
	fi
	local dir port
	dir=$(mktemp -d /tmp/wijkbeeld-pg.XXXXXX)
	chmod 755 "$dir"
	if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
	port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
	run_as_owner "$bin/initdb" -D "$dir/data" -U wijkbeeld -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
	# Durability is not needed for a throwaway test cluster; speed is.
	run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
	echo "$dir postgres://wijkbeeld@127.0.0.1:$port/postgres"
}

stop() {
	local dir=${1:?usage: pg-cluster.sh stop <folder>}
	case "$dir" in /tmp/wijkbeeld-pg.*) ;; *) echo "refusing to remove $dir: not a cluster made by this script" >&2; exit 1 ;; esac
	local bin
	if bin=$(bindir) && [ -d "$dir/data" ]; then run_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
	rm -rf "$dir"
}

case "${1:-}" in
	start) start ;;
	stop) stop "${2:-}" ;;
	*) echo "usage: $0 start | stop <folder>" >&2; exit 2 ;;
esac
