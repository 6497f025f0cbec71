#!/bin/sh
# run.sh: /sakip for every OPD with 5 years of quarterly data (issue 22).
#
# Makes a fresh --demo data directory, then adds with sqlite3 a Renstra
# 2022-2026 for every OPD (27 in the Siak seed, beside the demo plans of
# five of them), K indicators each (default 8, one
# sasaran), targets for 5 years (year and 4 quarters) and 4 verified
# quarterly realisations per year, alternating positive cumulative,
# negative and nilai akhir indicators.  Starts build/pamong serve
# (PAMONG_WORKERS=2) and measures:
# 1. single requests (curl, RUNS each, default 7, sequential) of /sakip,
#    /sakip/unit/DPMPTSP, /data/sakip.csv, /data/sakip.json: median and
#    maximum ms, bytes;
# 2. wrk -t2 -cCONNECTIONS -dDURATION --latency (default 50, 10s) on
#    /sakip and /sakip/unit/DPMPTSP anonymous (served from the page cache
#    while nothing changes) and with a signed-in officer's cookie (every
#    request computed: the cache serves only anonymous visitors): req/s,
#    p50, p99.
# Results are copied into bench/README.md by hand.
# Environment: K, RUNS, CONNECTIONS, DURATION, PAMONG.
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
K=${K:-8}
RUNS=${RUNS:-7}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-10s}

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$PAMONG" ] || die "$PAMONG missing (make build)"
for t in sqlite3 curl wrk; do
	command -v $t >/dev/null || die "$t missing"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench.XXXXXX")
PID=
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$PAMONG" init --data "$TMP/data" --demo >/dev/null 2>&1 || die "init failed"
sqlite3 "$TMP/data/pamong.db" <<SQL || die "insert failed"
CREATE TEMP TABLE n(k INTEGER PRIMARY KEY);
WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < $K)
INSERT INTO n SELECT k FROM c;
INSERT INTO sakip_rencana (jenis, unit_id, nama, tahun_awal, tahun_akhir, demo)
    SELECT 'renstra', id, 'Renstra beban ' || code, 2022, 2026, 1 FROM unit
    WHERE kind = 'opd';
INSERT INTO sakip_sasaran (rencana_id, jenis, uraian)
    SELECT id, 'sasaran', 'Sasaran uji beban' FROM sakip_rencana
    WHERE nama LIKE 'Renstra beban %';
INSERT INTO sakip_indikator (sasaran_id, unit_id, kode, nama, satuan,
    polaritas, kumulatif, jabatan_pj, induk_id, iku, urutan)
    SELECT s.id, r.unit_id, 'B-' || u.code || '-' || n.k,
    'Indikator uji beban ' || n.k, 'persen',
    CASE n.k % 3 WHEN 0 THEN 'positif' WHEN 1 THEN 'negatif'
    ELSE 'nilai_akhir' END, CASE n.k % 3 WHEN 0 THEN 1 ELSE 0 END,
    'Kepala Bidang', (SELECT id FROM sakip_indikator WHERE kode =
    'RPJMD-2.1'), 1, 100 + n.k
    FROM sakip_sasaran s JOIN sakip_rencana r ON r.id = s.rencana_id
    JOIN unit u ON u.id = r.unit_id, n
    WHERE r.nama LIKE 'Renstra beban %';
CREATE TEMP TABLE th(t INTEGER);
INSERT INTO th VALUES (2022), (2023), (2024), (2025), (2026);
CREATE TEMP TABLE tw(q INTEGER);
INSERT INTO tw VALUES (0), (1), (2), (3), (4);
DELETE FROM sakip_target WHERE tahun BETWEEN 2022 AND 2026 AND indikator_id
    IN (SELECT id FROM sakip_indikator WHERE kode LIKE 'B-%');
INSERT INTO sakip_target (indikator_id, tahun, triwulan, nilai)
    SELECT i.id, th.t, tw.q, (80 + (i.id + th.t + tw.q) % 20) * 1000000
    FROM sakip_indikator i, th, tw WHERE i.kode LIKE 'B-%';
INSERT INTO sakip_realisasi (indikator_id, tahun, triwulan, nilai,
    bukti_url, status, diajukan_at, diverifikasi_at)
    SELECT i.id, th.t, tw.q, (75 + (i.id * 7 + th.t + tw.q) % 30) * 1000000,
    'https://siakkab.go.id/bukti', 'diverifikasi', 0, 0
    FROM sakip_indikator i, th, tw WHERE i.kode LIKE 'B-%' AND tw.q > 0;
ANALYZE;
SQL
echo "$(sqlite3 "$TMP/data/pamong.db" "SELECT (SELECT count(DISTINCT unit_id)
    FROM sakip_indikator) || ' units, ' || (SELECT count(*) FROM
    sakip_indikator) || ' indicators, ' || (SELECT count(*) FROM
    sakip_target) || ' targets, ' || (SELECT count(*) FROM sakip_realisasi)
    || ' realisations'")"

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
curl -s -o /dev/null -c "$TMP/jar" -b "$TMP/jar" --data-urlencode pengguna=op.dpmptsp \
    --data-urlencode sandi=Siak-Demo-2026 --data-urlencode "csrf=$csrf" "$base/masuk"
cookie=$(awk '$6 ~ /pamong_sesi/ { print $6 "=" $7 }' "$TMP/jar")
[ -n "$cookie" ] || die "login failed"

echo "== single requests, $RUNS each (ms)"
printf '%-30s %8s %8s %10s\n' path median max bytes
for path in /sakip /sakip/unit/DPMPTSP /data/sakip.csv /data/sakip.json; do
	: >"$TMP/times"
	r=0
	while [ $r -lt "$RUNS" ]; do
		curl -s -o "$TMP/body" -w '%{http_code} %{time_total}\n' \
		    "$base$path?tahun=2024" >>"$TMP/times"
		r=$((r + 1))
	done
	grep -qv '^200 ' "$TMP/times" && die "$path did not answer 200"
	awk '{ print $2 }' "$TMP/times" | sort -n | awk -v p="$path" \
	    -v b="$(wc -c <"$TMP/body")" '{ v[NR] = $1 * 1000 }
	    END { printf "%-30s %8.1f %8.1f %10d\n", p, v[int((NR + 1) / 2)], v[NR], b }'
done

ms() {
	echo "$1" | awk '{ v = $1 + 0
	    if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0;
	    else if ($1 ~ /m$/) v *= 60000; else if ($1 ~ /s$/) v *= 1000
	    printf "%.1f", v }'
}
echo "== wrk -t2 -c$CONNECTIONS -d$DURATION"
printf '%-32s %10s %8s %8s %8s\n' request req_s p50_ms p99_ms non2xx
for who in anonim petugas; do
	for path in /sakip /sakip/unit/DPMPTSP; do
		if [ $who = anonim ]; then
			wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency \
			    "$base$path" >"$TMP/wrk" 2>&1
		else
			wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency \
			    -H "Cookie: $cookie" "$base$path" >"$TMP/wrk" 2>&1
		fi
		rps=$(awk '/^Requests\/sec/ { print $2 }' "$TMP/wrk")
		p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$TMP/wrk")")
		p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$TMP/wrk")")
		bad=$(awk '/Non-2xx/ { print $NF }' "$TMP/wrk")
		printf '%-32s %10s %8s %8s %8s\n' "$path ($who)" "$rps" "$p50" \
		    "$p99" "${bad:-0}"
	done
done
