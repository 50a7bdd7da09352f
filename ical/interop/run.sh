#!/usr/bin/env bash
# run.sh PARSER FILE.ics  -> that parser's normalized JSON on stdout.
# PARSER: icaljs | libical | pyicalendar | pyvobject | calcurse | nodeical | khal
# run.sh list             -> the parser names, one a line.
# Install first with .ci/install-interop.sh (or build-libical.sh for the
# C runner alone). TZ is pinned to UTC so no runner depends on the host's
# zone; Debian's /usr/bin/python3 is used on purpose (a pyenv python3
# earlier on PATH cannot import Debian's python3-icalendar/vobject).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export TZ=UTC
case "${1:-}" in
list) printf '%s\n' icaljs libical pyicalendar pyvobject calcurse nodeical khal; exit 0 ;;
esac
if [ $# -ne 2 ]; then
	echo "usage: run.sh icaljs|libical|pyicalendar|pyvobject|calcurse|nodeical|khal FILE.ics" >&2
	exit 2
fi
file=$2
case "$1" in
icaljs) exec node "$here/icaljs.mjs" "$file" ;;
libical)
	[ -x "$here/bin/libical-json" ] || "$here/build-libical.sh"
	exec "$here/bin/libical-json" "$file" ;;
pyicalendar) exec /usr/bin/python3 "$here/pyicalendar.py" "$file" ;;
pyvobject) exec /usr/bin/python3 "$here/pyvobject.py" "$file" ;;
calcurse) exec /usr/bin/python3 "$here/calcurse.py" "$file" ;;
nodeical) exec node "$here/nodeical.mjs" "$file" ;;
khal) exec /usr/bin/python3 "$here/runkhal.py" "$file" ;;
*) echo "run.sh: unknown parser $1" >&2; exit 2 ;;
esac
