#!/bin/sh
# pitr.sh: point-in-time recovery of Pamong's PostgreSQL database with
# pgBackRest (issue 21), on a throw-away cluster of its own
# (scripts/pg-cluster.sh) and a repository in a temporary directory,
# configured by deploy/pgbackrest/pgbackrest.conf (paths and port
# substituted).  WAL archiving on, stanza-create, a full backup; then an
# account made before the target time T and one after; the cluster
# stopped and restored to T (`restore --type=time --target=T`): the
# first account is there, the second is not, the audit chain verifies.
# Run by `make test-pitr` (not by make test-pg: it stops its cluster).
# Skipped without pgbackrest or PostgreSQL 15.
. "$(dirname "$0")/../http/test-lib.sh"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGUSER_OS=${PGUSER_OS:-pamongpg}
if ! command -v pgbackrest >/dev/null 2>&1 || [ ! -x "$PGBIN/postgres" ]; then
	ok "skipped: pgbackrest or PostgreSQL 15 is not installed"
	finish
fi
PG=$(mktemp -d "${TMPDIR:-/tmp}/pamong-pitr.XXXXXX")
chmod 755 "$PG"
_pitr_cleanup() {
	"$ROOT/scripts/pg-cluster.sh" stop "$PG"
	_t_cleanup
}
trap _pitr_cleanup EXIT
if ! URL=$(PGBIN=$PGBIN PGUSER_OS=$PGUSER_OS "$ROOT/scripts/pg-cluster.sh" init "$PG" durable); then
	fail "a throw-away cluster starts"
	finish
fi
PORT=${URL##*:}
run=
[ "$(id -u)" -eq 0 ] && run="runuser -u $PGUSER_OS --"
mkdir -p "$PG/repo" "$PG/log" "$PG/lock" "$PG/spool"
[ -n "$run" ] && chown "$PGUSER_OS" "$PG/repo" "$PG/log" "$PG/lock" "$PG/spool"
CONF=$PG/pgbackrest.conf
sed -e "s|^repo1-path=.*|repo1-path=$PG/repo|" \
    -e "s|^repo1-cipher-pass=.*|repo1-cipher-pass=uji-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')|" \
    -e "s|^pg1-path=.*|pg1-path=$PG/data|" \
    -e "s|^pg1-port=.*|pg1-port=$PORT|" \
    -e "s|^pg1-socket-path=.*|pg1-socket-path=$PG\npg1-user=pamong|" \
    -e "s|^log-level-file=.*|log-level-file=detail\nlog-path=$PG/log\nlock-path=$PG/lock\nspool-path=$PG/spool|" \
    "$ROOT/deploy/pgbackrest/pgbackrest.conf" >"$CONF"
chmod 644 "$CONF"
BR="$run pgbackrest --config=$CONF --stanza=pamong"
psql() { "$PGBIN/psql" -X -q -At -d "$URL/${DB:-postgres}" -c "$1"; }

# WAL archiving (as in doc/operations.md), then a restart
psql "ALTER SYSTEM SET archive_mode = on" &&
    psql "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$CONF --stanza=pamong archive-push %p'"
"$PG/pgctl" restart >/dev/null 2>&1
check "archiving on" test "$(psql "SHOW archive_mode")" = on
check "stanza-create" sh -c "$BR stanza-create >'$WORK/br.log' 2>&1"
check "check: WAL reaches the repository" sh -c "$BR check >>'$WORK/br.log' 2>&1"

# Pamong's database
psql "CREATE DATABASE pamong_pitr OWNER pamong"
DATA=$WORK/data
check "pamong init --db on the cluster" \
    sh -c "'$PAMONG' init --data '$DATA' --db '$URL/pamong_pitr' >'$WORK/init.log' 2>&1"
check "a full backup" sh -c "$BR --type=full backup >>'$WORK/br.log' 2>&1"
add() {
	echo "Sandi-Uji-Pitr-2026" | "$PAMONG" user add --data "$DATA" \
	    --username "$1" --role operator --unit DISDUKCAPIL \
	    --name "Uji $1" --password-stdin >/dev/null 2>&1
}
check "an account before T" add sebelum.pitr
sleep 1
T=$(psql "SELECT to_char(now(), 'YYYY-MM-DD HH24:MI:SS.USTZH')")
echo "# target time T = $T"
sleep 1
check "an account after T (the mistake to undo)" add sesudah.pitr
psql "SELECT pg_switch_wal()" >/dev/null
check "the WAL after T is archived" sh -c "$BR check >>'$WORK/br.log' 2>&1"

# recovery to T
"$PG/pgctl" stop -m fast >/dev/null 2>&1
check "restore --type=time --target=T" sh -c "$BR --delta --type=time \
    '--target=$T' --target-action=promote restore >>'$WORK/br.log' 2>&1"
"$PG/pgctl" start >/dev/null 2>&1
i=0
while ! "$PGBIN/pg_isready" -q -d "$URL/postgres" && [ $i -lt 100 ]; do
	sleep 0.2
	i=$((i + 1))
done
i=0
while [ "$(psql "SELECT pg_is_in_recovery()")" != f ] && [ $i -lt 100 ]; do
	sleep 0.2
	i=$((i + 1))
done
check "the cluster is back and promoted" test "$(psql "SELECT pg_is_in_recovery()")" = f
DB=pamong_pitr
check "the account made before T is there" \
    test "$(psql "SELECT count(*) FROM account WHERE username = 'sebelum.pitr'")" = 1
check "the account made after T is not" \
    test "$(psql "SELECT count(*) FROM account WHERE username = 'sesudah.pitr'")" = 0
check "the audit chain verifies on the recovered database" \
    sh -c "'$PAMONG' audit verify --data '$DATA' >'$WORK/audit.log' 2>&1"
check "pamong works on it: user list" \
    sh -c "'$PAMONG' user list --data '$DATA' | grep -q sebelum.pitr"
[ $T_FAIL -gt 0 ] && tail -n 40 "$WORK/br.log" >&2
finish
