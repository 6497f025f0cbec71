#!/bin/sh
# run.sh: the public IKM page and CSV export over many survey answers.
#
# Fresh demo data (build/pamong init --demo), N anonymous answers
# (default 100000) spread over 12 months, the kampung units and their
# services, inserted with one SQL statement; then times single uncached
# requests (each preceded by a database write, which invalidates the page
# cache) to /ikm (all units), /ikm?unit=...&per=triwulan and
# /data/ikm.csv, and the CLI on a CSV of N rows.  Prints the figures; copy
# them into bench/README.md by hand.
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
N=${N:-100000}

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$PAMONG" ] || die "$PAMONG missing (make build)"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench.XXXXXX")
PID=
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$PAMONG" init --data "$TMP/d" --demo >/dev/null 2>&1 || die "init failed"
DB=$TMP/d/pamong.db
sqlite3 "$DB" "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1
    FROM k WHERE i < $N), u AS (SELECT id, row_number() OVER (ORDER BY id)
    - 1 AS r, count(*) OVER () AS c FROM unit WHERE kind = 'kampung'),
    l AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r,
    count(*) OVER () AS c FROM layanan WHERE level = 'kampung')
    INSERT INTO survei_jawaban(sumber, unit_id, layanan_id, periode, u1, u2,
    u3, u4, u5, u6, u7, u8, u9, integritas)
    SELECT 'online', u.id, l.id, printf('2026-%02d', 1 + k.i % 12),
    2 + abs(random()) % 3, 2 + abs(random()) % 3, 1 + abs(random()) % 4,
    3 + abs(random()) % 2, 2 + abs(random()) % 3, 2 + abs(random()) % 3,
    3 + abs(random()) % 2, 1 + abs(random()) % 4, 2 + abs(random()) % 3,
    'tidak' FROM k JOIN u ON u.r = k.i % u.c JOIN l ON l.r = k.i % l.c" ||
    die "insert failed"
UNIT=$(sqlite3 "$DB" "SELECT u.code FROM unit u WHERE kind = 'kampung'
    ORDER BY id LIMIT 1")

PORT=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
PAMONG_WORKERS=1 "$PAMONG" serve --data "$TMP/d" --listen "127.0.0.1:$PORT" \
    >"$TMP/log" 2>&1 &
PID=$!
i=0
until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do
	i=$((i + 1)); [ $i -lt 100 ] || die "server did not start"; sleep 0.1
done

# one uncached request: touch the database first
req() {
	sqlite3 "$DB" "UPDATE setting SET value = value WHERE key = 'x';
	    INSERT OR REPLACE INTO setting(key, value) VALUES ('bench', '$1')"
	curl -s -o "$TMP/out" -w '%{http_code} %{time_total} %{size_download}' \
	    "http://127.0.0.1:$PORT$1"
}
echo "answers: $N ($(sqlite3 "$DB" "SELECT count(DISTINCT unit_id) FROM survei_jawaban") units)"
for p in "/ikm" "/ikm?unit=$UNIT&per=triwulan" "/data/ikm.csv"; do
	set -- $(req "$p")
	echo "GET $p: status $1, ${2}s, $3 bytes (uncached)"
	set -- $(curl -s -o /dev/null -w '%{http_code} %{time_total}' \
	    "http://127.0.0.1:$PORT$p")
	echo "GET $p again: status $1, ${2}s (second request; HTML pages come from the page cache, the CSV is never cached)"
done
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; sqlite3 -csv "$DB" "SELECT u1, u2, u3,
    u4, u5, u6, u7, u8, u9 FROM survei_jawaban"; } >"$TMP/all.csv"
s=$(date +%s.%N)
"$PAMONG" ikm --csv "$TMP/all.csv" | tail -n 1
e=$(date +%s.%N)
echo "pamong ikm --csv ($N rows): $(echo "$e - $s" | bc)s"
