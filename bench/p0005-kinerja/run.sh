#!/bin/sh
# run.sh: how long the performance figures take on a large history.
#
# Starts Pamong (build/pamong, fresh demo data), adds N synthetic
# applications (default 100000) spread over the last 600 days across
# every kampung unit and kampung service (70 % completed, 10 % rejected,
# 10 % withdrawn, 10 % open; due dates 3 days after submission), then
# times single requests (curl, sequential, RUNS each, default 7) of
# /api/v1/kinerja (year and month), /data/kinerja.csv, /kinerja,
# /kinerja/{unit} and /kinerja/eksekutif and prints the median and the
# maximum in milliseconds.  Results are copied into bench/README.md by
# hand.  Environment: N, RUNS, PAMONG.
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
N=${N:-100000}
RUNS=${RUNS:-7}

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$PAMONG" ] || die "$PAMONG missing (make build)"
command -v sqlite3 >/dev/null || die "sqlite3 missing"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench.XXXXXX")
PID=
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

"$PAMONG" init --data "$TMP/data" --demo >/dev/null 2>&1 || die "init failed"
echo "adding $N applications ..."
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
COMMIT;
ANALYZE;
SQL
echo "inserted in $(( $(date +%s) - start )) s"

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

year=$(TZ=Asia/Jakarta date +%Y)
month=$(TZ=Asia/Jakarta date +%Y-%m)
unit=14.08.01.1001
printf '%-44s %8s %8s %10s\n' request median_ms max_ms bytes
for path in "/api/v1/kinerja?periode=$year" "/api/v1/kinerja?periode=$month" \
    "/data/kinerja.csv?periode=$year" "/kinerja?periode=$year" \
    "/kinerja/$unit?periode=$year" "/kinerja/eksekutif"; do
	: >"$TMP/times"
	r=0
	while [ $r -lt "$RUNS" ]; do
		curl -s -o "$TMP/body" -b "$TMP/jar" -w '%{time_total}\n' \
		    "$base$path" >>"$TMP/times"
		r=$((r + 1))
	done
	sort -n "$TMP/times" | awk -v p="$path" -v b="$(wc -c <"$TMP/body")" '
	    { v[NR] = $1 * 1000 }
	    END { printf "%-44s %8.1f %8.1f %10d\n", p, v[int((NR + 1) / 2)], v[NR], b }'
done
