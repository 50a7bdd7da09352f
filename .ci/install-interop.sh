#!/usr/bin/env bash
# Installs the independent iCalendar parsers used by ical/interop
# (libical, python3-icalendar, python3-vobject, calcurse, khal, ical.js,
# node-ical) and the programs whose exports the import tests read
# (vdirsyncer and radicale), and builds the libical runner; also python3-ephem, the ephemeris that
# internal/almanac's tests compare moon phases and solar longitudes with.
# Idempotent and non-interactive; fast when everything is already
# present. Exits non-zero on any failure.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
interop="$here/ical/interop"

# Debian packages. Node and npm come from the machine (nodesource v20):
# never install Debian's nodejs over them.
pkgs=(libical-dev python3-icalendar python3-vobject calcurse khal vdirsyncer radicale tzdata gcc pkg-config python3-ephem)

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing+=("$p")
	fi
done

if ((${#missing[@]})); then
	echo "install-interop: installing ${missing[*]}" >&2
	export DEBIAN_FRONTEND=noninteractive
	sudo=""
	if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
	apt_install() {
		$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
	}
	# Update the package lists only when needed: if they are empty or
	# lack a candidate, or if the install fails (stale lists -> 404).
	need_update=0
	for p in "${missing[@]}"; do
		if ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
			need_update=1
			break
		fi
	done
	if ((need_update)); then
		$sudo apt-get update -q >&2
		apt_install
	elif ! apt_install; then
		$sudo apt-get update -q >&2
		apt_install
	fi
fi

for tool in node npm gcc /usr/bin/python3; do
	command -v "$tool" >/dev/null || { echo "install-interop: $tool not found" >&2; exit 1; }
done
/usr/bin/python3 -c 'import ephem' ||
	{ echo "install-interop: python3-ephem not importable by /usr/bin/python3" >&2; exit 1; }

# ical.js and node-ical from the committed lockfile. Skip when
# node_modules already matches the lockfile (npm writes
# node_modules/.package-lock.json).
if [ ! -f "$interop/node_modules/.package-lock.json" ] ||
	[ ! -f "$interop/node_modules/ical.js/package.json" ] ||
	[ ! -f "$interop/node_modules/node-ical/package.json" ] ||
	[ "$interop/package-lock.json" -nt "$interop/node_modules/.package-lock.json" ]; then
	(cd "$interop" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# libical runner: a build product, never committed (see .gitignore).
"$interop/build-libical.sh"

# Smoke test: every runner must read the simplest fixture.
for r in $("$interop/run.sh" list); do
	if ! "$interop/run.sh" "$r" "$interop/testdata/a-moscow.ics" >/dev/null; then
		echo "install-interop: runner $r failed its smoke test" >&2
		exit 1
	fi
done
echo "install-interop: ok" >&2
