#!/usr/bin/env bash
# examples/desk/loadtest/run.sh — the figures of issue 15 for a desk of
# STORIES stories of EVENTS events each, on loopback only:
#
#   1. export: time, peak memory (/usr/bin/time -v) and bytes written;
#   2. the server with the same stories: resident memory at rest and under
#      wrk, and the rates of 304s, identity 200s and gzip 200s for one
#      story's feed against nginx serving the export with nginx/desk.conf,
#      side by side, RUNS runs each (the median is printed);
#   3. reload: one story file changed among STORIES, the time until the
#      server sends the new version of the story's feed, and until the
#      combined feed has it.
#
#   bash examples/desk/loadtest/run.sh                       # 1000 × 100, 3 runs of 5 s
#   STORIES=100 EVENTS=20 RUNS=1 bash examples/desk/loadtest/run.sh
#   FROM_HEAD=1 bash examples/desk/loadtest/run.sh           # build the last commit
#
# It installs wrk, nginx-light and curl with apt-get if they are missing,
# starts everything on 127.0.0.1 with its own ports, bounds every wrk run
# by DURATION, MAX_REQUESTS per thread and a hard timeout, and stops all
# it started on exit. It is not part of `go test`. On a 2-core machine
# wrk shares the CPUs with the server under test, the same way for both
# servers.
set -euo pipefail

STORIES=${STORIES:-1000}
EVENTS=${EVENTS:-100}
RUNS=${RUNS:-3}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-16}
THREADS=${THREADS:-2}
MAX_REQUESTS=${MAX_REQUESTS:-5000000} # per wrk thread
GO_PORT=${GO_PORT:-18180}
NGINX_PORT=${NGINX_PORT:-18181}
WORKERS=${WORKERS:-$(nproc)}
POLL=${POLL:-100ms}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
desk=$(cd "$here/.." && pwd)
repo=$(cd "$here/../../.." && pwd)

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "run.sh: ${need[*]} missing and not root; install them with: sudo apt-get install -y ${need[*]}" >&2
		exit 1
	fi
	echo "installing ${need[*]} with apt-get" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/dev/null ||
		{ apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; }
fi

tmp=$(mktemp -d /tmp/samayrekha-desk-loadtest.XXXXXX)
chmod 0755 "$tmp" # nginx's workers read the export
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$GO_PORT" "$NGINX_PORT"; do
	port_free "$p" || { echo "run.sh: port $p on 127.0.0.1 is in use; set GO_PORT/NGINX_PORT" >&2; exit 1; }
done
wait_http() { # URL [TRIES]
	for _ in $(seq "${2:-300}"); do
		curl -fs -o /dev/null "$1" && return 0
		sleep 0.1
	done
	echo "run.sh: $1 did not come up" >&2
	return 1
}
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
rss_sum_kb() { local s=0 p; for p in "$@"; do s=$((s + $(rss_kb "$p"))); done; echo "$s"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else printf "%d\n", (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
now_ms() { date +%s%3N; }

# --- build -----------------------------------------------------------------
if [ "${FROM_HEAD:-0}" = 1 ]; then
	echo "building examples/desk from $(git -C "$repo" rev-parse --short HEAD)" >&2
	mkdir -p "$tmp/src"
	git -C "$repo" archive HEAD | tar -x -C "$tmp/src"
	(cd "$tmp/src" && go build -o "$tmp/desk" ./examples/desk)
else
	echo "building examples/desk from the working tree" >&2
	(cd "$repo" && go build -o "$tmp/desk" ./examples/desk)
fi
assets=$(cd "$repo" && ls -d internal/webpage/node_modules/@knight-lab/timelinejs/dist 2>/dev/null) ||
	{ echo "run.sh: TimelineJS missing: run npm ci --prefix internal/webpage" >&2; exit 1; }
assets="$repo/$assets"

"$tmp/desk" synth -out "$tmp/stories" -stories "$STORIES" -events "$EVENTS" >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs" >&2

# --- 1. export -------------------------------------------------------------
echo "exporting $STORIES stories × $EVENTS events" >&2
/usr/bin/time -v "$tmp/desk" export -dir "$tmp/stories" -out "$tmp/export" -assets "$assets" >"$tmp/export.out" 2>"$tmp/export.time"
cat "$tmp/export.out" >&2
exp_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/export.time")
exp_user=$(awk -F': ' '/User time/ {print $2}' "$tmp/export.time")
exp_sys=$(awk -F': ' '/System time/ {print $2}' "$tmp/export.time")
exp_rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/export.time")
exp_bytes=$(du -sb "$tmp/export" | cut -f1)
exp_files=$(find "$tmp/export" -type f | wc -l)
exp_load=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 2. the server and nginx -------------------------------------------------
"$tmp/desk" serve -dir "$tmp/stories" -addr "127.0.0.1:$GO_PORT" -assets "$assets" -poll "$POLL" >"$tmp/serve.out" 2>"$tmp/serve.log" &
go_pid=$!
pids+=("$go_pid")
start_ms=$(now_ms)
wait_http "http://127.0.0.1:$GO_PORT/" 1200
up_ms=$(($(now_ms) - start_ms))
mkdir -p "$tmp/nginx"
sed -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|" -e "s|@ROOT@|$tmp/export|" "$desk/nginx/desk.conf" >"$tmp/nginx/desk.conf"
sed -e "s|@TMP@|$tmp/nginx|g" -e "s|@WORKERS@|$WORKERS|" -e "s|@SERVER@|$tmp/nginx/desk.conf|" "$desk/nginx/main.conf.in" >"$tmp/nginx/nginx.conf"
/usr/sbin/nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" &
nginx_pid=$!
pids+=("$nginx_pid")
wait_http "http://127.0.0.1:$NGINX_PORT/"
nginx_pids() { echo "$nginx_pid" $(pgrep -P "$nginx_pid" || true); }

slug=$(printf 'story-%04d' $((STORIES / 2)))
path="/stories/$slug/hi/calendar.ics"
go_url="http://127.0.0.1:$GO_PORT$path"
nginx_url="http://127.0.0.1:$NGINX_PORT$path"
curl -fsS "$go_url" -o "$tmp/go.ics"
curl -fsS "$nginx_url" -o "$tmp/nginx.ics"
cmp -s "$tmp/go.ics" "$tmp/nginx.ics" || { echo "run.sh: nginx and the server send different bytes for $path" >&2; exit 1; }
size=$(stat -c %s "$tmp/go.ics")
etag() { curl -fsS -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }
go_etag=$(etag "$go_url")
nginx_etag=$(etag "$nginx_url")
go_gzetag=$(etag -H 'Accept-Encoding: gzip' "$go_url")
nginx_gzetag=$(etag -H 'Accept-Encoding: gzip' "$nginx_url")
gz_size=$(curl -fsS -H 'Accept-Encoding: gzip' "$go_url" | wc -c)
code() { curl -s -o /dev/null -w '%{http_code} %header{content-encoding}' "$@"; }
for u in "$go_url|$go_etag" "$nginx_url|$nginx_etag"; do
	url=${u%%|*} tag=${u#*|}
	[ "$(code -H "If-None-Match: $tag" "$url")" = "304 " ] || { echo "run.sh: $url: conditional GET is not a 304" >&2; exit 1; }
	[ "$(code "$url")" = "200 " ] || { echo "run.sh: $url: GET is not a plain 200" >&2; exit 1; }
	[ "$(code -H 'Accept-Encoding: gzip' "$url")" = "200 gzip" ] || { echo "run.sh: $url: not gzipped" >&2; exit 1; }
done

sleep 2 # at rest: started, the combined feed rendered, nothing asked
go_rss_rest=$(rss_kb "$go_pid")
nginx_rss_rest=$(rss_sum_kb $(nginx_pids))

cat >"$tmp/bound.lua" <<EOF
-- Stop each wrk thread after $MAX_REQUESTS requests (-d bounds the time).
local max, n = $MAX_REQUESTS, 0
local req
function init(args) req = wrk.format() end
function request()
	n = n + 1
	if n > max then wrk.thread:stop() end
	return req
end
EOF
run_wrk() { # NAME URL [HEADER...] -> requests/sec
	local name=$1 url=$2
	shift 2
	local args=(-t "$THREADS" -c "$CONNS" -d "$DURATION" -s "$tmp/bound.lua")
	for h in "$@"; do args+=(-H "$h"); done
	timeout 120 wrk "${args[@]}" "$url" >"$tmp/wrk-$name.txt" 2>&1 || { cat "$tmp/wrk-$name.txt" >&2; return 1; }
	if grep -qE 'Non-2xx or 3xx|Socket errors' "$tmp/wrk-$name.txt"; then
		echo "run.sh: $name: $(grep -E 'Non-2xx or 3xx|Socket errors' "$tmp/wrk-$name.txt")" >&2
	fi
	awk '/^Requests\/sec:/ {printf "%d\n", $2}' "$tmp/wrk-$name.txt"
}
declare -A rates
for run in $(seq "$RUNS"); do
	for s in 304 full gzip; do
		for srv in go nginx; do
			if [ $srv = go ]; then url=$go_url tag=$go_etag gztag=$go_gzetag; else url=$nginx_url tag=$nginx_etag gztag=$nginx_gzetag; fi
			case $s in
			304) hdrs=("If-None-Match: $tag") ;;
			full) hdrs=() ;;
			gzip) hdrs=("Accept-Encoding: gzip") ;;
			esac
			echo "run $run: $s against $srv" >&2
			r=$(run_wrk "$s-$srv-$run" "$url" "${hdrs[@]}")
			rates[$s,$srv]="${rates[$s,$srv]:-} $r"
		done
	done
done
go_rss_load=$(rss_kb "$go_pid")
go_hwm=$(hwm_kb "$go_pid")
nginx_rss_load=$(rss_sum_kb $(nginx_pids))

# --- 3. reload of one changed story --------------------------------------------
edit="story-$(printf '%04d' $((STORIES / 3)))"
file="$tmp/stories/$edit.json"
marker="edited-$(date +%s)"
python3 - "$file" "$marker" <<'EOF'
import json, os, sys
path, marker = sys.argv[1], sys.argv[2]
d = json.load(open(path))
# First in the title, so that no folded line of the feed splits it.
d["events"][0]["title"]["en"] = marker + " " + d["events"][0]["title"]["en"]
tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
json.dump(d, open(tmp, "w"), ensure_ascii=False, indent=2)
os.replace(tmp, path)  # an editor's atomic save
EOF
t0=$(now_ms)
story_ms=""
combined_ms=""
day=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['events'][0]['when']['start'][:10])" "$file")
next=$(date -d "$day + 1 day" +%F)
for _ in $(seq 3000); do
	if [ -z "$story_ms" ] && curl -fs "http://127.0.0.1:$GO_PORT/stories/$edit/en/calendar.ics" | grep -q "$marker"; then
		story_ms=$(($(now_ms) - t0))
	fi
	if [ -z "$combined_ms" ] && curl -fs "http://127.0.0.1:$GO_PORT/calendar.ics?from=$day&to=$next&lang=en" | grep -q "$marker"; then
		combined_ms=$(($(now_ms) - t0))
	fi
	[ -n "$story_ms" ] && [ -n "$combined_ms" ] && break
	sleep 0.01
done

# --- the figures ------------------------------------------------------------------
echo
echo "desk of $STORIES stories × $EVENTS events; $(nproc) CPUs; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "export:  wall $exp_wall, CPU ${exp_user}s user + ${exp_sys}s system, peak RSS $((exp_rss / 1024)) MiB"
echo "         $exp_files files, $exp_bytes bytes ($(numfmt --to=iec "$exp_bytes")); load average then $exp_load"
echo
echo "server:  up in ${up_ms} ms; RSS at rest $((go_rss_rest / 1024)) MiB, after the wrk runs $((go_rss_load / 1024)) MiB (peak $((go_hwm / 1024)) MiB)"
echo "         nginx (master + workers): $((nginx_rss_rest / 1024)) MiB at rest, $((nginx_rss_load / 1024)) MiB after"
echo
echo "$path: $size bytes identity, $gz_size gzipped; wrk -t$THREADS -c$CONNS -d$DURATION; requests/s, median of $RUNS runs (all runs)"
printf '%-26s %24s %24s %7s  %s\n' "scenario" "desk server" "nginx (export)" "ratio" "target"
for s in 304 full gzip; do
	g=$(echo ${rates[$s,go]} | tr ' ' '\n' | median)
	n=$(echo ${rates[$s,nginx]} | tr ' ' '\n' | median)
	case $s in 304) label="conditional GET → 304" target="≥ 0.5" ;; full) label="GET, identity 200" target="≥ 1" ;; gzip) label="GET, gzip 200" target="-" ;; esac
	printf '%-26s %8d (%13s) %8d (%13s) %7s  %s\n' "$label" "$g" "$(echo ${rates[$s,go]} | tr ' ' ',')" "$n" "$(echo ${rates[$s,nginx]} | tr ' ' ',')" "$(ratio "$g" "$n")" "$target"
done
echo
echo "reload (-poll $POLL): one story changed among $STORIES: its feed new after ${story_ms:-?} ms, the combined feed after ${combined_ms:-?} ms"
if [ "${KEEP:-0}" = 1 ]; then
	mkdir -p loadtest-out && cp "$tmp"/wrk-*.txt "$tmp"/export.* "$tmp"/serve.log loadtest-out/
fi
