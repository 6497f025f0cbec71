#!/bin/sh
# pg-cluster.sh: a throw-away PostgreSQL 15 cluster for tests and
# benchmarks (issue 14).  No system service: initdb and pg_ctl in a
# directory of its own, on a free loopback port; as root the cluster runs
# as an unprivileged system user (PGUSER_OS, default pamongpg, created if
# missing), otherwise as the current user.  Superuser `pamong`, trust
# authentication on 127.0.0.1 and the socket in DIR only.
#
#	pg-cluster.sh init DIR [fast|durable]
#		create and start the cluster in DIR (an empty directory);
#		print its URL, postgresql://pamong@127.0.0.1:PORT.  fast
#		(the default, for tests) runs with fsync=off; durable keeps
#		PostgreSQL's defaults (fsync, synchronous_commit on), for
#		benchmarks.  DIR/pgctl start|stop restarts or stops it.
#	pg-cluster.sh stop DIR
#		stop it at once (immediate) and remove DIR.
# PGBIN: the server's programs (default /usr/lib/postgresql/15/bin);
# PGEXTRA: more server options for init (e.g. "-c log_statement=all").
set -u
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGUSER_OS=${PGUSER_OS:-pamongpg}

usage() {
	echo "usage: pg-cluster.sh init DIR [fast|durable] | stop DIR" >&2
	exit 2
}
[ $# -ge 2 ] || usage
cmd=$1 dir=$2
case $cmd in
init)
	mode=${3:-fast}
	case $mode in
	fast) extra="-c fsync=off" ;;
	durable) extra="" ;;
	*) usage ;;
	esac
	extra="$extra ${PGEXTRA:-}"
	run=
	if [ "$(id -u)" -eq 0 ]; then
		id "$PGUSER_OS" >/dev/null 2>&1 ||
		    useradd --system --no-create-home \
		    --shell /usr/sbin/nologin "$PGUSER_OS" || exit 1
		chown "$PGUSER_OS" "$dir" || exit 1
		run="runuser -u $PGUSER_OS --"
	fi
	port=$(python3 -c 'import socket; s = socket.socket();
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || exit 1
	$run "$PGBIN/initdb" -D "$dir/data" -U pamong --auth=trust -E UTF8 \
	    --no-locale >"$dir/initdb.log" 2>&1 ||
	    { cat "$dir/initdb.log" >&2; exit 1; }
	{
		echo '#!/bin/sh'
		printf 'exec %s "%s/pg_ctl" -D "%s/data" -w -l "%s/server.log"' \
		    "$run" "$PGBIN" "$dir" "$dir"
		printf ' -o "-c listen_addresses=127.0.0.1 -p %s -k %s %s"' \
		    "$port" "$dir" "$extra"
		printf ' "$@"\n'
	} >"$dir/pgctl"
	chmod 755 "$dir/pgctl"
	"$dir/pgctl" start >/dev/null ||
	    { cat "$dir/server.log" >&2; exit 1; }
	echo "postgresql://pamong@127.0.0.1:$port"
	;;
stop)
	[ -x "$dir/pgctl" ] && "$dir/pgctl" -m immediate stop >/dev/null 2>&1
	rm -rf "$dir"
	;;
*)
	usage
	;;
esac
