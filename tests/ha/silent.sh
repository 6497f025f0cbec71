#!/bin/sh
# silent.sh: the database vanishes from the network without closing the
# connection (issue 20): an nft rule drops every packet to a throw-away
# PostgreSQL's port (scripts/pg-cluster.sh) while a server holds its
# connections.  Without HAProxy in between (which cuts the sessions of a
# server it marks down), only TCP notices: Pamong's connection settings
# (tcp_user_timeout 10 s, keepalives 5 s x 3, src/store/pg.c) end the
# wait, so a request gets its 503 (tidak_tersedia) within 30 s instead of
# hanging for TCP's 15 minutes of retransmissions; the server keeps
# running and serves again once the rule is gone.  Run by make test-ha
# as root (nft); skipped otherwise.
. "$(dirname "$0")/../http/test-lib.sh"
. "$(dirname "$0")/../http/api-app-lib.sh"
. "$(dirname "$0")/../http/adu-lib.sh"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ "$(id -u)" -ne 0 ] || ! command -v nft >/dev/null 2>&1 ||
    [ ! -x "$PGBIN/postgres" ]; then
	ok "skipped: needs root, nft and PostgreSQL 15"
	finish
fi
PG=$(mktemp -d "${TMPDIR:-/tmp}/pamong-silent.XXXXXX")
chmod 755 "$PG"
NFT_TABLE=pamong_silent_$$
_silent_cleanup() {
	nft delete table inet "$NFT_TABLE" 2>/dev/null
	_t_cleanup
	"$ROOT/scripts/pg-cluster.sh" stop "$PG"
}
trap _silent_cleanup EXIT
if ! BASEURL=$("$ROOT/scripts/pg-cluster.sh" init "$PG"); then
	fail "a throw-away cluster starts"
	finish
fi
PGPORT=${BASEURL##*:}
URL=$BASEURL/pamong_silent
"$PGBIN/psql" -X -q -d "$BASEURL/postgres" -c "CREATE DATABASE pamong_silent"
DATA=$WORK/data
check "pamong init --demo --db" sh -c "PAMONG_SEED_DIR='$ROOT/data' '$PAMONG' \
    init --data '$DATA' --demo --db '$URL' >'$WORK/init.log' 2>&1"
SERVER_LOG=$WORK/server.log
_t_serve "$SERVER_LOG" http 600 env LD_PRELOAD="$(_t_preload)" \
    PAMONG_WORKERS=1 "$PAMONG" serve --data "$DATA"
check "the server answers" test -n "$SERVER_PID"
TW=$(token warga.demo)
adu_file 201 "$TW"
check "a complaint is filed" test -n "$NOMOR"

# the database falls silent: packets to its port vanish
nft add table inet "$NFT_TABLE" &&
    nft add chain inet "$NFT_TABLE" in \
	'{ type filter hook input priority -10; policy accept; }' &&
    nft add rule inet "$NFT_TABLE" in "tcp dport $PGPORT drop"
check "the rule is in place" sh -c "nft list table inet '$NFT_TABLE' >/dev/null"
t0=$(date +%s)
code=$(curl -s -o "$BODY" -w '%{http_code}' -m 60 \
    -H "Authorization: Bearer $TW" -H 'Content-Type: application/json' \
    --data-binary "$(adu_json)" "$BASE/api/v1/pengaduan")
t1=$(date +%s)
echo "# a submission while the database is silent: $code after $((t1 - t0)) s"
check "answered 503, not left hanging" test "$code" = 503
check "within 30 s ($((t1 - t0)) s)" test $((t1 - t0)) -le 30
expect_json 'j.galat.kode === "tidak_tersedia"' "$BODY"
check "the server is still running" _t_alive "$SERVER_PID"

nft delete table inet "$NFT_TABLE"
i=0
while [ $i -lt 50 ]; do
	[ "$(curl -s -o /dev/null -w '%{http_code}' -m 10 "$BASE/layanan")" = 200 ] &&
	    break
	sleep 0.2
	i=$((i + 1))
done
check "pages again within 10 s of the rule's removal" test $i -lt 50
adu_file 201 "$TW"
check "a complaint is filed again" test -n "$NOMOR"
check "audit chain verifies" "$PAMONG" audit verify --data "$DATA"
finish
