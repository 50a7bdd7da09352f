#!/usr/bin/env bash
# Builds bin/libical-json from libical.c (a build product, gitignored).
# Rebuilds only when the source is newer than the binary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p bin
if [ ! -x bin/libical-json ] || [ libical.c -nt bin/libical-json ]; then
	# shellcheck disable=SC2046
	gcc -std=c11 -D_DEFAULT_SOURCE -O1 -Wall -Wextra -Wno-unused-parameter \
		-o bin/libical-json.tmp libical.c $(pkg-config --cflags --libs libical)
	mv bin/libical-json.tmp bin/libical-json
fi
