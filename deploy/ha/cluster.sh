#!/bin/sh
# cluster.sh: a throw-away high-availability PostgreSQL 15 cluster on one
# machine, for tests (issue 20): one etcd, three Patroni members (three
# data directories on free loopback ports, synchronous_mode), and HAProxy
# with a read-write port (the leader) and a read-only port (the replicas),
# from the templates next to this script.  No system service: everything
# lives in DIR and runs as an unprivileged system user (PGUSER_OS,
# default pamongpg, created if missing) when started as root.
#
#	cluster.sh up DIR	start it all in DIR (made if missing, must be
#				empty), create the database pamong, print
#				the read-write URL
#	cluster.sh status DIR	patronictl list
#	cluster.sh start DIR N	start member N (1-3) again, after a kill
#	cluster.sh down DIR	stop it all at once and remove DIR
#
# DIR/env holds the ports and URLs (RW_URL, RO_URL, PG_PORT1..3,
# REST_PORT1..3, ETCD_PORT1..3, HAPROXY_PID, ...) for scripts to source.
# Needs patroni, etcd, haproxy (scripts/install-deps.sh ha).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGUSER_OS=${PGUSER_OS:-pamongpg}
HOST=127.0.0.1

usage() {
	echo "usage: cluster.sh up|status|down DIR | start DIR N" >&2
	exit 2
}
die() { echo "cluster.sh: $*" >&2; exit 1; }
[ $# -ge 2 ] || usage
cmd=$1 dir=$2

run=
[ "$(id -u)" -eq 0 ] && run="runuser -u $PGUSER_OS --"

free_port() {
	while :; do
		p=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
		ss -Htan "sport = :$p" | grep -q . && continue
		grep -q "=$p\$" "$dir/env" 2>/dev/null && continue
		echo "$p"
		return
	done
}

# start_member N: Patroni for member N in the background, pid in DIR/mN.pid
start_member() {
	$run sh -c "echo \$\$ >'$dir/m$1.pid'; exec patroni '$dir/m$1.yml' \
	    >>'$dir/m$1.log' 2>&1" </dev/null >/dev/null 2>&1 &
}

# wait_http URL CODE SECONDS: until URL answers CODE
wait_http() {
	i=0
	while [ $i -lt $(($3 * 5)) ]; do
		[ "$(curl -s -o /dev/null -w '%{http_code}' -m 1 "$1")" = "$2" ] &&
		    return 0
		sleep 0.2
		i=$((i + 1))
	done
	return 1
}

case $cmd in
up)
	for t in patroni etcd haproxy; do
		command -v $t >/dev/null 2>&1 ||
		    die "$t missing (scripts/install-deps.sh ha)"
	done
	mkdir -p "$dir" || exit 1
	[ -z "$(ls -A "$dir")" ] || die "$dir is not empty"
	chmod 755 "$dir"
	if [ -n "$run" ]; then
		id "$PGUSER_OS" >/dev/null 2>&1 ||
		    useradd --system --no-create-home \
		    --shell /usr/sbin/nologin "$PGUSER_OS" || exit 1
		chown "$PGUSER_OS" "$dir" || exit 1
	fi
	: >"$dir/env"
	chmod 600 "$dir/env"	# it holds the superuser's password
	pw() { od -An -N12 -tx1 /dev/urandom | tr -d ' \n'; }
	SUPER=$(pw) REPL=$(pw)
	for v in ETCD_PEER ETCD_PORT1 ETCD_PORT2 ETCD_PORT3 PG_PORT1 PG_PORT2 \
	    PG_PORT3 REST_PORT1 REST_PORT2 REST_PORT3 RW_PORT RO_PORT; do
		echo "$v=$(free_port)" >>"$dir/env"
	done
	. "$dir/env"
	{
		echo "RW_URL=postgresql://pamong:$SUPER@$HOST:$RW_PORT/pamong"
		echo "RO_URL=postgresql://pamong:$SUPER@$HOST:$RO_PORT/pamong"
		echo "SUPER_PASSWORD=$SUPER"
		echo "HAPROXY_PID=$dir/haproxy.pid"
	} >>"$dir/env"

	# etcd: one member, listening for each Patroni member on a port of
	# its own (so that a firewall rule can cut one member off)
	sed -e "s|@NAME@|etcd1|" -e "s|@DATA@|$dir/etcd|" \
	    -e "s|@CLIENT_URLS@|http://$HOST:$ETCD_PORT1,http://$HOST:$ETCD_PORT2,http://$HOST:$ETCD_PORT3|" \
	    -e "s|@ADVERTISE_CLIENT_URL@|http://$HOST:$ETCD_PORT1|" \
	    -e "s|@PEER_URL@|http://$HOST:$ETCD_PEER|" \
	    -e "s|@INITIAL_CLUSTER@|etcd1=http://$HOST:$ETCD_PEER|" \
	    "$HERE/etcd.env" | grep '^ETCD_' >"$dir/etcd.env"
	$run sh -c "echo \$\$ >'$dir/etcd.pid'; set -a; . '$dir/etcd.env';
	    exec etcd >'$dir/etcd.log' 2>&1" </dev/null >/dev/null 2>&1 &
	wait_http "http://$HOST:$ETCD_PORT1/health" 200 20 ||
	    { cat "$dir/etcd.log" >&2; die "etcd did not start"; }

	for n in 1 2 3; do
		eval "pg=\$PG_PORT$n rest=\$REST_PORT$n etcdp=\$ETCD_PORT$n"
		sed -e "s|@NAME@|m$n|g" -e "s|@HOST@|$HOST|g" \
		    -e "s|@REST_PORT@|$rest|" -e "s|@PG_PORT@|$pg|g" \
		    -e "s|@ETCD_HOSTS@|$HOST:$etcdp|" -e "s|@ETCD_PROXIES@|true|" \
		    -e "s|@WATCHDOG@|off|" \
		    -e "s|@NET@|$HOST/32|" -e "s|@DATA@|$dir/m$n/data|" \
		    -e "s|@DIR@|$dir|" -e "s|@SOCKET_DIR@|$dir/m$n|" \
		    -e "s|@SUPER_PASSWORD@|$SUPER|g" -e "s|@REPL_PASSWORD@|$REPL|" \
		    "$HERE/patroni.yml" >"$dir/m$n.yml"
		mkdir -p "$dir/m$n"
		chmod 600 "$dir/m$n.yml"
		[ -n "$run" ] && chown "$PGUSER_OS" "$dir/m$n" "$dir/m$n.yml"
		chmod 700 "$dir/m$n"
	done
	# the first member bootstraps alone, the others then clone it
	start_member 1
	wait_http "http://$HOST:$REST_PORT1/primary" 200 60 ||
	    { cat "$dir/m1.log" >&2; die "member 1 did not become the leader"; }
	start_member 2
	start_member 3
	for n in 2 3; do
		eval "rest=\$REST_PORT$n"
		wait_http "http://$HOST:$rest/replica" 200 90 ||
		    { cat "$dir/m$n.log" >&2; die "member $n did not become a replica"; }
	done

	sed -e "s|@BIND@|$HOST|" -e "s|@RW_PORT@|$RW_PORT|" \
	    -e "s|@RO_PORT@|$RO_PORT|" \
	    -e "s|@NAME1@|m1|g; s|@NAME2@|m2|g; s|@NAME3@|m3|g" \
	    -e "s|@HOST[123]@|$HOST|g" \
	    -e "s|@PG_PORT1@|$PG_PORT1|g; s|@PG_PORT2@|$PG_PORT2|g; s|@PG_PORT3@|$PG_PORT3|g" \
	    -e "s|@REST_PORT1@|$REST_PORT1|g; s|@REST_PORT2@|$REST_PORT2|g; s|@REST_PORT3@|$REST_PORT3|g" \
	    "$HERE/haproxy.cfg" >"$dir/haproxy.cfg"
	$run haproxy -q -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid" \
	    </dev/null >/dev/null 2>&1 ||
	    die "haproxy did not start"
	i=0
	until PGCONNECT_TIMEOUT=2 "$PGBIN/psql" -X -q -At \
	    -d "postgresql://pamong:$SUPER@$HOST:$RW_PORT/postgres" \
	    -c "CREATE DATABASE pamong" >/dev/null 2>"$dir/createdb.err"; do
		i=$((i + 1))
		[ $i -lt 30 ] || { cat "$dir/createdb.err" >&2; die "no database"; }
		sleep 0.5
	done
	. "$dir/env"
	echo "$RW_URL"
	;;
start)
	[ $# -eq 3 ] || usage
	[ -f "$dir/m$3.yml" ] || die "no member $3 in $dir"
	start_member "$3"
	;;
status)
	[ -f "$dir/m1.yml" ] || die "no cluster in $dir"
	patronictl -c "$dir/m1.yml" list
	;;
down)
	[ -f "$dir/env" ] || { rm -rf "$dir"; exit 0; }
	[ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null
	for n in 1 2 3; do
		[ -f "$dir/m$n.pid" ] && kill -9 "$(cat "$dir/m$n.pid")" 2>/dev/null
		pm=$(head -n 1 "$dir/m$n/data/postmaster.pid" 2>/dev/null)
		[ -n "$pm" ] && kill -9 "$pm" 2>/dev/null
	done
	[ -f "$dir/etcd.pid" ] && kill "$(cat "$dir/etcd.pid")" 2>/dev/null
	sleep 1
	rm -rf "$dir"
	;;
*)
	usage
	;;
esac
