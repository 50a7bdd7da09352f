#!/usr/bin/env bash
# Writes the import tests' calendars that programs installed here produce
# (issue 13) into ical/testdata/import/programs/PROGRAM/:
#
#   calcurse/  calcurse's own export (calcurse -xical) of calendars it imported
#   khal/      the items khal writes into its vdir for `khal new` and `khal import`
#   radicale/  what Radicale stores after vdirsyncer uploads khal's vdir over CalDAV
#   icaljs/    calendars built and serialized by ical.js (corpus/icaljs-make.mjs)
#
# Install the programs first (.ci/install-interop.sh). The output holds the
# programs' own DTSTAMPs and UIDs, so each run writes new files; commit
# them when the programs change. Run from anywhere:
#
#   bash ical/interop/corpus/make.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ical=$(cd "$here/../.." && pwd)
out="$ical/testdata/import/programs"
fixtures="$ical/testdata/import"
tmp=$(mktemp -d)
radicale_pid=
cleanup() {
	if [ -n "$radicale_pid" ]; then kill "$radicale_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
export TZ=UTC LC_ALL=C.UTF-8 HOME="$tmp"
for p in calcurse khal vdirsyncer node; do
	command -v "$p" >/dev/null || { echo "make.sh: $p not found; run .ci/install-interop.sh" >&2; exit 1; }
done
/usr/bin/python3 -c 'import radicale' || { echo "make.sh: radicale not importable" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"/{calcurse,khal,radicale,icaljs}

# calcurse: import the producer fixtures and our own seed feed, export.
mkdir -p "$tmp/cc/data" "$tmp/cc/conf"
for f in google android thunderbird rfc5545-recurrence; do
	calcurse -q -D "$tmp/cc/data" -C "$tmp/cc/conf" -i "$fixtures/$f.ics" >/dev/null 2>&1 || true
done
calcurse -q -D "$tmp/cc/data" -C "$tmp/cc/conf" -i "$ical/testdata/seed-en.ics" >/dev/null 2>&1 || true
calcurse -D "$tmp/cc/data" -C "$tmp/cc/conf" -xical >"$out/calcurse/export.ics"

# khal: a calendar made with `khal new` (times in zones, all-day, weekly
# with an end, yearly) and with `khal import` of the Google and Outlook
# fixtures; khal writes one .ics item per event into its vdir.
mkdir -p "$tmp/khal/cal"
cat >"$tmp/khal/config" <<EOF
[calendars]
[[desk]]
path = $tmp/khal/cal
type = calendar
[locale]
local_timezone = Asia/Kolkata
default_timezone = Asia/Kolkata
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = $tmp/khal/khal.db
EOF
k() { khal -c "$tmp/khal/config" "$@" >/dev/null; }
k new -a desk 2025-11-18 19:00 20:30 Europe/Moscow "Jaishankar meets Putin" :: "Senate Palace, Kremlin" -l "Moscow"
k new -a desk 2025-12-04 2025-12-05 "Putin's visit to India (two days)"
k new -a desk 2025-11-03 10:00 11:00 "Weekly editorial meeting" -r weekly -u 2025-12-22
# (khal 0.10.5 cannot repeat an all-day event: AttributeError in rrulefstr.)
k new -a desk 2025-11-15 09:00 10:00 "Founding day ceremony" -r yearly
k new -a desk 2025-11-20 09:30 10:00 America/New_York "UN briefing; New York" :: "Call-in details, to follow"
k import --batch -a desk "$fixtures/google.ics"
k import --batch -a desk "$fixtures/outlook.ics"
cp "$tmp/khal/cal/"*.ics "$out/khal/"

# Radicale with vdirsyncer: upload khal's vdir to a local Radicale over
# CalDAV, then take what Radicale stored.
mkdir -p "$tmp/radicale/storage" "$tmp/vds/status" "$tmp/vds/local/desk"
cp "$tmp/khal/cal/"*.ics "$tmp/vds/local/desk/"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$tmp/radicale/config" <<EOF
[server]
hosts = 127.0.0.1:$port
[auth]
type = none
[storage]
filesystem_folder = $tmp/radicale/storage
[logging]
level = warning
EOF
/usr/bin/python3 -m radicale --config "$tmp/radicale/config" >"$tmp/radicale/log" 2>&1 &
radicale_pid=$!
for _ in $(seq 50); do
	/usr/bin/python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
	sleep 0.2
done
cat >"$tmp/vds/config" <<EOF
[general]
status_path = "$tmp/vds/status"
[pair desk]
a = "local"
b = "radicale"
collections = ["from a"]
[storage local]
type = "filesystem"
path = "$tmp/vds/local"
fileext = ".ics"
[storage radicale]
type = "caldav"
url = "http://127.0.0.1:$port/"
username = "desk"
password = "desk"
EOF
printf 'y\ny\n' | vdirsyncer -c "$tmp/vds/config" discover desk >/dev/null 2>&1
vdirsyncer -c "$tmp/vds/config" sync >/dev/null 2>&1
n=0
while IFS= read -r -d '' f; do
	cp "$f" "$out/radicale/$(basename "$f" | tr -c 'A-Za-z0-9.\n-' '_')"
	n=$((n + 1))
done < <(find "$tmp/radicale/storage" -name '*.ics' -path '*collection-root*' -not -path '*/.Radicale.cache/*' -print0)
[ "$n" -gt 0 ] || { echo "make.sh: Radicale stored nothing; its log:" >&2; cat "$tmp/radicale/log" >&2; exit 1; }

# ical.js: calendars built with its API and serialized by it.
node "$here/icaljs-make.mjs" "$out/icaljs"

for d in calcurse khal radicale icaljs; do
	echo "make.sh: $(ls "$out/$d" | wc -l) files in testdata/import/programs/$d" >&2
done
