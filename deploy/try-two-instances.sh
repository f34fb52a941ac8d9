#!/usr/bin/env bash
# Tries deploy/nginx/wijkbeeld.conf for real: a throwaway PostgreSQL with the demo, two instances of the
# production build on 127.0.0.1:3001 and :3002, nginx on :8080 in front, and checks with curl:
#   (a) / answers 200 through the proxy
#   (b) requests are spread over both instances, and either instance alone still serves / (the other stopped)
#   (c) a session started through the proxy works whichever instance answers; the app sees the client address
#   (d) the public snapshot is a MISS, then a HIT in the proxy cache; a raad snapshot is never cached
#   (e) request bodies up to 20 MB pass (XLSX uploads), larger ones are refused by nginx
# Prints PASS/FAIL per check, exits non-zero on any failure, and removes everything it started on exit.
# Needs: the production build (npm run build), nginx (apt-get install nginx), PostgreSQL (scripts/pg-cluster.sh
# installs it when missing), curl. Run from anywhere: bash deploy/try-two-instances.sh
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
conf="$root/deploy/nginx/wijkbeeld.conf"
proxy=http://localhost:8080
gemeente=GM0546

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
die() { echo "ERROR $*" >&2; exit 2; }

# ---- clean-up of everything below, however the script ends -------------------------------------------
work=""
pg_dir=""
nginx_pid=""
declare -A app_pid=()

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
		kill -QUIT "$nginx_pid" 2>/dev/null
		wait "$nginx_pid" 2>/dev/null
	fi
	for port in "${!app_pid[@]}"; do stop_instance "$port"; done
	if [ -n "$pg_dir" ]; then bash "$root/scripts/pg-cluster.sh" stop "$pg_dir" || true; fi
	if [ -n "$work" ]; then rm -rf "$work"; fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- preconditions -----------------------------------------------------------------------------------
[ -f "$root/build/index.js" ] || die "no production build in $root/build; run npm run build first"
command -v nginx >/dev/null || die "nginx is missing; apt-get install -y nginx"
command -v curl >/dev/null || die "curl is missing"
for port in 3001 3002 8080; do
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is already in use"; fi
done

work=$(mktemp -d /tmp/wijkbeeld-proxy.XXXXXX)
# nginx's workers run as an unprivileged user when started as root: they must be able to reach the prefix.
chmod 755 "$work"
mkdir -p "$work/nginx/logs"
access_log="$work/nginx/logs/access.log"
jar="$work/cookies.txt"

# ---- PostgreSQL with the demo ------------------------------------------------------------------------
echo "== starting a throwaway PostgreSQL cluster"
line=$(bash "$root/scripts/pg-cluster.sh" start | tail -n 1) || die "could not start PostgreSQL"
pg_dir=${line%% *}
db_url=${line#* }
echo "   $db_url"
echo "== seeding the demo"
(cd "$root" && DATABASE_URL="$db_url" npx tsx scripts/seed-demo.ts) || die "seeding failed"

# ---- the two instances -------------------------------------------------------------------------------
start_instance() {
	local port=$1
	(
		cd "$root" && exec env PORT="$port" ORIGIN="$proxy" ADDRESS_HEADER=X-Forwarded-For XFF_DEPTH=1 \
			DATABASE_URL="$db_url" WIJKBEELD_GEMEENTE="$gemeente" BODY_SIZE_LIMIT=20M \
			node scripts/serve.js
	) >>"$work/app-$port.log" 2>&1 &
	app_pid[$port]=$!
	local i
	for i in $(seq 1 120); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/")" != 000 ]; then return 0; fi
		kill -0 "${app_pid[$port]}" 2>/dev/null || { tail -n 20 "$work/app-$port.log" >&2; die "instance on :$port exited"; }
		sleep 0.5
	done
	tail -n 20 "$work/app-$port.log" >&2
	die "instance on :$port did not answer within 60 s"
}

stop_instance() {
	local port=$1 pid=${app_pid[$1]:-}
	[ -n "$pid" ] || return 0
	kill -TERM "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	unset "app_pid[$port]"
}

echo "== starting instances on :3001 and :3002"
start_instance 3001
start_instance 3002

# ---- nginx -------------------------------------------------------------------------------------------
echo "== starting nginx on :8080 with $conf"
nginx -t -q -c "$conf" -p "$work/nginx/" -e "$work/nginx/logs/error.log" || die "nginx rejects the config"
nginx -c "$conf" -p "$work/nginx/" -e "$work/nginx/logs/error.log" -g 'daemon off;' &
nginx_pid=$!
for i in $(seq 1 50); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$proxy/")" != 000 ] && break
	kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/logs/error.log" >&2; die "nginx exited"; }
	sleep 0.2
done

# ---- helpers -----------------------------------------------------------------------------------------
# Every checked request carries a unique ?probe=… so its line in the access log says which instance answered.
# A counter in a file, so tags stay unique across the subshells of $(…).
probe() {
	local n
	n=$(($(cat "$work/probe" 2>/dev/null || echo 0) + 1))
	echo "$n" >"$work/probe"
	echo "$1-$n"
}
# The upstream field of the request tagged $1: "127.0.0.1:3001", "-" (answered from the cache), or
# "127.0.0.1:3001, 127.0.0.1:3002" (first refused, then the other).
upstream_of() { grep -F "probe=$1 " "$access_log" | tail -n 1 | sed -E 's/.* upstream=(.*) cache=.*/\1/'; }
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@"; }
# The instance that finally answered (the last address of the upstream field).
answered_by() { upstream_of "$1" | sed -E 's/.*, //'; }

# GET $proxy$1 n times (tagged); echo "<status> <upstream>" per request.
get_n() {
	local path=$1 n=$2 tag i sep
	shift 2
	case "$path" in *\?*) sep='&' ;; *) sep='?' ;; esac
	for i in $(seq 1 "$n"); do
		tag=$(probe g)
		echo "$(status_of "$@" "$proxy$path${sep}probe=$tag") $(upstream_of "$tag")"
	done
}

# Waits until nginx sends a request to instance :$1 again (it skips a failed instance for fail_timeout).
wait_until_used() {
	local port=$1 i tag
	for i in $(seq 1 60); do
		tag=$(probe w)
		status_of "$proxy/?probe=$tag" >/dev/null
		[[ "$(upstream_of "$tag")" == *"127.0.0.1:$port" ]] && return 0
		sleep 0.5
	done
	return 1
}

report() { sed 's/^/     /'; }

echo
echo "== checks"

# ---- (a) / through the proxy -------------------------------------------------------------------------
tag=$(probe a)
code=$(status_of "$proxy/?probe=$tag")
if [ "$code" = 200 ]; then pass "(a) / answers 200 through the proxy (served by $(upstream_of "$tag"))"
else fail "(a) / answers $code through the proxy, expected 200"; fi

# ---- (b) spread over both instances; each one alone still serves --------------------------------------
out=$(get_n / 6)
echo "$out" | report
if ! echo "$out" | grep -qv '^200 '; then
	if echo "$out" | grep -q ':3001$' && echo "$out" | grep -q ':3002$'; then pass "(b1) 6 requests: all 200, spread over both instances"
	else fail "(b1) 6 requests all 200 but not spread over both instances"; fi
else fail "(b1) not every request answered 200"; fi

check_alone() {
	local down=$1 up=$2 label=$3 out
	stop_instance "$down"
	out=$(get_n / 4)
	echo "$out" | report
	if echo "$out" | grep -qv '^200 '; then fail "$label with :$down stopped, not every request answered 200"
	elif echo "$out" | grep -qv "127.0.0.1:$up\$"; then fail "$label with :$down stopped, a request was not answered by :$up"
	else pass "$label with :$down stopped, / still answers 200 (all by :$up)"; fi
}
check_alone 3001 3002 "(b2)"
start_instance 3001
if wait_until_used 3001; then pass "(b3) :3001 restarted and back in rotation"; else fail "(b3) nginx did not use :3001 again"; fi
check_alone 3002 3001 "(b4)"
start_instance 3002
if wait_until_used 3002; then pass "(b5) :3002 restarted and back in rotation"; else fail "(b5) nginx did not use :3002 again"; fi
out=$(get_n / 4)
echo "$out" | report
if ! echo "$out" | grep -qv '^200 ' && echo "$out" | grep -q ':3001$' && echo "$out" | grep -q ':3002$'; then
	pass "(b6) both instances up again: all 200, spread over both"
else fail "(b6) both instances up again, but not all 200 or not spread"; fi

# ---- (c) a session through the proxy, whichever instance answers --------------------------------------
# The client claims an address of its own in X-Forwarded-For; with XFF_DEPTH=1 the app must take the address
# nginx appended (127.0.0.1), not the claimed one. Accept: text/html as a browser's form post sends it; with
# curl's default Accept: */* SvelteKit answers a form action with JSON (200, {"type":"redirect",…}) instead of 303.
tag=$(probe login)
headers=$(curl -s -o /dev/null -D - --max-time 20 -c "$jar" \
	-H "Origin: $proxy" -H 'Accept: text/html' -H 'X-Forwarded-For: 203.0.113.7' \
	--data-urlencode 'email=beleid@demo.wijkbeeld.nl' --data-urlencode 'wachtwoord=demo-beleid-2025' --data-urlencode 'terug=/' \
	"$proxy/login?probe=$tag")
code=$(echo "$headers" | head -n 1 | awk '{print $2}')
location=$(echo "$headers" | tr -d '\r' | grep -i '^location:' | awk '{print $2}')
if [ "$code" = 303 ] && grep -q wijkbeeld_sessie "$jar"; then
	pass "(c1) POST /login through the proxy: 303 to $location with a session cookie (served by $(upstream_of "$tag"))"
else fail "(c1) POST /login through the proxy: $code, cookie $(grep -c wijkbeeld_sessie "$jar" 2>/dev/null || echo 0), expected 303 and a cookie"; fi

out=$(get_n /beheer/publicaties 6 -b "$jar")
echo "$out" | report
if echo "$out" | grep -qv '^200 '; then fail "(c2) GET /beheer/publicaties with the cookie: not every request answered 200"
elif echo "$out" | grep -q ':3001$' && echo "$out" | grep -q ':3002$'; then pass "(c2) GET /beheer/publicaties with the cookie: 6 × 200, answered by both instances"
else fail "(c2) GET /beheer/publicaties: all 200, but not answered by both instances"; fi
code=$(status_of "$proxy/beheer/publicaties")
if [ "$code" = 303 ]; then pass "(c3) the same page without the cookie: 303 to the login page"
else fail "(c3) the same page without the cookie: $code, expected 303"; fi

ip=$(psql "$db_url" -Atc "select ip from audit_log where action = 'login' order by created_at desc limit 1" 2>&1)
if [ "$ip" = 127.0.0.1 ]; then pass "(c4) the audit log has the client address nginx saw (127.0.0.1), not the one the client claimed"
else fail "(c4) the audit log has ip '$ip' for the sign-in, expected 127.0.0.1"; fi

# ---- (d) the proxy cache: public snapshot cached, raad snapshot never ---------------------------------
snapshot=$(curl -s --max-time 10 "$proxy/" | grep -oE "/api/snapshot/$gemeente/openbaar/[0-9]+" | head -n 1)
if [ -z "$snapshot" ]; then
	fail "(d) no public snapshot URL in the HTML of /"
else
	echo "     public snapshot: $snapshot"
	cache_status() { tr -d '\r' | grep -i '^x-cache-status:' | awk '{print $2}'; }
	header() { tr -d '\r' | grep -i "^$1:" | sed -E 's/^[^:]+: *//'; }
	s1=$(curl -s -o /dev/null -D - --max-time 10 "$proxy$snapshot" | cache_status)
	h2=$(curl -s -o /dev/null -D - --max-time 10 -w 'status=%{http_code} size=%{size_download}\n' "$proxy$snapshot")
	s2=$(echo "$h2" | cache_status)
	echo "     1st: X-Cache-Status $s1; 2nd: X-Cache-Status $s2, cache-control: $(echo "$h2" | header cache-control)"
	if [ "$s1" = MISS ] && [ "$s2" = HIT ]; then pass "(d1) public snapshot: MISS, then HIT"
	else fail "(d1) public snapshot: '$s1' then '$s2', expected MISS then HIT"; fi

	# Vary: Accept-Encoding: the gzipped variant is a separate cache entry, never served to a client without gzip.
	g1=$(curl -s -o /dev/null -D - --max-time 10 -H 'Accept-Encoding: gzip' "$proxy$snapshot")
	g2=$(curl -s -o /dev/null -D - --max-time 10 -H 'Accept-Encoding: gzip' "$proxy$snapshot")
	p3=$(curl -s -o /dev/null -D - --max-time 10 "$proxy$snapshot")
	echo "     gzip: $(echo "$g1" | cache_status) then $(echo "$g2" | cache_status) ($(echo "$g2" | header content-encoding)); plain again: $(echo "$p3" | cache_status) (content-encoding '$(echo "$p3" | header content-encoding)')"
	if [ "$(echo "$g1" | cache_status)" = MISS ] && [ "$(echo "$g2" | cache_status)" = HIT ] && [ "$(echo "$g2" | header content-encoding)" = gzip ] \
		&& [ "$(echo "$p3" | cache_status)" = HIT ] && [ -z "$(echo "$p3" | header content-encoding)" ]; then
		pass "(d2) gzip variant cached separately (Vary: Accept-Encoding honoured)"
	else fail "(d2) gzip variant not kept apart from the plain one"; fi

	raad=${snapshot/\/openbaar\//\/raad\/}
	echo "     raad snapshot: $raad"
	ok=1
	for i in 1 2 3; do
		tag=$(probe raad)
		h=$(curl -s -o /dev/null -D - --max-time 10 -b "$jar" -w 'status=%{http_code}\n' "$proxy$raad?probe=$tag")
		code=$(echo "$h" | grep -oE 'status=[0-9]+' | cut -d= -f2)
		up=$(upstream_of "$tag")
		echo "     $code X-Cache-Status '$(echo "$h" | cache_status)' cache-control '$(echo "$h" | header cache-control)' upstream=$up"
		if [ "$code" != 200 ] || [ -n "$(echo "$h" | cache_status)" ] || [ "$up" = - ] || [ -z "$up" ]; then ok=0; fi
	done
	if [ "$ok" = 1 ]; then pass "(d3) raad snapshot with the cookie: 3 × 200, each from an instance, never from the proxy cache"
	else fail "(d3) raad snapshot was cached by the proxy, or did not answer 200"; fi
	tag=$(probe raad-anon)
	code=$(status_of "$proxy$raad?probe=$tag")
	if [ "$code" = 403 ]; then pass "(d4) raad snapshot without the cookie: 403 (the cached public snapshot does not stand in)"
	else fail "(d4) raad snapshot without the cookie: $code, expected 403"; fi
fi

# ---- (e) request body size ---------------------------------------------------------------------------
# 5 MB passes nginx and the instance's own limit (BODY_SIZE_LIMIT=20M; adapter-node's default 512K would
# answer 413 itself); /login then refuses the body for not being a form (415), which is fine here.
# 21 MB is refused by nginx before any instance sees it.
body="$work/body.bin"
head -c $((5 * 1024 * 1024)) /dev/zero >"$body"
tag=$(probe body5)
code=$(status_of -H "Origin: $proxy" -H 'Content-Type: application/octet-stream' --data-binary "@$body" "$proxy/login?probe=$tag")
up=$(upstream_of "$tag")
if [ "$code" != 413 ] && [ "$up" != - ] && [ -n "$up" ]; then pass "(e1) a 5 MB request body reaches an instance ($up answered $code, not 413)"
else fail "(e1) a 5 MB request body answered $code (upstream '$up'), expected it to reach an instance without 413"; fi
head -c $((21 * 1024 * 1024)) /dev/zero >"$body"
tag=$(probe body21)
code=$(status_of -H "Origin: $proxy" -H 'Content-Type: application/octet-stream' --data-binary "@$body" "$proxy/login?probe=$tag")
up=$(upstream_of "$tag")
if [ "$code" = 413 ] && [ "$up" = - ]; then pass "(e2) a 21 MB request body is refused by nginx with 413, no instance involved"
else fail "(e2) a 21 MB request body answered $code (upstream '$up'), expected 413 from nginx"; fi

echo
if [ "$failures" -eq 0 ]; then echo "ALL CHECKS PASSED"; exit 0; fi
echo "$failures CHECK(S) FAILED"
echo "--- nginx error log"; tail -n 20 "$work/nginx/logs/error.log"
for port in 3001 3002; do echo "--- instance :$port log"; tail -n 20 "$work/app-$port.log"; done
exit 1
