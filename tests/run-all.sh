#!/bin/sh
# run-all.sh: run every test layer (unit, HTTP, browser) and total them.
#
# Expects `make build san` and the unit binaries (make test does both).
# Environment: B (build directory, default build), PAMONG (CLI under test,
# default $B/san/pamong), LAYERS (default "unit http browser"), JOBS (HTTP
# scripts run at once, default the number of CPUs, at least 2; each has
# its own server and data directory), VERBOSE=1 (show every check, not
# only the failures).
# The last line is "N passed, N failed"; the exit status is 1 on failure.
set -u

# run-all.sh --one SCRIPT: run one HTTP test script into $LOGDIR (used
# through xargs -P to run the scripts side by side).
if [ "${1:-}" = --one ]; then
	log=$LOGDIR/$(basename "$2").log
	s=$(date +%s)
	if [ -x "$2" ]; then
		timeout 600 "$2" >"$log" 2>&1
	else
		timeout 600 sh "$2" >"$log" 2>&1
	fi
	echo "$? $(($(date +%s) - s))" >"$log.status"
	exit 0
fi

cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
B=${B:-build}
PAMONG=${PAMONG:-$B/san/pamong}
case $PAMONG in /*) ;; *) PAMONG=$ROOT/$PAMONG ;; esac
export PAMONG
VERBOSE=${VERBOSE:-0}
LAYERS=${LAYERS:-unit http browser}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
[ "$JOBS" -ge 2 ] 2>/dev/null || JOBS=2
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/pamong-run.XXXXXX")
export LOGDIR
trap 'rm -rf "$LOGDIR"' EXIT
trap 'exit 130' INT TERM

PASS=0
FAIL=0
START=$(date +%s)
T0=$START
BROKEN=""

# tally NAME LOG PASSED FAILED SECONDS: add to the totals, report a line.
tally() {
	PASS=$((PASS + $3))
	FAIL=$((FAIL + $4))
	if [ "$4" -gt 0 ]; then
		printf '%-32s %4d passed, %d FAILED %5ds\n' "$1" "$3" "$4" "$5"
		BROKEN="$BROKEN $1"
		[ "$VERBOSE" = 1 ] || grep -Ev '^(ok  |\[ *(RUN|OK) *\])' "$2" |
		    sed 's/^/    /' | head -n 300
	else
		printf '%-32s %4d passed %14ds\n' "$1" "$3" "$5"
	fi
	[ "$VERBOSE" = 1 ] && sed 's/^/    /' "$2"
	return 0
}

# counts LOG STATUS: print "passed failed" from a script's last summary line;
# a non-zero exit without a failed check counts as one failure.
counts() {
	_l=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
	_p=${_l%% passed*}
	_f=${_l#*, }
	_f=${_f%% failed}
	[ -n "$_l" ] || { _p=0; _f=0; }
	[ "$2" -ne 0 ] && [ "$_f" -eq 0 ] && _f=1
	echo "$_p $_f"
}

# layer NAME: is NAME among $LAYERS?
layer() {
	case " $LAYERS " in *" $1 "*) return 0 ;; esac
	return 1
}

units=
if layer unit; then
	echo "== unit (cmocka, ASan+UBSan)"
	units=$(ls "$B"/san/unit/*/test_* 2>/dev/null | sort)
	[ -n "$units" ] || echo "   (no unit test binaries in $B/san/unit)"
fi
for u in $units; do
	[ -x "$u" ] || continue
	log=$LOGDIR/$(echo "$u" | tr / _).log
	T0=$(date +%s)
	timeout 300 "$u" >"$log" 2>&1
	st=$?
	if grep -q 'LeakSanitizer has encountered a fatal error' "$log"; then
		# LSan cannot run here (ptrace restrictions): run without it.
		ASAN_OPTIONS=detect_leaks=0 timeout 300 "$u" >"$log" 2>&1
		st=$?
	fi
	run=$(grep -c '^\[ RUN      \]' "$log")
	okc=$(grep -c '^\[       OK \]' "$log")
	bad=$((run - okc))
	[ "$st" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
	tally "${u#"$B"/san/unit/}" "$log" "$okc" "$bad" $(($(date +%s) - T0))
done

if layer unit; then
	# the shape of the tree (issue 13): enforced rules, open counts
	log=$LOGDIR/house-rules.log
	T0=$(date +%s)
	scripts/house-rules.sh >"$log" 2>&1
	st=$?
	set -- $(counts "$log" "$st")
	tally "house-rules" "$log" "$1" "$2" $(($(date +%s) - T0))
	[ "$VERBOSE" = 1 ] || [ "$2" -gt 0 ] || grep '^open' "$log" |
	    sed 's/^/    /'
	# the style (make format-check): every C file as clang-format writes it
	log=$LOGDIR/format-check.log
	T0=$(date +%s)
	scripts/format-check.sh >"$log" 2>&1
	st=$?
	set -- $(counts "$log" "$st")
	tally "format-check" "$log" "$1" "$2" $(($(date +%s) - T0))
fi

tests=
if layer http; then
	tests=$(ls tests/http/t[0-9]*.sh 2>/dev/null | sort)
	echo "== http (tests/http, PAMONG=${PAMONG#"$ROOT"/}," \
	    "$(echo $tests | wc -w) scripts, $JOBS at a time)"
	[ -z "$tests" ] || printf '%s\n' $tests | xargs -n 1 -P "$JOBS" "$ROOT/tests/run-all.sh" --one
fi
for t in $tests; do
	log=$LOGDIR/$(basename "$t").log
	read -r st secs <"$log.status" 2>/dev/null || { st=1; secs=0; }
	set -- $(counts "$log" "$st")
	tally "$(basename "$t" .sh)" "$log" "$1" "$2" "$secs"
done

if layer browser; then
	echo "== browser (tests/browser)"
	log=$LOGDIR/browser.log
	T0=$(date +%s)
	timeout 600 tests/browser/run.sh >"$log" 2>&1
	st=$?
	set -- $(counts "$log" "$st")
	tally "browser" "$log" "$1" "$2" $(($(date +%s) - T0))
fi

echo "== total $(($(date +%s) - START))s"
[ -n "$BROKEN" ] && echo "failing:$BROKEN"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
