#!/bin/sh
# run.sh: the browser journeys (tests/browser/journey.mjs, apply.mjs)
# against a fresh server, in Debian's /usr/bin/chromium driven by
# playwright-core.
# Never downloads a browser; installs the two npm packages from
# package-lock.json (npm ci) only when node_modules is missing or stale.
. "$(dirname "$0")/../http/test-lib.sh"

cd "$ROOT" || exit 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -x /usr/bin/chromium ]; then
	fail "/usr/bin/chromium is installed (scripts/install-deps.sh test)"
	finish
fi
if [ ! -f node_modules/.package-lock.json ] ||
    [ ! -f node_modules/playwright-core/package.json ] ||
    [ ! -f node_modules/axe-core/axe.min.js ] ||
    [ package-lock.json -nt node_modules/.package-lock.json ] ||
    [ package.json -nt node_modules/.package-lock.json ]; then
	if ! npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1
	then
		cat "$WORK/npm.log"
		fail "npm ci (playwright-core, axe-core)"
		finish
	fi
fi

start_server
# every journey against the same server, one after the other; JOURNEYS
# (e.g. "sign ikm") runs only those, in that order
for j in ${JOURNEYS:-journey apply sign pki spbe pengaduan ikm kinerja nav antrian perizinan sakip kepala kotak}; do
	node "tests/browser/$j.mjs" "$BASE" >"$WORK/$j.log" 2>&1
	st=$?
	cat "$WORK/$j.log"
	# take the journey's counts into this script's totals
	line=$(sed -n "s/^$j: \([0-9]*\) passed, \([0-9]*\) failed\$/\1 \2/p" \
	    "$WORK/$j.log")
	if [ -n "$line" ]; then
		T_PASS=$((T_PASS + ${line% *}))
		T_FAIL=$((T_FAIL + ${line#* }))
	fi
	[ "$st" -ne 0 ] && [ -z "$line" ] && fail "$j.mjs exited with $st"
done
finish
