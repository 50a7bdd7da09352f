#!/usr/bin/env bash
# examples/feed/loadtest/run.sh — load-test the calendar feed (examples/feed) against
# nginx serving the very same bytes as a static file, side by side.
#
#   bash examples/feed/loadtest/run.sh                    # defaults below
#   EVENTS=1000 DURATION=5s CONNS=64 bash examples/feed/loadtest/run.sh
#   FROM_HEAD=1 bash examples/feed/loadtest/run.sh        # build the last commit, not the working tree
#
# What it does:
#   1. installs Debian's wrk and nginx-light with apt-get if they are missing;
#   2. builds and starts `examples/feed -events $EVENTS -lang en` on loopback;
#   3. fetches the feed's bytes once and puts them in the root of an nginx
#      started on loopback with its own config (nginx.conf.in, beside this script),
#      pid file, logs and temp folders, all in a temporary directory;
#   4. runs wrk against both for each scenario:
#        304    conditional GET with If-None-Match (each server's own ETag)
#        full   GET without Accept-Encoding: the whole identity body
#        gzip   GET with Accept-Encoding: gzip (ours: compressed once per
#               version; nginx: gzip on the fly, level 1, its default)
#      each bounded by DURATION and by MAX_REQUESTS per wrk thread
#      (a wrk Lua script stops a thread when it reaches it; a run that hits
#      it is flagged, since wrk still divides by DURATION), and by a hard
#      `timeout`;
#   5. prints a table of requests per second, the ratio ours/nginx and the
#      target, and the resident memory (VmRSS) of both servers before and
#      after; it kills everything it started on exit.
#
# It is not part of `go test` (too long and too noisy for CI). On a
# 2-core machine wrk shares the CPUs with the server under test, the same
# way for both servers.
set -euo pipefail

EVENTS=${EVENTS:-1000}
DURATION=${DURATION:-5s}
# 16 connections reproduce the issue's nginx figure (about 120 000 304s a
# second); with 64 nginx gains and Go's net/http loses (see README.md).
CONNS=${CONNS:-16}
THREADS=${THREADS:-2}
MAX_REQUESTS=${MAX_REQUESTS:-5000000} # per wrk thread
GO_PORT=${GO_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORKERS=${WORKERS:-$(nproc)}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
	echo "installing ${need[*]} with apt-get" >&2
	if [ "$(id -u)" -ne 0 ]; then
		echo "run.sh: ${need[*]} missing and not root; install them with: sudo apt-get install -y ${need[*]}" >&2
		exit 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/dev/null ||
		{ apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; }
fi

tmp=$(mktemp -d /tmp/samayrekha-loadtest.XXXXXX)
pids=()
cleanup() {
	for p in "${pids[@]}"; do
		kill "$p" 2>/dev/null || true
	done
	for p in "${pids[@]}"; do
		wait "$p" 2>/dev/null || true
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
[ "${DEBUG:-0}" = 1 ] && trap 'cat "$tmp"/nginx/nginx-error.log >&2 2>/dev/null; cleanup' EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$GO_PORT" "$NGINX_PORT"; do
	port_free "$p" || { echo "run.sh: port $p on 127.0.0.1 is in use; set GO_PORT/NGINX_PORT" >&2; exit 1; }
done

wait_http() { # URL
	for _ in $(seq 100); do
		curl -fs -o /dev/null "$1" && return 0
		sleep 0.1
	done
	echo "run.sh: $1 did not come up" >&2
	return 1
}
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; } # peak RSS
rss_sum_kb() { # PIDS... (nginx master and workers)
	local s=0 p
	for p in "$@"; do s=$((s + $(rss_kb "$p"))); done
	echo "$s"
}

# --- our server -----------------------------------------------------------
if [ "${FROM_HEAD:-0}" = 1 ]; then
	# Build the committed tree, not the working tree (others' edits in progress).
	echo "building examples/feed from $(git -C "$repo" rev-parse --short HEAD)" >&2
	mkdir -p "$tmp/src"
	git -C "$repo" archive HEAD | tar -x -C "$tmp/src"
	(cd "$tmp/src" && go build -o "$tmp/feed" ./examples/feed)
else
	echo "building examples/feed from the working tree" >&2
	(cd "$repo" && go build -o "$tmp/feed" ./examples/feed)
fi
"$tmp/feed" -addr "127.0.0.1:$GO_PORT" -events "$EVENTS" -lang en >"$tmp/feed.log" 2>&1 &
go_pid=$!
pids+=("$go_pid")
go_url="http://127.0.0.1:$GO_PORT/calendar.ics"
wait_http "$go_url"

# --- nginx with the very same bytes ----------------------------------------
mkdir -p "$tmp/root" "$tmp/nginx"
curl -fsS -o "$tmp/root/calendar.ics" "$go_url"
# nginx workers run as another user when the script runs as root.
chmod 0755 "$tmp" "$tmp/root" && chmod 0644 "$tmp/root/calendar.ics"
sed -e "s|@TMP@|$tmp/nginx|g" -e "s|@ROOT@|$tmp/root|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@WORKERS@|$WORKERS|g" \
	"$here/nginx.conf.in" >"$tmp/nginx/nginx.conf"
/usr/sbin/nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/nginx-error.log" &
nginx_pid=$!
pids+=("$nginx_pid")
nginx_url="http://127.0.0.1:$NGINX_PORT/calendar.ics"
wait_http "$nginx_url"
nginx_pids() { echo "$nginx_pid" $(pgrep -P "$nginx_pid" || true); }

size=$(stat -c %s "$tmp/root/calendar.ics")
curl -fsS "$nginx_url" | cmp -s - "$tmp/root/calendar.ics" || { echo "run.sh: nginx does not serve the same bytes" >&2; exit 1; }
etag() { curl -fsS -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }
go_etag=$(etag "$go_url")
nginx_etag=$(etag "$nginx_url")
go_gz=$(curl -fsS -H 'Accept-Encoding: gzip' "$go_url" | wc -c)
nginx_gz=$(curl -fsS -H 'Accept-Encoding: gzip' "$nginx_url" | wc -c)

# Check that each scenario gets the answer it is meant to measure.
code() { curl -s -o /dev/null -w '%{http_code} %header{content-encoding}' "$@"; }
for u in "$go_url|$go_etag" "$nginx_url|$nginx_etag"; do
	url=${u%%|*} tag=${u#*|}
	[ "$(code -H "If-None-Match: $tag" "$url")" = "304 " ] || { echo "run.sh: $url: conditional GET is not a 304" >&2; exit 1; }
	[ "$(code "$url")" = "200 " ] || { echo "run.sh: $url: GET is not a plain 200" >&2; exit 1; }
	[ "$(code -H 'Accept-Encoding: gzip' "$url")" = "200 gzip" ] || { echo "run.sh: $url: not gzipped" >&2; exit 1; }
done

cat >"$tmp/bound.lua" <<EOF
-- Stop each wrk thread after $MAX_REQUESTS requests (the -d duration
-- bounds the time). Counting in request() keeps wrk from copying every
-- response body into Lua, which a response() hook would do.
local max, n = $MAX_REQUESTS, 0
local req
function init(args) req = wrk.format() end
function request()
	n = n + 1
	if n > max then wrk.thread:stop() end
	return req
end
EOF

# run_wrk NAME URL [HEADER] -> prints requests/sec; keeps the output.
run_wrk() {
	local name=$1 url=$2 hdr=${3:-}
	local args=(-t "$THREADS" -c "$CONNS" -d "$DURATION" -s "$tmp/bound.lua")
	[ -n "$hdr" ] && args+=(-H "$hdr")
	timeout 120 wrk "${args[@]}" "$url" >"$tmp/wrk-$name.txt" 2>&1 || { cat "$tmp/wrk-$name.txt" >&2; return 1; }
	if grep -qE 'Non-2xx or 3xx|Socket errors' "$tmp/wrk-$name.txt"; then
		echo "run.sh: $name: $(grep -E 'Non-2xx or 3xx|Socket errors' "$tmp/wrk-$name.txt")" >&2
	fi
	local n
	n=$(awk '/ requests in / {print $1}' "$tmp/wrk-$name.txt")
	if [ $((${n:-0} * 100)) -ge $((95 * THREADS * MAX_REQUESTS)) ]; then
		# wrk divides by the whole duration even when the threads stopped early.
		echo "$name: hit MAX_REQUESTS ($n requests) before $DURATION; its rate is understated" >>"$tmp/notes"
	fi
	awk '/^Requests\/sec:/ {printf "%d", $2}' "$tmp/wrk-$name.txt"
}

go_rss0=$(rss_kb "$go_pid")
nginx_rss0=$(rss_sum_kb $(nginx_pids))
echo "feed: $EVENTS events, $size bytes identity, $go_gz bytes gzipped by us, $nginx_gz bytes gzipped by nginx" >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "wrk: $THREADS threads, $CONNS connections, $DURATION (at most $MAX_REQUESTS requests per thread) per run" >&2

declare -A rate
for s in 304 full gzip; do
	for srv in go nginx; do
		if [ $srv = go ]; then url=$go_url tag=$go_etag; else url=$nginx_url tag=$nginx_etag; fi
		case $s in
		304) hdr="If-None-Match: $tag" ;;
		full) hdr="" ;;
		gzip) hdr="Accept-Encoding: gzip" ;;
		esac
		echo "running $s against $srv" >&2
		rate[$s,$srv]=$(run_wrk "$s-$srv" "$url" "$hdr")
	done
done
go_rss1=$(rss_kb "$go_pid")
go_hwm=$(hwm_kb "$go_pid")
nginx_rss1=$(rss_sum_kb $(nginx_pids))

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
echo
printf '%-34s %14s %14s %8s  %s\n' "scenario" "feed req/s" "nginx req/s" "ratio" "target"
printf '%-34s %14s %14s %8s  %s\n' "conditional GET → 304" "${rate[304,go]}" "${rate[304,nginx]}" "$(ratio "${rate[304,go]}" "${rate[304,nginx]}")" "> 0.5"
printf '%-34s %14s %14s %8s  %s\n' "full GET, identity ($size B)" "${rate[full,go]}" "${rate[full,nginx]}" "$(ratio "${rate[full,go]}" "${rate[full,nginx]}")" "> 0.5"
printf '%-34s %14s %14s %8s  %s\n' "GET gzip ($go_gz B / $nginx_gz B)" "${rate[gzip,go]}" "${rate[gzip,nginx]}" "$(ratio "${rate[gzip,go]}" "${rate[gzip,nginx]}")" "far above 1"
[ -s "$tmp/notes" ] && { echo; cat "$tmp/notes"; }
echo
printf 'RSS before/after the runs: feed %d → %d KB (peak %d KB); nginx (master + workers) %d → %d KB\n' \
	"$go_rss0" "$go_rss1" "$go_hwm" "$nginx_rss0" "$nginx_rss1"
printf 'load average at the end: %s (on %d CPUs; other work on the machine skews both columns)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
echo "wrk outputs: kept only while running (set KEEP=1 to copy them to ./loadtest-out)"
if [ "${KEEP:-0}" = 1 ]; then
	mkdir -p loadtest-out && cp "$tmp"/wrk-*.txt "$tmp/feed.log" loadtest-out/
fi
