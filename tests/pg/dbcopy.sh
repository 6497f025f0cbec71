# dbcopy.sh: `pamong db copy --data DIR --to URL` on the throw-away
# cluster of run.sh, which sources this file (it uses run.sh's $PAMONG,
# $PGBIN, $port, $logs and check()).  A SQLite data directory made with
# --demo and a few writes is copied into an empty database; then the
# counts of every table agree, DIR/db.conf names it, the audit chain and
# the log verify, the CLI works on it; a second copy into the same
# database, a bad URL, an unreachable server and an unknown option are
# refused with one line.  Then the least-privilege roles of
# doc/operations.md ("PostgreSQL") are made as written there and shown to
# work: the application role cannot change or delete audit rows.
# shellcheck shell=sh

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export ASAN_OPTIONS
cp_sql() {
	"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" "$@"
}
cp_url=postgresql://pamong@127.0.0.1:$port/pamong_copy
cp_dir=$logs/sqlite
cp_err=$logs/copy.err
"$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U pamong pamong_copy || exit 1
check "copy: init --demo (SQLite)" env PAMONG_SEED_DIR="$(pwd)/data" \
    "$PAMONG" init --data "$cp_dir" --demo
# log entries as tlog_append() writes them (leaf, then the node of every
# subtree it closes; RFC 9162 hashes), without a server to make them
cp_log_append() {
	python3 - "$1" "$2" <<'PY'
import hashlib, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
h = lambda b: hashlib.sha256(b).digest()
for k in range(int(sys.argv[2])):
    n = db.execute("SELECT count(*) FROM tlog_entry").fetchone()[0]
    e = ('{"jenis":"uji.salin","n":%d}' % n).encode()
    leaf = h(b"\0" + e)
    db.execute("INSERT INTO tlog_entry VALUES (?, ?, ?, ?)",
               (n, e, leaf, int(time.time())))
    db.execute("INSERT INTO tlog_node VALUES (0, ?, ?)", (n, leaf))
    j, level = n, 0
    while j & 1:
        left = db.execute("SELECT hash FROM tlog_node WHERE level = ? AND "
                          "idx = ?", (level, j - 1)).fetchone()[0]
        leaf = h(b"\1" + left + leaf)
        db.execute("INSERT INTO tlog_node VALUES (?, ?, ?)",
                   (level + 1, j >> 1, leaf))
        j, level = j >> 1, level + 1
db.commit()
PY
}
check "copy: writes before the copy" sh -c '
	echo Salin-Uji-2026-rahasia | "$1" user add --data "$2" \
	    --username salin.uji --role operator --unit 14.08.01 \
	    --name "Salin Uji" --password-stdin &&
	"$1" tick --data "$2"' sh "$PAMONG" "$cp_dir"
cp_log_grow() {
	"$PAMONG" log checkpoint --data "$cp_dir" &&
	    cp_log_append "$cp_dir/pamong.db" 6 && sleep 1.1 &&
	    "$PAMONG" log checkpoint --data "$cp_dir" &&
	    cp_log_append "$cp_dir/pamong.db" 5 && sleep 1.1 &&
	    "$PAMONG" log checkpoint --data "$cp_dir" &&
	    "$PAMONG" log verify --data "$cp_dir"
}
check "copy: log entries and checkpoints" cp_log_grow

# the counts of every table of the target: "table count" lines
cp_counts_pg() {
	for _t in $(cp_sql -U pamong -d pamong_copy -Atc "SELECT table_name
	    FROM information_schema.tables WHERE table_schema = 'public'
	    AND table_type = 'BASE TABLE' ORDER BY 1"); do
		echo "$_t $(cp_sql -U pamong -d pamong_copy -Atc \
		    "SELECT count(*) FROM $_t")"
	done
}
cp_counts_sqlite() {
	for _t in $(cp_sql -U pamong -d pamong_copy -Atc "SELECT table_name
	    FROM information_schema.tables WHERE table_schema = 'public'
	    AND table_type = 'BASE TABLE' ORDER BY 1"); do
		echo "$_t $(sqlite3 "$cp_dir/pamong.db" \
		    "SELECT count(*) FROM $_t")"
	done
}

check "copy: pamong db copy" sh -c '
	"$1" db copy --data "$2" --to "$3" >"$4.out" 2>"$4" && cat "$4.out"' \
    sh "$PAMONG" "$cp_dir" "$cp_url" "$cp_err"
sed -n 's/^Disalin/    copy: Disalin/p' "$cp_err.out"
check "copy: db.conf 0600 names the URL, pamong.db kept" sh -c \
    '[ "$(stat -c %a "$1/db.conf")" = 600 ] &&
    [ "$(cat "$1/db.conf")" = "$2" ] && [ -s "$1/pamong.db" ]' \
    sh "$cp_dir" "$cp_url"
cp_counts_pg >"$logs/counts.pg"
cp_counts_sqlite >"$logs/counts.sqlite"
check "copy: every table's count equal" sh -c '
	[ "$(wc -l <"$1")" -gt 30 ] && diff "$1" "$2" &&
	grep -q "^account [1-9]" "$1" && grep -q "^audit_event [1-9]" "$1" &&
	grep -q "^tlog_entry [1-9]" "$1" && grep -q "^layanan_fts [1-9]" "$1" ||
	{ cat "$1"; false; }
	' sh "$logs/counts.pg" "$logs/counts.sqlite"
# the same rows, column by column (text, integers, NULL, blobs as hex)
cp_same() {
	sqlite3 "$cp_dir/pamong.db" "SELECT $1 FROM $3 ORDER BY 1" \
	    >"$logs/same.sqlite" &&
	    cp_sql -U pamong -d pamong_copy -Atc "SELECT $2 FROM $3 ORDER BY 1" \
	    >"$logs/same.pg" && [ -s "$logs/same.pg" ] &&
	    diff "$logs/same.sqlite" "$logs/same.pg"
}
check "copy: account rows the same" cp_same \
    "id, username, unit_id, nik, pw_hash, created_at" \
    "id, username, unit_id, nik, pw_hash, created_at" account
check "copy: audit rows the same" cp_same \
    "id, action, object_id, lower(hex(prev_hash)), lower(hex(hash))" \
    "id, action, object_id, encode(prev_hash, 'hex'), encode(hash, 'hex')" \
    audit_event
check "copy: log entries the same (blobs)" cp_same \
    "idx, lower(hex(entry)), lower(hex(leaf_hash)), created_at" \
    "idx, encode(entry, 'hex'), encode(leaf_hash, 'hex'), created_at" \
    tlog_entry
check "copy: units the same (parent first)" cp_same \
    "id, code, parent_id, name" "id, code, parent_id, name" unit
check "copy: search rows the same (fts5 rowid)" cp_same \
    "rowid, code, name, requirements" "rowid, code, name, requirements" \
    layanan_fts
check "copy: audit verify on PostgreSQL" "$PAMONG" audit verify \
    --data "$cp_dir"
check "copy: log verify on PostgreSQL" "$PAMONG" log verify --data "$cp_dir"
check "copy: user list shows the users" sh -c \
    '"$1" user list --data "$2" | grep -q salin.uji &&
    "$1" user list --data "$2" | grep -q warga.demo' sh "$PAMONG" "$cp_dir"
# every identity sequence is past its column's largest value, so the next
# row the application adds gets a fresh id (the application's own SQL on
# PostgreSQL is checked by the HTTP part of run.sh)
cp_seq_behind() {
	cp_sql -U pamong -d pamong_copy -At <<'SQL'
SELECT count(*) FROM (
	SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence(
	    quote_ident(table_name), column_name) AS regclass)) AS v,
	    CAST(CAST((xpath('/row/m/text()', query_to_xml(format(
	    'SELECT max(%I) AS m FROM %I', column_name, table_name),
	    false, true, '')))[1] AS text) AS bigint) AS m
	FROM information_schema.columns WHERE table_schema = 'public'
	AND pg_get_serial_sequence(quote_ident(table_name), column_name)
	IS NOT NULL) s
WHERE m IS NOT NULL AND (v IS NULL OR v < m)
SQL
}
cp_seq_ok() {
	_n=$(cp_seq_behind) && echo "sequences behind max: $_n" &&
	    [ "$_n" = 0 ] && "$PAMONG" tick --data "$cp_dir" &&
	    "$PAMONG" audit verify --data "$cp_dir" &&
	    "$PAMONG" log verify --data "$cp_dir"
}
check "copy: identity sequences past max(id)" cp_seq_ok

# refused: one line on stderr, exit status $2, nothing else on stderr
cp_refused() {
	_name=$1 _want=$2 _msg=$3
	shift 3
	check "$_name" sh -c '
		want=$1 msg=$2; shift 2
		"$@" >/dev/null 2>"'"$cp_err"'"; rc=$?
		cat "'"$cp_err"'"
		[ "$rc" -eq "$want" ] && grep -q "^pamong: .*$msg" \
		    "'"$cp_err"'" && { [ "$want" -eq 2 ] ||
		    [ "$(wc -l <"'"$cp_err"'")" -eq 1 ]; }' sh "$_want" "$_msg" \
	    "$@"
}
cp_counts_pg >"$logs/counts.before"
cp_dir2=$logs/sqlite2
check "copy: init a second SQLite directory" env \
    PAMONG_SEED_DIR="$(pwd)/data" "$PAMONG" init --data "$cp_dir2"
cp_refused "copy: non-empty target refused" 1 "tidak kosong" \
    "$PAMONG" db copy --data "$cp_dir2" --to "$cp_url"
cp_counts_pg >"$logs/counts.after"
check "copy: refused copy changed nothing" sh -c \
    'diff "$1" "$2" && [ ! -e "$3/db.conf" ]' sh "$logs/counts.before" \
    "$logs/counts.after" "$cp_dir2"
cp_refused "copy: DIR on PostgreSQL refused" 1 "sudah memakai PostgreSQL" \
    "$PAMONG" db copy --data "$cp_dir" --to "$cp_url"
cp_refused "copy: malformed URL" 1 "URL PostgreSQL tidak sah" \
    "$PAMONG" db copy --data "$cp_dir2" --to "postgresql://[::1"
cp_refused "copy: not a postgresql:// URL" 1 "postgresql://" \
    "$PAMONG" db copy --data "$cp_dir2" --to "mysql://x@127.0.0.1/db"
cp_refused "copy: unreachable port" 1 "tidak dapat terhubung" \
    "$PAMONG" db copy --data "$cp_dir2" --to \
    "postgresql://pamong@127.0.0.1:1/pamong_copy"
cp_refused "copy: missing database" 1 "tidak dapat terhubung" \
    "$PAMONG" db copy --data "$cp_dir2" --to \
    "postgresql://pamong@127.0.0.1:$port/tidak_ada"
cp_refused "copy: unknown option" 2 "opsi tidak dikenal: --bogus" \
    "$PAMONG" db copy --data "$cp_dir2" --to "$cp_url" --bogus
cp_refused "copy: --to required" 2 "opsi --to URL wajib" \
    "$PAMONG" db copy --data "$cp_dir2"
cp_refused "copy: unknown subcommand" 2 "subperintah tidak dikenal" \
    "$PAMONG" db salin --data "$cp_dir2"
check "copy: second directory still on SQLite" sh -c \
    '[ ! -e "$1/db.conf" ] && "$2" audit verify --data "$1"' sh \
    "$cp_dir2" "$PAMONG"

# the roles and grants of doc/operations.md, its two SQL blocks as written
cp_doc_sql() {
	awk -v name="-- $1:" '
	/^```sql$/ { getline; if (index($0, name) == 1) on = 1 }
	on && /^```$/ { on = 0 }
	on' doc/operations.md
}
cp_doc_sql roles.sql >"$logs/roles.sql"
cp_doc_sql grants.sql >"$logs/grants.sql"
cp_roles_url=postgresql://127.0.0.1:$port/pamong
check "roles: roles.sql of the doc" sh -c '[ -s "$1" ] && [ -s "$2" ] &&
	"$3" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$4" -U pamong \
	    -d postgres -f "$1"' sh "$logs/roles.sql" "$logs/grants.sql" \
    "$PGBIN/psql" "$port"
check "roles: db copy as pamong_owner" env PGUSER=pamong_owner \
    "$PAMONG" db copy --data "$cp_dir2" --to "$cp_roles_url"
check "roles: grants.sql of the doc" cp_sql -U pamong_owner -d pamong \
    -f "$logs/grants.sql"
check "roles: pamong as pamong_app" sh -c '
	PGUSER=pamong_app; export PGUSER
	"$1" audit verify --data "$2" && "$1" log verify --data "$2" &&
	"$1" tick --data "$2" && "$1" user list --data "$2" | grep -q .
	' sh "$PAMONG" "$cp_dir2"
check "roles: pamong_app writes what it needs" cp_sql -U pamong_app \
    -d pamong -c "BEGIN;
	UPDATE account SET full_name = full_name;
	DELETE FROM session;
	INSERT INTO audit_event SELECT * FROM audit_event WHERE false;
	INSERT INTO tlog_entry SELECT * FROM tlog_entry WHERE false;
	INSERT INTO tlog_node SELECT * FROM tlog_node WHERE false;
	SELECT nextval(pg_get_serial_sequence('audit_event', 'id'));
	ROLLBACK"
# refused STATEMENT: pamong_app may not; the error names the privilege
cp_app_refused() {
	if cp_sql -U pamong_app -d pamong -c "$1" 2>"$cp_err"; then
		echo "allowed: $1"
		return 1
	fi
	grep -Eq 'permission denied|must be owner' "$cp_err" || {
		cat "$cp_err"
		return 1
	}
}
for cp_stmt in "UPDATE audit_event SET note = note" \
    "DELETE FROM audit_event" "TRUNCATE audit_event" \
    "ALTER TABLE audit_event DISABLE TRIGGER USER" \
    "UPDATE tlog_entry SET created_at = created_at" \
    "DELETE FROM tlog_entry" "DELETE FROM tlog_node" \
    "UPDATE tlog_checkpoint SET note = note" "DELETE FROM tlog_checkpoint" \
    "DROP TABLE audit_event"; do
	check "roles: app refused: ${cp_stmt%% SET*}" cp_app_refused "$cp_stmt"
done
check "roles: chain intact afterwards" env PGUSER=pamong_app "$PAMONG" \
    audit verify --data "$cp_dir2"
