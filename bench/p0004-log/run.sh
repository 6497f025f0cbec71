#!/bin/sh
# run.sh: the transparency log at a million entries.
#
# 1. Builds the normal (-O2) objects (make B=$B build) and links
#    bench_log.c against them (every object but src/cmd/).
# 2. `pamong init --data DIR` (log key, migrated database), then
#    bench_log appends N entries (~190-byte canonical JSON, BATCH per
#    transaction, synchronous=FULL as in production) through tlog_append()
#    and times PROOFS random inclusion and consistency proofs in process.
# 3. Serves DIR with `pamong serve` and drives GET /log/bukti-inklusi with
#    random indices through wrk (proof.lua): req/s and latency p99 over HTTP.
# Results are not recorded automatically: copy them into bench/README.md.
#
# Environment: B (build directory, default build), N (1000000), BATCH
# (1000), PROOFS (100000), DURATION (10s), CONNECTIONS (20), WORKERS (2).
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
B=${B:-build}
N=${N:-1000000}
BATCH=${BATCH:-1000}
PROOFS=${PROOFS:-100000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-20}
WORKERS=${WORKERS:-2}
HERE=$ROOT/bench/p0004-log
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench-log.XXXXXX")
PID=
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() { echo "bench: $*" >&2; exit 1; }
command -v cc >/dev/null || die "cc missing"

make -s B="$B" -j2 build >"$WORK/make.log" 2>&1 ||
    { tail -20 "$WORK/make.log"; die "make build failed"; }
# shellcheck disable=SC2046
cc -std=c11 -D_GNU_SOURCE -O2 -Isrc -o "$WORK/bench_log" \
    "$HERE/bench_log.c" $(find "$B/obj" -name '*.o' ! -path '*/obj/src/cmd/*') \
    -lsqlite3 -lsodium -ljansson -lcrypto -lhpdf -lqrencode ||
    die "cannot link bench_log"

"$B/pamong" init --data "$WORK/data" >/dev/null 2>&1 ||
    die "pamong init failed"
echo "== in process: N=$N, BATCH=$BATCH, PROOFS=$PROOFS ($(nproc) cores)"
"$WORK/bench_log" "$WORK/data/pamong.db" "$N" "$BATCH" "$PROOFS" ||
    die "bench_log failed"

command -v wrk >/dev/null || { echo "wrk missing: HTTP part skipped"; exit 0; }
PORT=$((20000 + $$ % 20000))
PAMONG_WORKERS=$WORKERS "$B/pamong" serve --data "$WORK/data" \
    --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
PID=$!
i=0
until curl -s -o /dev/null "http://127.0.0.1:$PORT/log/checkpoint"; do
	i=$((i + 1))
	[ $i -lt 100 ] || die "server did not start"
	sleep 0.1
done
SIZE=$(curl -s "http://127.0.0.1:$PORT/log/checkpoint" | sed -n 2p)
echo "== HTTP: GET /log/bukti-inklusi?indeks=RANDOM&ukuran=$SIZE," \
    "$CONNECTIONS connections, $DURATION, $WORKERS workers"
SIZE=$SIZE wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s "$HERE/proof.lua" "http://127.0.0.1:$PORT" |
    grep -E 'Requests/sec|99%|50%|Non-2xx|requests in'
