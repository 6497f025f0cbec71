#!/bin/sh
# failover.sh: Pamong on a three-member Patroni cluster (issue 20) loses
# no acknowledged write when its leader goes away.  deploy/ha/cluster.sh
# brings up etcd, three PostgreSQL 15 members (synchronous_mode) and
# HAProxy; `pamong init --db` through the read-write port; two app
# servers; tests/ha/load.py submits KPG-02 applications (the p0002 load)
# through both.  Three events, one after the other, each in the middle of
# a load run:
#   kill	kill -9 of the leader's Patroni, postmaster and backends
#		(a machine that dies), then its Patroni started again;
#   partition	an nft rule drops every packet to the leader's PostgreSQL,
#		REST and etcd ports (a machine cut off), then removed;
#   etcd	kill -9 of the one etcd, then started again on its data.
# After each: every 201 is in the database, no number twice, the answers
# lost in the event are retried with their idempotency keys (the same
# application back on a second retry), a sample of the 201s retried gives
# 200 and the same nomor, `pamong audit verify` and `pamong log verify`
# pass, the old leader is a replica again, and never were two members
# primary at once.  Printed per event: seconds without a leader, seconds
# without a 201, the 503s and the cut answers.
# Run by `make test-ha` as root (nft, runuser); not part of make test.
. "$(dirname "$0")/../http/test-lib.sh"
HERE=$ROOT/tests/ha
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
LOAD_SECONDS=${LOAD_SECONDS:-40}
EVENT_AT=${EVENT_AT:-10}
PY=/usr/bin/python3
PW=Sandi-Uji-Beban-2026
for t in patroni etcd haproxy nft; do
	if ! command -v $t >/dev/null 2>&1; then
		ok "skipped: $t is not installed (scripts/install-deps.sh ha)"
		finish
	fi
done
if [ "$(id -u)" -ne 0 ]; then
	ok "skipped: needs root (nft rules, a system user for PostgreSQL)"
	finish
fi

# wait_for SECONDS CMD...: until CMD succeeds; 1 if it never did
wait_for() {
	_w=$(($1 * 5))
	shift
	while [ $_w -gt 0 ]; do
		"$@" && return 0
		sleep 0.2
		_w=$((_w - 1))
	done
	return 1
}
HA=$(mktemp -d "${TMPDIR:-/tmp}/pamong-ha.XXXXXX")	# the PostgreSQL user must reach it
NFT_TABLE=pamong_ha_$$
S1= S2=
_ha_cleanup() {
	nft delete table inet "$NFT_TABLE" 2>/dev/null
	for p in $S1 $S2; do _t_kill9 "$p"; done
	"$ROOT/deploy/ha/cluster.sh" down "$HA"
	_t_cleanup
}
trap _ha_cleanup EXIT

if ! URL=$("$ROOT/deploy/ha/cluster.sh" up "$HA" 2>"$WORK/up.err"); then
	cat "$WORK/up.err"
	fail "the cluster comes up"
	finish
fi
ok "the cluster comes up: etcd, three members, HAProxy"
. "$HA/env"
psql_rw() { "$PGBIN/psql" -X -q -At -d "$RW_URL" -c "$1"; }
# on member N through its socket (no firewall on it)
psql_m() { PGCONNECT_TIMEOUT=1 "$PGBIN/psql" -X -q -At -h "$HA/m$1" \
    -p "$(eval echo "\$PG_PORT$1")" -U pamong -d postgres -c "$2" 2>/dev/null; }
one_sync() { test "$(psql_m 1 "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")" = 1; }
check "synchronous mode: one synchronous standby" wait_for 30 one_sync
check "the read-only port reaches a replica" \
    test "$("$PGBIN/psql" -X -At -d "${RO_URL%/pamong}/postgres" -c "SELECT pg_is_in_recovery()")" = t

# leader: the member whose REST answers 200 on /primary, or nothing
leader() {
	for n in 1 2 3; do
		eval "_r=\$REST_PORT$n"
		[ "$(curl -s -o /dev/null -w '%{http_code}' -m 1 \
		    "http://127.0.0.1:$_r/primary")" = 200 ] && { echo "$n"; return; }
	done
}

DATA=$WORK/data
check "pamong init --db through the read-write port" \
    sh -c "'$PAMONG' init --data '$DATA' --demo --db '$RW_URL' >'$WORK/init.log' 2>&1"
for i in 1 2 3 4; do
	printf '%s\n' "$PW" | "$PAMONG" user add --data "$DATA" \
	    --username "beban.$i" --role warga --nik "$(printf '14080101019%05d' "$i")" \
	    --name "Warga Uji Beban $i" --phone "08120000001$i" \
	    --password-stdin >/dev/null 2>&1
done
PRE=$(_t_preload)
_t_serve "$WORK/s1.log" http 300 env LD_PRELOAD="$PRE" PAMONG_WORKERS=2 \
    "$PAMONG" serve --data "$DATA"
S1=$SERVER_PID B1=$BASE
_t_serve "$WORK/s2.log" http 300 env LD_PRELOAD="$PRE" PAMONG_WORKERS=2 \
    "$PAMONG" serve --data "$DATA"
S2=$SERVER_PID B2=$BASE
SERVER_PID=
check "two app servers answer" test -n "$S1" -a -n "$S2"
: >"$WORK/tokens"
for i in 1 2 3 4; do
	curl -s -m 10 -H 'Content-Type: application/json' \
	    -d "{\"pengguna\":\"beban.$i\",\"sandi\":\"$PW\"}" \
	    "$B1/api/v1/sesi" | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p' \
	    >>"$WORK/tokens"
done
check "four citizens signed in" test "$(grep -c . "$WORK/tokens")" = 4

is_replica() {
	eval "_r=\$REST_PORT$1"
	[ "$(curl -s -o /dev/null -w '%{http_code}' -m 1 \
	    "http://127.0.0.1:$_r/replica")" = 200 ]
}
has_leader() { [ -n "$(leader)" ]; }
no_leader() { [ -z "$(leader)" ]; }

# primaries_watch FILE: every 0.3 s, how many members are primary (asked
# on their sockets, which no rule cuts), one line each, until FILE.stop
primaries_watch() {
	while [ ! -f "$1.stop" ]; do
		_c=0
		for n in 1 2 3; do
			[ "$(psql_m "$n" "SELECT pg_is_in_recovery()")" = f ] &&
			    _c=$((_c + 1))
		done
		echo "$_c" >>"$1"
		sleep 0.3
	done
}

# event NAME: one load run with the event EVENT_AT seconds in
event() {
	ev=$1
	echo "# --- $ev ---"
	old=$(leader)
	check "$ev: a leader before (m$old)" test -n "$old"
	eval "opg=\$PG_PORT$old orest=\$REST_PORT$old oetcd=\$ETCD_PORT$old"
	R=$WORK/$ev.tsv
	: >"$R"
	$PY "$HERE/load.py" run "$B1,$B2" "$WORK/tokens" "$R" "$LOAD_SECONDS" 8 &
	lp=$!
	primaries_watch "$WORK/$ev.prim" &
	wp=$!
	sleep "$EVENT_AT"
	t0=$(date +%s.%N)
	case $ev in
	kill)
		pm=$(head -n 1 "$HA/m$old/data/postmaster.pid")
		kill -9 "$(cat "$HA/m$old.pid")" "$pm" $(pgrep -P "$pm")
		;;
	partition)
		nft add table inet "$NFT_TABLE" &&
		nft add chain inet "$NFT_TABLE" in \
		    '{ type filter hook input priority -10; policy accept; }' &&
		nft add rule inet "$NFT_TABLE" in \
		    "tcp dport { $opg, $orest, $oetcd } drop"
		;;
	etcd)
		kill -9 "$(cat "$HA/etcd.pid")"
		;;
	esac
	if [ "$ev" = etcd ]; then
		# no etcd, no leader: Patroni demotes the primary (no failsafe_mode)
		wait_for 30 no_leader
		check "etcd: the leader steps down without etcd" \
		    test -z "$(leader)"
		sleep 5
		check "etcd: still no leader while etcd is away" test -z "$(leader)"
		t_up=$(date +%s.%N)
		runuser -u "${PGUSER_OS:-pamongpg}" -- sh -c "echo \$\$ >'$HA/etcd.pid';
		    set -a; . '$HA/etcd.env'; exec etcd >>'$HA/etcd.log' 2>&1" </dev/null >/dev/null 2>&1 &
	fi
	wait_for 60 has_leader
	t1=$(date +%s.%N)
	new=$(leader)
	check "$ev: a leader again (m$new)" test -n "$new"
	[ "$ev" != etcd ] && check "$ev: another member leads" test "$new" != "$old"
	wait "$lp"
	touch "$WORK/$ev.prim.stop"
	wait "$wp"
	echo "# right after the load:"
	"$ROOT/deploy/ha/cluster.sh" status "$HA" 2>&1 | sed 's/^/#   /'
	case $ev in
	kill) "$ROOT/deploy/ha/cluster.sh" start "$HA" "$old" ;;
	partition) nft delete table inet "$NFT_TABLE" ;;
	esac
	for n in 1 2 3; do
		[ "$n" = "$new" ] && continue
		if [ "$n" = "$old" ]; then
			check "$ev: the old leader m$old is a replica again" \
			    wait_for 90 is_replica "$n"
		else
			check "$ev: m$n is a replica" wait_for 90 is_replica "$n"
		fi
	done
	"$ROOT/deploy/ha/cluster.sh" status "$HA" 2>&1 | sed 's/^/#   /'
	[ -n "${HA_KEEP:-}" ] && cp "$HA"/m*.log "$WORK/"
	check "$ev: never two primaries at once (max $(sort -n "$WORK/$ev.prim" | tail -n 1))" \
	    test "$(sort -n "$WORK/$ev.prim" | tail -n 1)" -le 1

	# figures
	n201=$(awk -F'\t' '$4 == "201"' "$R" | wc -l)
	n503=$(awk -F'\t' '$4 == "503"' "$R" | wc -l)
	ncut=$(awk -F'\t' '$4 == "000"' "$R" | wc -l)
	nother=$(awk -F'\t' '$4 != "201" && $4 != "503" && $4 != "000"' "$R" | wc -l)
	# the longest time without a 201 across the event
	gap=$(awk -F'\t' '$4 == "201" { if (p && $1 - p > g) g = $1 - p; p = $1 }
	    END { printf "%.1f", g }' "$R")
	noleader=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	[ "$ev" = etcd ] && echo "# etcd: away $(awk -v a="$t0" -v b="$t_up" 'BEGIN { printf "%.1f", b - a }')s; a leader $(awk -v a="$t_up" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')s after its restart"
	echo "# $ev: leader m$old -> m$new; ${noleader}s until a leader, ${gap}s the longest without a 201; $n201 201s, $n503 503s, $ncut cut, $nother other"
	echo "$ev $noleader $gap $n201 $n503 $ncut $nother" >>"$WORK/figures"
	check "$ev: 201s before and after the event" \
	    awk -F'\t' -v t0="$t0" -v t1="$t1" '$4 == "201" && $1 < t0 { b = 1 }
	    $4 == "201" && $1 > t1 { a = 1 } END { exit !(a && b) }' "$R"
	check "$ev: no answer but 201, 503 or none ($nother other)" test "$nother" = 0
	awk -F'\t' '$4 == "503"' "$R" | cut -f6 | sort -u >"$WORK/$ev.503kode"
	check "$ev: every 503 is galat.kode tidak_tersedia" \
	    test "$(cat "$WORK/$ev.503kode")" = tidak_tersedia -o ! -s "$WORK/$ev.503kode"

	# every 201 is in the database, no number twice
	awk -F'\t' '$4 == "201" { print $5 }' "$R" | sort -u >"$WORK/$ev.acked"
	psql_rw "SELECT nomor FROM permohonan" | sort >"$WORK/$ev.db"
	lost=$(comm -23 "$WORK/$ev.acked" "$WORK/$ev.db" | wc -l)
	echo "$ev lost $lost" >>"$WORK/figures"
	check "$ev: every one of the $n201 201s is in the database (lost $lost)" \
	    test "$lost" = 0 -a "$n201" -gt 0
	if [ "$lost" != 0 ]; then
		comm -23 "$WORK/$ev.acked" "$WORK/$ev.db" >"$WORK/$ev.missing"
		for n in 1 2 3; do
			eval "_p=\$PG_PORT$n"
			"$PGBIN/psql" -X -q -At -h "$HA/m$n" -p "$_p" -U pamong \
			    -d pamong -c "SELECT nomor FROM permohonan" 2>/dev/null |
			    sort >"$WORK/$ev.m$n"
			echo "# of the missing, on m$n: $(comm -12 "$WORK/$ev.missing" "$WORK/$ev.m$n" | wc -l) (rows $(wc -l <"$WORK/$ev.m$n"))"
		done
	fi
	check "$ev: no number twice" \
	    test "$(uniq -d "$WORK/$ev.db" | wc -l)" = 0

	# answers lost in the event: retried with their keys, twice
	awk -F'\t' '$4 != "201"' "$R" >"$WORK/$ev.lost"
	: >"$WORK/$ev.r1"
	: >"$WORK/$ev.r2"
	$PY "$HERE/load.py" retry "$B1,$B2" "$WORK/tokens" "$WORK/$ev.lost" "$WORK/$ev.r1"
	$PY "$HERE/load.py" retry "$B1,$B2" "$WORK/tokens" "$WORK/$ev.lost" "$WORK/$ev.r2"
	check "$ev: $(wc -l <"$WORK/$ev.lost") unanswered retried: each 200 or 201" \
	    sh -c "! awk -F'\t' '\$4 != \"200\" && \$4 != \"201\"' '$WORK/$ev.r1' | grep -q ."
	check "$ev: a second retry gives 200 and the same nomor" sh -c \
	    "paste '$WORK/$ev.r1' '$WORK/$ev.r2' | awk -F'\t' '\$3 != \$9 || \$10 != \"200\" || \$5 != \$11 { bad = 1 } END { exit bad }'"
	# a sample of the 201s: their key gives the same application back
	awk -F'\t' '$4 == "201"' "$R" | awk 'NR % 10 == 1' >"$WORK/$ev.sample"
	: >"$WORK/$ev.rs"
	$PY "$HERE/load.py" retry "$B1,$B2" "$WORK/tokens" "$WORK/$ev.sample" "$WORK/$ev.rs"
	check "$ev: $(wc -l <"$WORK/$ev.sample") acknowledged keys again: 200, same nomor" sh -c \
	    "paste '$WORK/$ev.sample' '$WORK/$ev.rs' | awk -F'\t' '\$3 != \$9 || \$10 != \"200\" || \$5 != \$11 { bad = 1 } END { exit bad }'"
	check "$ev: no number twice after the retries" \
	    test "$(psql_rw "SELECT count(*) - count(DISTINCT nomor) FROM permohonan")" = 0
	check "$ev: pamong audit verify" \
	    sh -c "'$PAMONG' audit verify --data '$DATA' >'$WORK/$ev.audit' 2>&1"
	check "$ev: pamong log verify" \
	    sh -c "'$PAMONG' log verify --data '$DATA' >'$WORK/$ev.log' 2>&1"
}

for ev in ${EVENTS:-kill partition etcd}; do
	event "$ev"
done
[ -n "${HA_KEEP:-}" ] && cp -r "$WORK" "$HA_KEEP"
for p in $S1 $S2; do
	check "app server $p still runs" _t_alive "$p"
done
grep -h "pamong: postgresql" "$WORK/s1.log" "$WORK/s2.log" | sort | uniq -c |
    sort -rn | head -n 5 | sed 's/^/# server log: /'
echo "# figures (event, s until a leader, s without a 201, 201s, 503s, cut, other):"
sed 's/^/#   /' "$WORK/figures"
for p in $S1 $S2; do _t_kill9 "$p"; done
S1= S2=
finish
