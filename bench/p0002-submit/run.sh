#!/bin/sh
# run.sh: online applications under load, then a crash in the middle.
#
# 1. Throughput: THREADS citizens (created with the CLI, each signed in
#    once through POST /api/v1/sesi: Argon2 and the login throttle make
#    signing in per request pointless) submit KPG-02 applications with
#    three small distinct PDFs each, as multipart POST /api/v1/permohonan,
#    over CONNECTIONS connections for DURATION: submissions/s (201s per
#    second) and p99 latency.
# 2. Durability: the same load for CRASH_DURATION seconds; after CRASH_AT
#    seconds every Kore process is killed with SIGKILL and the server is
#    started again on the same data.  Every nomor that got a 201 (logged
#    by submit.lua's response()) must then exist with its three
#    documents, each file present with its size and SHA-256: lost must
#    be 0.
# Results are not recorded automatically: copy them into bench/README.md.
#
# Environment: PAMONG (default build/pamong), WORKERS (2), DURATION (30s),
# CONNECTIONS (32), THREADS (4), CRASH_DURATION (20), CRASH_AT (8).
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
HERE=$ROOT/bench/p0002-submit
PAMONG=${PAMONG:-$ROOT/build/pamong}
WORKERS=${WORKERS:-2}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-4}
CRASH_DURATION=${CRASH_DURATION:-20}
CRASH_AT=${CRASH_AT:-8}
PW=Sandi-Uji-Beban-2026

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$PAMONG" ] || die "$PAMONG missing (make build)"
[ -f "$(dirname "$PAMONG")/pamong.so" ] ||
    die "$(dirname "$PAMONG")/pamong.so missing (make build)"
for t in wrk sqlite3 curl sha256sum; do
	command -v $t >/dev/null || die "$t missing (scripts/install-deps.sh test)"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench2.XXXXXX")
DATA=$TMP/data
SERVER_PID=
WRK_PID=
cleanup() {
	[ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null
	stop_server
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
	while :; do
		p=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
		ss -Htln "sport = :$p" | grep -q . || { echo "$p"; return; }
	done
}

# start_server: serve DATA on PORT (`pamong serve` execs Kore, so its pid
# is the Kore parent's).
start_server() {
	PAMONG_WORKERS=$WORKERS "$PAMONG" serve --data "$DATA" \
	    --listen "127.0.0.1:$PORT" >>"$TMP/server.log" 2>&1 &
	SERVER_PID=$!
	i=0
	while [ $i -lt 100 ]; do
		curl -s -o /dev/null -m 2 "$BASE/" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	cat "$TMP/server.log" >&2
	die "server did not start"
}

stop_server() {
	[ -n "$SERVER_PID" ] || return 0
	kill "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
}

# crash_server: SIGKILL the Kore parent and every process under it.
crash_server() {
	kids=$(ps -o pid= --ppid "$SERVER_PID" 2>/dev/null)
	kill -9 "$SERVER_PID" $kids 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
	sleep 0.5
}

# ms VALUE: wrk latency (812.00us, 3.21ms, 1.02s) in milliseconds.
ms() {
	echo "$1" | awk '{ v = $1 + 0
	    if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0;
	    else if ($1 ~ /m$/) v *= 60000; else if ($1 ~ /s$/) v *= 1000
	    printf "%.2f", v }'
}

# secs 30s|2m|30: wrk duration in seconds.
secs() {
	echo "$1" | awk '{ v = $1 + 0; if ($1 ~ /m$/) v *= 60; print v }'
}

# verify DIR: every nomor logged in DIR exists with three documents whose
# files are intact; prints "acked missing_rows missing_docs bad_files".
verify() {
	cat "$1"/nomor-*.txt 2>/dev/null | sort -u >"$TMP/acked.txt"
	acked=$(wc -l <"$TMP/acked.txt")
	sqlite3 -batch "$DATA/pamong.db" >"$TMP/verify.txt" <<SQL
CREATE TEMP TABLE acked(nomor TEXT PRIMARY KEY);
.mode csv
.import $TMP/acked.txt acked
.mode list
SELECT count(*) FROM acked a WHERE NOT EXISTS
    (SELECT 1 FROM permohonan p WHERE p.nomor = a.nomor);
SELECT count(*) FROM acked a JOIN permohonan p ON p.nomor = a.nomor
    WHERE (SELECT count(*) FROM permohonan_berkas pb
    WHERE pb.permohonan_id = p.id) <> 3;
SQL
	# "sha256  path" of every document of those applications: the file
	# must be there with exactly the content its name promises
	sqlite3 -batch "$DATA/pamong.db" >"$TMP/sums.txt" <<SQL
CREATE TEMP TABLE acked(nomor TEXT PRIMARY KEY);
.mode csv
.import $TMP/acked.txt acked
.mode list
SELECT DISTINCT b.sha256 || '  $DATA/berkas/' || substr(b.sha256, 1, 2) ||
    '/' || b.sha256 FROM acked a
    JOIN permohonan p ON p.nomor = a.nomor
    JOIN permohonan_berkas pb ON pb.permohonan_id = p.id
    JOIN berkas b ON b.sha256 = pb.sha256;
SQL
	rows=$(sed -n 1p "$TMP/verify.txt")
	docs=$(sed -n 2p "$TMP/verify.txt")
	bad=$(sha256sum --quiet -c "$TMP/sums.txt" 2>&1 | grep -c FAILED)
	echo "$acked $rows $docs $bad"
}

# --- data, citizens, server, tokens ---
"$PAMONG" init --data "$DATA" --demo >"$TMP/init.log" 2>&1 ||
    { cat "$TMP/init.log"; die "pamong init failed"; }
i=1
while [ $i -le "$THREADS" ]; do
	nik=$(printf '14080101019%05d' "$i")
	printf '%s\n' "$PW" | "$PAMONG" user add --data "$DATA" \
	    --username "beban.$i" --role warga --nik "$nik" \
	    --name "Warga Uji Beban $i" --phone 0812000000$((10 + i)) \
	    --password-stdin >/dev/null 2>&1 ||
	    die "cannot create citizen beban.$i"
	i=$((i + 1))
done
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
start_server
: >"$TMP/tokens.txt"
i=1
while [ $i -le "$THREADS" ]; do
	curl -s -m 10 -H 'Content-Type: application/json' \
	    -d "{\"pengguna\":\"beban.$i\",\"sandi\":\"$PW\"}" \
	    "$BASE/api/v1/sesi" | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p' \
	    >>"$TMP/tokens.txt"
	i=$((i + 1))
done
[ "$(grep -c . "$TMP/tokens.txt")" -eq "$THREADS" ] ||
    die "could not sign in the citizens"

echo "Pamong application submission benchmark: POST /api/v1/permohonan"
echo "(KPG-02, 8 fields, 3 distinct PDFs of ~400 bytes each)"
echo "machine: $(nproc) CPU, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; $WORKERS workers; $THREADS citizens"

# --- 1. throughput ---
mkdir -p "$TMP/warm" "$TMP/run1" "$TMP/run2"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$HERE/submit.lua" "$BASE" -- \
    "$TMP/tokens.txt" "$TMP/warm" >/dev/null 2>&1
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s "$HERE/submit.lua" "$BASE" -- "$TMP/tokens.txt" "$TMP/run1" \
    >"$TMP/wrk1.txt" 2>&1
rps=$(awk '/^Requests\/sec:/ { print $2 }' "$TMP/wrk1.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$TMP/wrk1.txt")
p50=$(awk '$1 == "50%" { print $2 }' "$TMP/wrk1.txt")
non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$TMP/wrk1.txt")
[ -n "$rps" ] || { cat "$TMP/wrk1.txt"; die "wrk failed"; }
set -- $(verify "$TMP/run1")
ok1=$1
sub_s=$(awk -v n="$ok1" -v d="$(secs "$DURATION")" 'BEGIN { printf "%.0f", n / d }')
echo
echo "throughput: $ok1 applications accepted (201) in $DURATION"
printf '  %-22s %s\n' "submissions/s" "$sub_s" "requests/s (wrk)" "$rps" \
    "p50 latency (ms)" "$(ms "$p50")" "p99 latency (ms)" "$(ms "$p99")" \
    "non-2xx responses" "${non2xx:-0}" \
    "missing after run" "rows $2, documents $3, files $4"
grep 'Socket errors' "$TMP/wrk1.txt" | sed 's/^ */  /'

# --- 2. durability: SIGKILL in the middle of the load ---
before=$(sqlite3 "$DATA/pamong.db" "SELECT count(*) FROM permohonan")
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${CRASH_DURATION}s" -s "$HERE/submit.lua" \
    "$BASE" -- "$TMP/tokens.txt" "$TMP/run2" >"$TMP/wrk2.txt" 2>&1 &
WRK_PID=$!
sleep "$CRASH_AT"
acked_at_crash=$(cat "$TMP"/run2/nomor-*.txt 2>/dev/null | wc -l)
crash_server
start_server
wait "$WRK_PID"
WRK_PID=
set -- $(verify "$TMP/run2")
after=$(sqlite3 "$DATA/pamong.db" "SELECT count(*) FROM permohonan")
integrity=$(sqlite3 "$DATA/pamong.db" "PRAGMA integrity_check" | head -n 1)
lost=$(($2 + $3 + $4))
echo
echo "durability: kill -9 of every Kore process after ${CRASH_AT}s of a ${CRASH_DURATION}s load, then restart"
printf '  %-22s %s\n' "201s before the kill" "$acked_at_crash" \
    "201s in the whole run" "$1" \
    "rows in the database" "$((after - before)) new" \
    "missing rows" "$2" "missing documents" "$3" "missing/bad files" "$4" \
    "integrity_check" "$integrity" "lost" "$lost"
grep 'Socket errors' "$TMP/wrk2.txt" | sed 's/^ */  /'
[ "$lost" -eq 0 ] && [ "$integrity" = ok ] && [ "$4" -eq 0 ]
