# pg-lib.sh: what the whole-server scripts of tests/pg (two-servers.sh,
# outage.sh) share; sourced after tests/http/test-lib.sh.  Not a test.
#
#	pg_demo DB	a new database DB in the cluster of $PAMONG_TEST_PG
#			(set by tests/pg/run.sh) and a demo data directory
#			$DATA on it (`pamong init --demo --db`); sets URL.
#			One check; a failure ends the script.
#	sql "..."	a query on that database (psql), rows as text

: "${PAMONG_TEST_PG:?set by tests/pg/run.sh}"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

sql() {
	"$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$URL" -c "$1"
}

pg_demo() {
	URL=$PAMONG_TEST_PG/$1
	DATA=$WORK/data
	"$PGBIN/psql" -X -q -d "$PAMONG_TEST_PG/postgres" \
	    -c "CREATE DATABASE $1" || exit 1
	if PAMONG_SEED_DIR=$ROOT/data "$PAMONG" init --data "$DATA" --demo \
	    --db "$URL" >"$WORK/init.log" 2>&1; then
		ok "pamong init --demo --db URL"
	else
		fail "pamong init --demo --db URL"
		tail -n 20 "$WORK/init.log"
		finish
	fi
}
