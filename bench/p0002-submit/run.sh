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
# 3. Memory: the proportional set size (PSS) of every server process
#    (Kore parent and workers) after the runs.
# With BACKEND=pg the rows go to a throw-away PostgreSQL 15 cluster with
# PostgreSQL's durable defaults (scripts/pg-cluster.sh init DIR durable)
# and SERVERS app servers (default 2) share it and the data directory;
# the load is split evenly over them (one wrk each, THREADS and
# CONNECTIONS divided), and the crash kills the first server only, while
# the others go on.
# Results are not recorded automatically: copy them into bench/README.md.
#
# Environment: PAMONG (default build/pamong), WORKERS (2), DURATION (30s),
# CONNECTIONS (32), THREADS (4), CRASH_DURATION (20), CRASH_AT (8),
# BACKEND (sqlite or pg), SERVERS (1 on sqlite, 2 on pg).
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
BACKEND=${BACKEND:-sqlite}
case $BACKEND in
sqlite) SERVERS=${SERVERS:-1} ;;
pg) SERVERS=${SERVERS:-2} ;;
*) echo "bench: BACKEND is sqlite or pg" >&2; exit 2 ;;
esac
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
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
PIDS=
WRK_PIDS=
PGDIR=
cleanup() {
	[ -n "$WRK_PIDS" ] && kill $WRK_PIDS 2>/dev/null
	stop_servers
	[ -n "$PGDIR" ] && "$ROOT/scripts/pg-cluster.sh" stop "$PGDIR"
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

# start_server K: serve DATA on PORT_K as server K (`pamong serve` execs
# Kore, so its pid is the Kore parent's); sets PID_K.
start_server() {
	eval "_port=\$PORT_$1"
	PAMONG_WORKERS=$WORKERS "$PAMONG" serve --data "$DATA" \
	    --listen "127.0.0.1:$_port" >>"$TMP/server-$1.log" 2>&1 &
	eval "PID_$1=$!"
	i=0
	while [ $i -lt 100 ]; do
		curl -s -o /dev/null -m 2 "http://127.0.0.1:$_port/" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	cat "$TMP/server-$1.log" >&2
	die "server $1 did not start"
}

# stop_servers: every server, gently.
stop_servers() {
	for k in $(seq 1 "$SERVERS"); do
		eval "_pid=\${PID_$k:-}"
		[ -n "$_pid" ] || continue
		kill "$_pid" 2>/dev/null
		wait "$_pid" 2>/dev/null
		eval "PID_$k="
	done
}

# crash_server K: SIGKILL server K's Kore parent and every process under it.
crash_server() {
	eval "_pid=\$PID_$1"
	kids=$(ps -o pid= --ppid "$_pid" 2>/dev/null)
	kill -9 "$_pid" $kids 2>/dev/null
	wait "$_pid" 2>/dev/null
	eval "PID_$1="
	sleep 0.5
}

# pss: the PSS of every server process, in MiB.
pss() {
	_kb=0
	for k in $(seq 1 "$SERVERS"); do
		eval "_pid=\${PID_$k:-}"
		[ -n "$_pid" ] || continue
		for p in $_pid $(ps -o pid= --ppid "$_pid"); do
			v=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" \
			    2>/dev/null)
			_kb=$((_kb + ${v:-0}))
		done
	done
	awk -v k="$_kb" 'BEGIN { printf "%.1f", k / 1024 }'
}

# q: SQL on standard input against the installation's database, rows out
# (psql or sqlite3); the acked nomors are in $TMP/acked.txt
q() {
	if [ "$BACKEND" = pg ]; then
		"$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$PGURL"
	else
		sqlite3 -batch "$DATA/pamong.db"
	fi
}
# acked_table: SQL that loads $TMP/acked.txt into the temp table acked
acked_table() {
	echo "CREATE TEMP TABLE acked(nomor TEXT PRIMARY KEY);"
	if [ "$BACKEND" = pg ]; then
		echo "\\copy acked FROM '$TMP/acked.txt'"
	else
		printf '.mode csv\n.import %s acked\n.mode list\n' "$TMP/acked.txt"
	fi
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
	cat "$1"/s*/nomor-*.txt 2>/dev/null | sort -u >"$TMP/acked.txt"
	acked=$(wc -l <"$TMP/acked.txt")
	{ acked_table; cat <<SQL; } | q >"$TMP/verify.txt"
SELECT count(*) FROM acked a WHERE NOT EXISTS
    (SELECT 1 FROM permohonan p WHERE p.nomor = a.nomor);
SELECT count(*) FROM acked a JOIN permohonan p ON p.nomor = a.nomor
    WHERE (SELECT count(*) FROM permohonan_berkas pb
    WHERE pb.permohonan_id = p.id) <> 3;
SQL
	# "sha256  path" of every document of those applications: the file
	# must be there with exactly the content its name promises
	{ acked_table; cat <<SQL; } | q >"$TMP/sums.txt"
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

# --- data, citizens, servers, tokens ---
DBOPT=
if [ "$BACKEND" = pg ]; then
	PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/pamong-benchpg.XXXXXX")
	PGBASE=$("$ROOT/scripts/pg-cluster.sh" init "$PGDIR" durable) ||
	    die "cannot start PostgreSQL"
	PGURL=$PGBASE/pamong
	"$PGBIN/psql" -X -q -d "$PGBASE/postgres" -c "CREATE DATABASE pamong" ||
	    die "cannot create the database"
	DBOPT="--db $PGURL"
fi
# shellcheck disable=SC2086
"$PAMONG" init --data "$DATA" --demo $DBOPT >"$TMP/init.log" 2>&1 ||
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
for k in $(seq 1 "$SERVERS"); do
	eval "PORT_$k=$(free_port)"
	start_server "$k"
done
BASE=http://127.0.0.1:$PORT_1
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
echo "backend: $BACKEND, $SERVERS app server(s) of $WORKERS workers"
echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency in all; $THREADS citizens"

# load OUT SECONDS [--latency]: wrk on every server at once, the threads
# and connections split evenly; wrk output in OUT.K.txt, nomors in OUT/sK/
TPS=$((THREADS / SERVERS > 0 ? THREADS / SERVERS : 1))
CPS=$((CONNECTIONS / SERVERS > TPS ? CONNECTIONS / SERVERS : TPS))
load() {
	_out=$1 _d=$2
	shift 2
	mkdir -p "$_out"
	WRK_PIDS=
	for k in $(seq 1 "$SERVERS"); do
		eval "_port=\$PORT_$k"
		mkdir -p "$_out/s$k"
		wrk -t"$TPS" -c"$CPS" -d"$_d" "$@" -s "$HERE/submit.lua" \
		    "http://127.0.0.1:$_port" -- "$TMP/tokens.txt" "$_out/s$k" \
		    >"$_out.$k.txt" 2>&1 &
		WRK_PIDS="$WRK_PIDS $!"
	done
}

# --- 1. throughput ---
load "$TMP/warm" 3s
wait $WRK_PIDS
load "$TMP/run1" "$DURATION" --latency
wait $WRK_PIDS
WRK_PIDS=
rps=$(cat "$TMP"/run1.*.txt | awk '/^Requests\/sec:/ { s += $2 } END { print s }')
# the worst server's p99, in ms
p99=$(awk '$1 == "99%" { print $2 }' "$TMP"/run1.*.txt |
    while read -r v; do ms "$v"; echo; done | sort -n | tail -n 1)
p50=$(cat "$TMP"/run1.*.txt | awk '$1 == "50%" { print $2 }' | head -n 1)
non2xx=$(cat "$TMP"/run1.*.txt |
    awk '/Non-2xx or 3xx responses:/ { s += $NF } END { print s + 0 }')
cat "$TMP"/run1.*.txt >"$TMP/wrk1.txt"
[ -n "$rps" ] || { cat "$TMP/wrk1.txt"; die "wrk failed"; }
set -- $(verify "$TMP/run1")
ok1=$1
sub_s=$(awk -v n="$ok1" -v d="$(secs "$DURATION")" 'BEGIN { printf "%.0f", n / d }')
echo
echo "throughput: $ok1 applications accepted (201) in $DURATION"
printf '  %-22s %s\n' "submissions/s" "$sub_s" "requests/s (wrk)" "$rps" \
    "p50 latency (ms)" "$(ms "$p50")" "p99 latency (ms)" "$p99" \
    "non-2xx responses" "${non2xx:-0}" \
    "missing after run" "rows $2, documents $3, files $4"
grep 'Socket errors' "$TMP/wrk1.txt" | sed 's/^ */  /'

mem=$(pss)
echo "  PSS of the server processes after the run: $mem MiB"

# --- 2. durability: SIGKILL in the middle of the load ---
before=$(echo "SELECT count(*) FROM permohonan;" | q)
load "$TMP/run2" "${CRASH_DURATION}s"
sleep "$CRASH_AT"
acked_at_crash=$(cat "$TMP"/run2/s*/nomor-*.txt 2>/dev/null | wc -l)
crash_server 1
start_server 1
wait $WRK_PIDS
WRK_PIDS=
cat "$TMP"/run2.*.txt >"$TMP/wrk2.txt"
set -- $(verify "$TMP/run2")
after=$(echo "SELECT count(*) FROM permohonan;" | q)
if [ "$BACKEND" = pg ]; then
	integrity=ok
	"$PAMONG" audit verify --data "$DATA" >/dev/null 2>&1 ||
	    integrity="audit chain broken"
else
	integrity=$(echo "PRAGMA integrity_check;" | q | head -n 1)
fi
lost=$(($2 + $3 + $4))
echo
if [ "$SERVERS" -gt 1 ]; then
	echo "durability: kill -9 of server 1 (every Kore process) after ${CRASH_AT}s of a ${CRASH_DURATION}s load on $SERVERS servers, then restart"
else
	echo "durability: kill -9 of every Kore process after ${CRASH_AT}s of a ${CRASH_DURATION}s load, then restart"
fi
printf '  %-22s %s\n' "201s before the kill" "$acked_at_crash" \
    "201s in the whole run" "$1" \
    "rows in the database" "$((after - before)) new" \
    "missing rows" "$2" "missing documents" "$3" "missing/bad files" "$4" \
    "integrity_check" "$integrity" "lost" "$lost"
grep 'Socket errors' "$TMP/wrk2.txt" | sed 's/^ */  /'
[ "$lost" -eq 0 ] && [ "$integrity" = ok ] && [ "$4" -eq 0 ]
