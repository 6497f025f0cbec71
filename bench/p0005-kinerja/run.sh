#!/bin/sh
# run.sh: how long the performance figures take on a large history, alone
# and while submissions continue.
#
# Starts Pamong (build/pamong, fresh demo data, PAMONG_WORKERS=2), adds N
# synthetic applications (default 100000; N=1000000 for the large run)
# spread over the last 600 days across every kampung unit and kampung
# service (70 % completed, 10 % rejected, 10 % withdrawn, 10 % open; due
# dates 3 days after submission) and M complaints (default N/10, over the
# same days; two thirds dispositioned and answered), inserted directly
# with sqlite3.  Since migration 0021 the figures are kept in aggregate
# tables by the application code, so a direct insert is followed by the
# migrations' own fill SQL (the part between "-- fill: begin" and "--
# fill: end"), as a bulk import would be: 0021's while the database has
# its kinerja_durasi table, else 0024's (the same with the histograms in
# kinerja_bulan.durasi), and 0025's (complaints) when kinerja_adu exists.
# With a binary from before 0021 (no kinerja_bulan table) that step is
# skipped, so the same script measures each.
#
# 1. Single requests (curl, sequential, RUNS each, default 7) of
#    /api/v1/kinerja (year and month), /data/kinerja.csv, /kinerja,
#    /kinerja/{unit}, /kinerja/eksekutif and the officer's inbox
#    (/petugas as op.kampungdalam, whose unit holds N/131 of the
#    applications): median and maximum, ms.
# 2. Under load: submit.py posts new applications (KPG-02 with three
#    PDFs) and complaints (one in five) through the API at RATE per
#    second (default 100) from CITIZENS signed-in citizens, while wrk
#    (-t2 -cCONNECTIONS -dDURATION --latency, default 50 connections,
#    15s) loads /kinerja, /kinerja/eksekutif (as pimpinan),
#    /api/v1/kinerja and /petugas (as op.kampungdalam) in turn: req/s, requests done, p50 and p99 latency
#    of those done, non-2xx answers and wrk's timeouts (2 s: a request
#    slower than that is not in the latencies), and how many submissions
#    were sent and accepted meanwhile.
# Results are copied into bench/README.md by hand.
# Environment: N, M, RUNS, INBOX_RUNS (single requests of /petugas,
# default RUNS), RATE, CITIZENS, CONNECTIONS, DURATION, PAMONG, KEEP.
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
HERE=$ROOT/bench/p0005-kinerja
PAMONG=${PAMONG:-$ROOT/build/pamong}
N=${N:-100000}
M=${M:-$((N / 10))}
RUNS=${RUNS:-7}
INBOX_RUNS=${INBOX_RUNS:-$RUNS}
RATE=${RATE:-100}
CITIZENS=${CITIZENS:-20}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-15s}
PW=Sandi-Uji-Beban-2026
MIGR=$ROOT/src/mod/kinerja/migrations

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$PAMONG" ] || die "$PAMONG missing (make build)"
for t in sqlite3 curl wrk python3; do
	command -v $t >/dev/null || die "$t missing"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench.XXXXXX")
PID=
SUB=
cleanup() {
	[ -n "$SUB" ] && kill "$SUB" 2>/dev/null && wait "$SUB" 2>/dev/null
	if [ -n "$PID" ] && kill "$PID" 2>/dev/null; then
		# workers busy with slow requests: give them 10 s, then stop
		# them and the server by process id
		i=0
		while kill -0 "$PID" 2>/dev/null && [ $i -lt 100 ]; do
			i=$((i + 1)); sleep 0.1
		done
		kill -0 "$PID" 2>/dev/null && pkill -9 -P "$PID" &&
		    kill -9 "$PID" 2>/dev/null
		wait "$PID" 2>/dev/null
	fi
	if [ -n "${KEEP:-}" ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$PAMONG" init --data "$TMP/data" --demo >/dev/null 2>&1 || die "init failed"
i=1
while [ $i -le "$CITIZENS" ]; do
	printf '%s\n' "$PW" | "$PAMONG" user add --data "$TMP/data" \
	    --username "beban.$i" --role warga \
	    --nik "$(printf '14080101019%05d' "$i")" \
	    --name "Warga Uji Beban $i" --phone "0812000000$((10 + i))" \
	    --password-stdin >/dev/null 2>&1 || die "cannot create beban.$i"
	i=$((i + 1))
done
echo "adding $N applications and $M complaints ..."
start=$(date +%s)
sqlite3 "$TMP/data/pamong.db" <<SQL || die "insert failed"
CREATE TEMP TABLE u AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id
    FROM unit WHERE kind = 'kampung';
CREATE TEMP TABLE l AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id
    FROM layanan WHERE level = 'kampung';
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N),
t(i, at) AS (SELECT i, strftime('%s', 'now') - (i * 7919) % (600 * 86400)
    FROM n)
INSERT INTO permohonan(nomor, kode_lacak, layanan_id, pemohon_id,
    pemohon_nik, wilayah_code, unit_id, penerbit_id, state, created_at,
    submitted_at, state_since, due_date, finished_at)
SELECT 'BENCH/' || t.i, 'BENCHLACAK' || t.i, l.id, a.id, a.nik,
    '14.08.01.1001', u.id, u.id,
    CASE t.i % 10 WHEN 0 THEN 'ditolak' WHEN 1 THEN 'diajukan'
    WHEN 2 THEN 'dibatalkan' ELSE 'selesai' END,
    t.at, t.at, t.at, date(t.at + 7 * 3600 + 3 * 86400, 'unixepoch'),
    CASE WHEN t.i % 10 = 1 THEN NULL ELSE t.at + 86400 * (t.i % 7) + 600 END
FROM t JOIN account a ON a.username = 'warga.demo'
JOIN u ON u.k = t.i % (SELECT count(*) FROM u)
JOIN l ON l.k = t.i % (SELECT count(*) FROM l);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $M),
t(i, at) AS (SELECT i, strftime('%s', 'now') - (i * 7919) % (600 * 86400)
    FROM n)
INSERT INTO pengaduan(nomor, tahun, urut, kode_lacak, jenis, judul, isi,
    kategori, wilayah_code, unit_tujuan_id, unit_id, pelapor_id, status,
    created_at, updated_at)
SELECT 'BENCH-ADU-' || t.i, 1999, t.i, 'BENCHADUAN' || t.i, 'pengaduan',
    'Uji beban', 'Pengaduan uji beban', 'lainnya', '14.08.01.1001', u.id,
    CASE WHEN t.i % 3 = 0 THEN NULL ELSE u.id END, a.id,
    CASE WHEN t.i % 3 = 0 THEN 'baru' ELSE 'ditanggapi' END, t.at, t.at
FROM t JOIN account a ON a.username = 'warga.demo'
JOIN u ON u.k = t.i % (SELECT count(*) FROM u);
INSERT INTO pengaduan_riwayat(pengaduan_id, at, tindakan, dari, ke)
SELECT id, created_at + 3600, 'disposisi', 'baru', 'didisposisi'
FROM pengaduan WHERE nomor LIKE 'BENCH-ADU-%' AND status = 'ditanggapi';
INSERT INTO pengaduan_riwayat(pengaduan_id, at, tindakan, dari, ke)
SELECT id, created_at + 86400 * (id % 9), 'tanggapi', 'didisposisi',
    'ditanggapi'
FROM pengaduan WHERE nomor LIKE 'BENCH-ADU-%' AND status = 'ditanggapi';
COMMIT;
SQL
echo "inserted in $(( $(date +%s) - start )) s"
# has NAME: is there a table NAME in the database?
has() {
	[ "$(sqlite3 "$TMP/data/pamong.db" "SELECT count(*) FROM sqlite_master
	    WHERE type = 'table' AND name = '$1'")" = 1 ]
}
# fill FILE: run the fill SQL of migration FILE
fill() {
	{
		echo "BEGIN;"
		sed -n '/^-- fill: begin/,/^-- fill: end/p' "$MIGR/$1"
		echo "COMMIT;"
	} | sqlite3 "$TMP/data/pamong.db" || die "fill of $1 failed"
}
if has kinerja_bulan; then
	start=$(date +%s)
	if has kinerja_durasi; then
		fill 0021-kinerja-agregat.sql
		dur="(SELECT count(*) FROM kinerja_durasi) || ' duration rows'"
	else
		fill 0024-kinerja-durasi.sql
		dur="(SELECT count(*) FROM kinerja_bulan WHERE durasi <> '') ||
		    ' month rows with durations'"
	fi
	adu="'complaints from their rows'"
	if has kinerja_adu; then
		fill 0025-kinerja-pengaduan.sql
		adu="(SELECT count(*) FROM kinerja_adu) || ' complaint rows'"
	fi
	echo "aggregates filled in $(( $(date +%s) - start )) s:" \
	    "$(sqlite3 "$TMP/data/pamong.db" "SELECT (SELECT count(*) FROM
	    kinerja_bulan) || ' month rows, ' || $dur || ', ' || (SELECT
	    count(*) FROM kinerja_buka) || ' open rows, ' || $adu")"
else
	echo "no kinerja_bulan table: a binary from before migration 0021"
fi
sqlite3 "$TMP/data/pamong.db" "ANALYZE" || die "analyze failed"

port=$(( 20000 + $$ % 20000 ))
PAMONG_WORKERS=2 "$PAMONG" serve --data "$TMP/data" --listen "127.0.0.1:$port" \
    >"$TMP/server.log" 2>&1 &
PID=$!
base=http://127.0.0.1:$port
i=0
until curl -s -o /dev/null "$base/"; do
	i=$((i + 1)); [ $i -lt 100 ] || die "server did not start"; sleep 0.1
done
curl -s -c "$TMP/jar" -b "$TMP/jar" "$base/masuk" >"$TMP/masuk.html"
csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$TMP/masuk.html" | head -n 1)
curl -s -o /dev/null -c "$TMP/jar" -b "$TMP/jar" --data-urlencode pengguna=pimpinan \
    --data-urlencode sandi=Siak-Demo-2026 --data-urlencode "csrf=$csrf" "$base/masuk"
cookie=$(awk '$6 ~ /pamong_sesi/ { print $6 "=" $7 }' "$TMP/jar" | head -n 1)
[ -n "$cookie" ] || die "pimpinan did not sign in"
# the officer: a session of its own for the inbox
curl -s -c "$TMP/jar2" -b "$TMP/jar2" "$base/masuk" >"$TMP/masuk.html"
csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$TMP/masuk.html" | head -n 1)
curl -s -o /dev/null -c "$TMP/jar2" -b "$TMP/jar2" \
    --data-urlencode pengguna=op.kampungdalam \
    --data-urlencode sandi=Siak-Demo-2026 --data-urlencode "csrf=$csrf" "$base/masuk"
cookie2=$(awk '$6 ~ /pamong_sesi/ { print $6 "=" $7 }' "$TMP/jar2" | head -n 1)
[ -n "$cookie2" ] || die "op.kampungdalam did not sign in"
: >"$TMP/tokens"
i=1
while [ $i -le "$CITIZENS" ]; do
	curl -s -m 10 -H 'Content-Type: application/json' \
	    -d "{\"pengguna\":\"beban.$i\",\"sandi\":\"$PW\"}" \
	    "$base/api/v1/sesi" | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p' \
	    >>"$TMP/tokens"
	i=$((i + 1))
done
[ "$(grep -c . "$TMP/tokens")" -eq "$CITIZENS" ] ||
    die "could not sign in the citizens"

year=$(TZ=Asia/Jakarta date +%Y)
month=$(TZ=Asia/Jakarta date +%Y-%m)
unit=14.08.01.1001
echo "== single requests (N=$N, M=$M, load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-44s %8s %8s %10s\n' request median_ms max_ms bytes
for path in "/api/v1/kinerja?periode=$year" "/api/v1/kinerja?periode=$month" \
    "/data/kinerja.csv?periode=$year" "/kinerja?periode=$year" \
    "/kinerja/$unit?periode=$year" "/kinerja/eksekutif" "/petugas"; do
	: >"$TMP/times"
	r=0
	jar=$TMP/jar
	runs=$RUNS
	[ "$path" = /petugas ] && jar=$TMP/jar2 && runs=$INBOX_RUNS
	while [ $r -lt "$runs" ]; do
		curl -s -o "$TMP/body" -b "$jar" -w '%{time_total}\n' \
		    "$base$path" >>"$TMP/times"
		r=$((r + 1))
	done
	sort -n "$TMP/times" | awk -v p="$path" -v b="$(wc -c <"$TMP/body")" '
	    { v[NR] = $1 * 1000 }
	    END { printf "%-44s %8.1f %8.1f %10d\n", p, v[int((NR + 1) / 2)], v[NR], b }'
done

# ms VALUE: wrk latency (812.00us, 3.21ms, 1.02s) in milliseconds.
ms() {
	echo "$1" | awk '{ v = $1 + 0
	    if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0;
	    else if ($1 ~ /m$/) v *= 60000; else if ($1 ~ /s$/) v *= 1000
	    printf "%.1f", v }'
}
secs=$(echo "$DURATION" | awk '{ v = $1 + 0; if ($1 ~ /m$/) v *= 60; print v }')
echo "== under load: $CONNECTIONS connections, $DURATION each, while" \
    "submissions are posted at $RATE/s (one in five a complaint)"
python3 "$HERE/submit.py" "$base" "$TMP/tokens" "$RATE" \
    "$((secs * 4 + 10))" "$TMP/sub" &
SUB=$!
sleep 3
printf '%-24s %8s %8s %8s %8s %8s %8s\n' request req_s done p50_ms p99_ms non2xx timeout
for path in "/kinerja" "/kinerja/eksekutif" "/api/v1/kinerja" "/petugas"; do
	c=$cookie
	[ "$path" = /petugas ] && c=$cookie2
	wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $c" \
	    "$base$path" >"$TMP/wrk" 2>&1
	rps=$(awk '/^Requests\/sec/ { print $2 }' "$TMP/wrk")
	p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$TMP/wrk")")
	p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$TMP/wrk")")
	bad=$(awk '/Non-2xx/ { print $NF }' "$TMP/wrk")
	done=$(awk '/requests in/ { print $1 }' "$TMP/wrk")
	tmo=$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' "$TMP/wrk")
	printf '%-24s %8s %8s %8s %8s %8s %8s\n' "$path" "$rps" "$done" \
	    "$p50" "$p99" "${bad:-0}" "${tmo:-0}"
done
sub=$(cat "$TMP/sub" 2>/dev/null)
kill "$SUB" 2>/dev/null
wait "$SUB" 2>/dev/null
SUB=
echo "submissions meanwhile (sent accepted seconds): $sub"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
