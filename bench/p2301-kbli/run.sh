#!/bin/sh
# run.sh: KBLI search under load (issue 17): GET /api/v1/kbli?q=... with wrk
# against build/pamong (fresh demo data, PAMONG_WORKERS=2), for a word that
# matches many titles, a code prefix, and a word that matches nothing (the
# whole list scanned).  Prints req/s and the 99th percentile latency of
# each.  The list searched is what data/kbli-2020.txt holds (its line
# count is printed): doc/perizinan.md says how far it is from the full
# KBLI.  Results are copied into bench/README.md by hand.
#
# Environment: WORKERS (default 2), DURATION (default 10s), CONNECTIONS
# (default 50), THREADS (default 2).
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
WORKERS=${WORKERS:-2}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$PAMONG" ] || die "$PAMONG missing (make build)"
command -v wrk >/dev/null || die "wrk missing (scripts/install-deps.sh test)"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench.XXXXXX")
PID=
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$PAMONG" init --data "$TMP/data" --demo >"$TMP/init.log" 2>&1 ||
    { cat "$TMP/init.log"; die "pamong init failed"; }
PORT=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
PAMONG_WORKERS=$WORKERS "$PAMONG" serve --data "$TMP/data" \
    --listen "127.0.0.1:$PORT" >"$TMP/pamong.log" 2>&1 &
PID=$!
i=0
until curl -s -o /dev/null -m 2 "http://127.0.0.1:$PORT/api/v1/kbli?q=01"; do
	i=$((i + 1))
	[ $i -lt 100 ] || { cat "$TMP/pamong.log"; die "server did not start"; }
	sleep 0.1
done

echo "entries in data/kbli-2020.txt: $(grep -vc '^#' data/kbli-2020.txt)"
for q in industri 01 tidakadasamasekali; do
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
	    "http://127.0.0.1:$PORT/api/v1/kbli?q=$q" >"$TMP/wrk.txt" 2>&1
	rps=$(awk '/Requests\/sec/ { print $2 }' "$TMP/wrk.txt")
	p99=$(awk '$1 == "99%" { print $2 }' "$TMP/wrk.txt")
	printf 'q=%-20s %10s req/s   p99 %s\n' "$q" "$rps" "$p99"
	grep -q 'Non-2xx' "$TMP/wrk.txt" && die "non-2xx answers: $(grep Non-2xx "$TMP/wrk.txt")"
done
