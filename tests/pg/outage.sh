#!/bin/sh
# outage.sh: the database goes away under a running server and comes
# back (issue 14), run by tests/pg/run.sh, which sets PAMONG_TEST_PG,
# PGBIN and PG_CTL (a command that takes "stop" or "start" for the
# throw-away cluster).  While PostgreSQL is down every request is
# answered 503 (HTML for pages, JSON for the API, with Retry-After) and
# the server keeps running; when it is back the server reconnects by
# itself, with nothing acknowledged lost.
. "$(dirname "$0")/../http/test-lib.sh"
. "$(dirname "$0")/../http/api-app-lib.sh"
. "$(dirname "$0")/../http/adu-lib.sh"

. "$(dirname "$0")/pg-lib.sh"
: "${PG_CTL:?}"
pg_demo pamong_outage

SERVER_LOG=$WORK/server.log
# as start_server does (another port when it was taken meanwhile)
_t_serve "$SERVER_LOG" http 600 env LD_PRELOAD="$(_t_preload)" _STDBUF_O=L \
    PAMONG_WORKERS=2 "$PAMONG" serve --data "$DATA"
check "the server answers" test -n "$SERVER_PID"
TW=$(token warga.demo)
adu_file 201 "$TW"
N1=$NOMOR

# PostgreSQL stops
$PG_CTL stop >/dev/null 2>&1
check "PostgreSQL is down" sh -c "! \"$PGBIN/pg_isready\" -q -d '$URL'"
expect_status 503 GET /layanan
expect_contains "Layanan sedang tidak tersedia" "$BODY"
expect_header retry-after '5'
expect_status 503 POST /api/v1/pengaduan -H "Authorization: Bearer $TW" \
    -H 'Content-Type: application/json' --data-binary "$(adu_json)"
expect_json 'j.galat.kode === "tidak_tersedia"' "$BODY"
expect_status 503 GET /masuk
check "the server is still running" _t_alive "$SERVER_PID"

# and comes back: the server reconnects without a restart
$PG_CTL start >/dev/null 2>&1
check "PostgreSQL is back" "$PGBIN/pg_isready" -q -t 10 -d "$URL"
i=0
while [ $i -lt 50 ]; do
	[ "$(curl -s -o /dev/null -w '%{http_code}' -m 10 "$BASE/layanan")" = 200 ] &&
	    break
	sleep 0.2
	i=$((i + 1))
done
check "pages again within 10 s, without a restart" test $i -lt 50
sleep 1.5	# a worker that tried in vain tries again a second later
n=0
for k in 1 2 3 4 5 6; do	# both workers
	[ "$(curl -s -o /dev/null -w '%{http_code}' -m 10 "$BASE/layanan")" = 200 ] &&
	    n=$((n + 1))
done
check "every worker serves again ($n of 6)" test "$n" = 6
adu_file 201 "$TW"
check "a complaint is filed again" test -n "$NOMOR"
check "the one acknowledged before the outage is there" test \
    "$(sql "SELECT count(*) FROM pengaduan WHERE nomor = '$N1'")" = 1
check "the one refused during it is not" test \
    "$(sql "SELECT count(*) FROM pengaduan")" = 2
check "audit chain verifies" "$PAMONG" audit verify --data "$DATA"
finish
