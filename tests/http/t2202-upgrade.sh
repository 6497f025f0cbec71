#!/bin/sh
# t2202-upgrade.sh: upgrades (issue 21).  A data directory made by an
# earlier release (tests/fixtures/rilis/, one per release) upgrades with
# `pamong migrate` after an automatic backup and then serves; a failing
# migration rolls back every migration of the run and leaves the data as
# it was; a database newer than the program is refused by every command
# and the server.
. "$(dirname "$0")/test-lib.sh"

# the highest migration this program knows, from a new installation
"$PAMONG" init --data "$WORK/baru" >/dev/null 2>&1
KNOWN=$(sqlite3 "$WORK/baru/pamong.db" "SELECT max(version) FROM schema_migrations")
check "a new installation knows its migrations ($KNOWN)" test "${KNOWN:-0}" -ge 21

# 1. every release's fixture (SQLite) upgrades and serves
for fx in "$ROOT"/tests/fixtures/rilis/*.tar.gz; do
	rel=$(basename "$fx" .tar.gz)
	D=$WORK/$rel
	mkdir -p "$D"
	tar xzf "$fx" -C "$D"
	D=$D/data
	had=$(sqlite3 "$D/pamong.db" "SELECT max(version) FROM schema_migrations")
	"$PAMONG" migrate --data "$D" >"$WORK/out" 2>&1
	check "$rel: pamong migrate exit 0" test $? = 0 || cat "$WORK/out" >&2
	check "$rel: at the newest schema" test \
	    "$(sqlite3 "$D/pamong.db" "SELECT max(version) FROM schema_migrations")" = "$KNOWN"
	if [ "$had" -lt "$KNOWN" ]; then
		b=$(ls "$D"/cadangan/sebelum-migrasi-*.tar.gz 2>/dev/null | head -n 1)
		check "$rel: an automatic backup before the migration" test -n "$b"
		"$PAMONG" pulihkan --dari "$b" --data "$WORK/$rel-lama" >/dev/null 2>&1
		check "$rel: the backup restores and verifies" test $? = 0
		check "$rel: it holds the schema from before ($had)" test \
		    "$(sqlite3 "$WORK/$rel-lama/pamong.db" "SELECT max(version) FROM schema_migrations")" = "$had"
	else
		check "$rel: nothing pending, no backup made" test ! -e "$D/cadangan"
	fi
	check "$rel: audit chain intact" \
	    sh -c "'$PAMONG' audit verify --data '$D' >/dev/null"
	# another port when the one it got was taken meanwhile
	_t_serve "$WORK/s.log" http 300 env LD_PRELOAD="$(_t_preload)" \
	    PAMONG_WORKERS=1 "$PAMONG" serve --data "$D"
	P=$PORT
	check "$rel: the upgraded installation serves /layanan" \
	    sh -c "curl -s -m 10 'http://127.0.0.1:$P/layanan' | grep -q KPG-02"
	stop_server
done

# 2. a failing migration: 0020 (harmless to run again) and 0021 (its
# tables are still there, so it fails) pending: neither stays applied
start_server
stop_server
before=$(sql "SELECT count(*) FROM account")
sql "DELETE FROM schema_migrations WHERE version IN (20, 21)" >/dev/null
"$PAMONG" migrate --data "$DATA" >"$WORK/out" 2>&1
check "a failing migration: pamong migrate fails" test $? != 0
check "it says nothing was applied" \
    grep -q "tidak ada migrasi yang diterapkan" "$WORK/out"
check "it names the migration" grep -q "0021-kinerja-agregat" "$WORK/out"
check "0020, which ran before it, was rolled back with it" \
    test "$(sql "SELECT count(*) FROM schema_migrations WHERE version = 20")" = 0
check "the rows are untouched" test "$(sql "SELECT count(*) FROM account")" = "$before"
check "the backup before it was made" \
    sh -c "ls '$DATA'/cadangan/sebelum-migrasi-*.tar.gz >/dev/null"
check "the backup is never inside a later backup" sh -c \
    "'$PAMONG' cadangkan --data '$DATA' --ke '$WORK/c.tgz' >/dev/null 2>&1 || true; \
    ! tar tzf '$WORK/c.tgz' 2>/dev/null | grep -q '^cadangan/'"
# put the two rows back as they were: usable again
now=$(date +%s)
sql "INSERT INTO schema_migrations(version, name, applied_at) VALUES
    (20, '0020-survei-undang-c', $now), (21, '0021-kinerja-agregat', $now)" \
    >/dev/null
"$PAMONG" migrate --data "$DATA" >"$WORK/out" 2>&1
check "with them back, the schema is current" test $? = 0

# 3. a database from a newer Pamong: refused by every command and the server
sql "INSERT INTO schema_migrations(version, name, applied_at) VALUES
    (9999, '9999-masa-depan', $now)" >/dev/null
n0=$(ls "$DATA/cadangan" | wc -l)
"$PAMONG" migrate --data "$DATA" >"$WORK/out" 2>&1
check "newer database: pamong migrate refuses" test $? != 0
check "it says a newer Pamong made it" grep -q "lebih baru" "$WORK/out"
"$PAMONG" user list --data "$DATA" >"$WORK/out" 2>&1
check "newer database: pamong user list refuses" test $? != 0
"$PAMONG" serve --data "$DATA" --listen "127.0.0.1:$(_t_free_port)" \
    >"$WORK/out" 2>&1
check "newer database: the server refuses to start" test $? != 0
check "and says why" grep -q "lebih baru" "$WORK/out"
check "no backup is made for a database it will not touch" \
    test "$(ls "$DATA/cadangan" | wc -l)" = "$n0"
finish
