#!/bin/sh
# t1602-log-verify.sh: `pamong log verify` from the database (--data) and
# as an outside monitor over HTTP (--url), with a checkpoint saved
# earlier; tampering behind the application's back (a changed entry,
# reordered entries, a deleted entry, a truncated log) is found and the
# first index that no longer matches is named; `pamong log checkpoint`.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
decide() {
	kpg02 201 "$TW" && act 200 "$TO" "$NOMOR" verifikasi &&
	    expect_status 200 POST "/api/v1/permohonan/$(enc "$NOMOR")/tindakan" \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}'
}
decide
decide
sleep 1.1
expect_status 200 GET /log/checkpoint
cp "$BODY" "$WORK/saved"		# what a monitor kept yesterday
decide
decide
sleep 1.1
expect_status 200 GET /log/checkpoint
cp "$BODY" "$WORK/latest"
N=$(sql "SELECT count(*) FROM tlog_entry")
check "the log has grown past the saved checkpoint" test "$N" -gt "$(sed -n 2p "$WORK/saved")"

# run_verify EXPECTED-EXIT ARGS...: output in $WORK/out
run_verify() {
	_want=$1
	shift
	"$PAMONG" log verify "$@" >"$WORK/out" 2>&1
	_rc=$?
	if [ "$_rc" = "$_want" ]; then
		ok "log verify $* -> exit $_want"
	else
		fail "log verify $* -> exit $_rc (expected $_want)"
		cat "$WORK/out" >&2
	fi
}

run_verify 0 --data "$DATA" --checkpoint "$WORK/saved"
expect_contains "log OK" "$WORK/out"
expect_contains "entri: $N," "$WORK/out"
run_verify 0 --url "$BASE" --checkpoint "$WORK/saved"
expect_contains "log OK" "$WORK/out"
expect_contains "tanda tangan sah" "$WORK/out"
expect_contains "konsisten" "$WORK/out"
run_verify 0 --url "$BASE/"
"$PAMONG" log checkpoint --data "$DATA" >"$WORK/cli-cp"
check "log checkpoint prints the current signed note" cmp -s "$WORK/cli-cp" "$WORK/latest"
"$PAMONG" log verify --data "$DATA" --checkpoint /nonexistent >/dev/null 2>&1
check "an unreadable checkpoint file is exit 1" test $? = 1
"$PAMONG" log verify >/dev/null 2>&1
check "usage error is exit 1" test $? = 1

# a checkpoint signed by another key is refused
"$PAMONG" init --data "$WORK/other" >/dev/null 2>&1
"$PAMONG" log checkpoint --data "$WORK/other" >"$WORK/foreign"
run_verify 2 --data "$DATA" --checkpoint "$WORK/foreign"
run_verify 2 --url "$BASE" --checkpoint "$WORK/foreign"

# --- tampering behind the application's back -----------------------------
sql "DROP TRIGGER tlog_no_update; DROP TRIGGER tlog_no_delete;"
# forge IDX TEXT: replace an entry with a matching leaf hash
forge() {
	_h=$(printf '\000%s' "$2" | openssl dgst -sha256 -binary | od -An -tx1 | tr -d ' \n')
	sql "UPDATE tlog_entry SET entry = CAST('$2' AS BLOB), leaf_hash = X'$_h' WHERE idx = $1"
}
orig() {
	sql "SELECT CAST(entry AS TEXT) FROM tlog_entry WHERE idx = $1"
}
E1=$(orig 1) E2=$(orig 2) E3=$(orig 3)

forge 2 '{"hasil":"palsu","jenis":"keputusan"}'
run_verify 2 --data "$DATA"
expect_contains "indeks pertama yang tidak cocok: 2 " "$WORK/out"
run_verify 2 --url "$BASE"
expect_contains "indeks pertama yang tidak cocok: 2 " "$WORK/out"
forge 2 "$E2"
run_verify 0 --data "$DATA" --checkpoint "$WORK/saved"

# entry bytes changed but not the stored leaf hash
sql "UPDATE tlog_entry SET entry = CAST('{}' AS BLOB) WHERE idx = 3"
run_verify 2 --data "$DATA"
expect_contains "indeks pertama yang tidak cocok: 3 " "$WORK/out"
expect_contains "hash daun" "$WORK/out"
forge 3 "$E3"

# reordered: 1 and the next entry with other bytes swapped, hashes and all
# (two decisions in the same second can be byte-identical entries)
J=$(sql "SELECT min(idx) FROM tlog_entry WHERE idx > 1 AND entry <> (SELECT entry FROM tlog_entry WHERE idx = 1)")
EJ=$(orig "$J")
forge 1 "$EJ"
forge "$J" "$E1"
run_verify 2 --data "$DATA"
expect_contains "indeks pertama yang tidak cocok: 1 " "$WORK/out"
run_verify 2 --url "$BASE" --checkpoint "$WORK/saved"
expect_contains "indeks pertama yang tidak cocok: 1 " "$WORK/out"
forge 1 "$E1"
forge "$J" "$EJ"
run_verify 0 --url "$BASE" --checkpoint "$WORK/saved"

# one entry deleted from the middle
sql "CREATE TABLE keep AS SELECT * FROM tlog_entry WHERE idx = 2; DELETE FROM tlog_entry WHERE idx = 2"
run_verify 2 --data "$DATA"
expect_contains "indeks pertama yang tidak cocok: 2 " "$WORK/out"
run_verify 2 --url "$BASE"
expect_contains "indeks pertama yang tidak cocok: 2 " "$WORK/out"
sql "INSERT INTO tlog_entry SELECT * FROM keep; DROP TABLE keep"

# truncated: the last entries cut off after they were signed
CUT=$((N - 2))
sql "DELETE FROM tlog_entry WHERE idx >= $CUT"
run_verify 2 --data "$DATA"
expect_contains "indeks pertama yang tidak cocok: $CUT " "$WORK/out"
expect_contains "terpotong" "$WORK/out"
run_verify 2 --url "$BASE" --checkpoint "$WORK/saved"
expect_contains "indeks pertama yang tidak cocok: $CUT " "$WORK/out"
finish
