#!/bin/sh
# t1890-audit-chain.sh: `pamong audit verify|head` find an edited, deleted,
# inserted or re-ordered audit event and a truncated tail.
. "$(dirname "$0")/test-lib.sh"

OUT=$WORK/out
SRC=$WORK/src

# fresh COPY: a copy of the demo data directory in $DATA.
fresh() {
	rm -rf "$WORK/d"
	cp -r "$SRC" "$WORK/d"
	DATA=$WORK/d
}

# untrigger: let sqlite3 change audit_event behind Pamong's back.
untrigger() {
	sql "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;"
}

# expect_verify RC PATTERN DESC [args]: run verify, check exit code + text.
expect_verify() {
	_rc=$1 _pat=$2 _d=$3
	shift 3
	"$PAMONG" audit verify --data "$DATA" "$@" >"$OUT" 2>&1
	_got=$?
	if [ "$_got" = "$_rc" ] && grep -q -- "$_pat" "$OUT"; then
		ok "$_d"
	else
		fail "$_d (exit $_got): $(cat "$OUT")"
	fi
}

check "pamong init --demo" sh -c "'$PAMONG' init --data '$SRC' --demo >/dev/null"
fresh
n=$(sql "SELECT count(*) FROM audit_event")
check "init wrote audit events ($n)" [ "$n" -gt 5 ]
check "every event is chained" [ "$(sql "SELECT count(*) FROM audit_event
    WHERE hash IS NULL OR length(hash) <> 32 OR length(prev_hash) <> 32")" = 0 ]
expect_verify 0 "UTUH" "intact trail verifies"
head=$("$PAMONG" audit head --data "$DATA")
check "audit head prints ID:HASH ($head)" sh -c "echo '$head' |
    grep -Eq '^[0-9]+:[0-9a-f]{64}$'"
expect_verify 0 "UTUH" "intact trail matches the saved head" --head "$head"
if sql "UPDATE audit_event SET note = 'x' WHERE id = 3" 2>/dev/null; then
	fail "triggers refuse UPDATE"
else
	ok "triggers refuse UPDATE"
fi

# edited: event 4's note
untrigger
sql "UPDATE audit_event SET note = 'diubah' WHERE id = 4"
expect_verify 1 "peristiwa 4: Isi peristiwa audit telah diubah" \
    "edited event 4 is named"

# deleted in the middle: event 5
fresh
untrigger
sql "DELETE FROM audit_event WHERE id = 5"
expect_verify 1 "peristiwa 5:" "deleted event 5 is named"

# re-ordered: swap the content of events 3 and 4 (ids stay dense)
fresh
untrigger
sql "UPDATE audit_event SET id = -1 WHERE id = 3;
    UPDATE audit_event SET id = 3 WHERE id = 4;
    UPDATE audit_event SET id = 4 WHERE id = -1"
expect_verify 1 "peristiwa 3:" "re-ordered events are found at 3"

# inserted: a forged event appended without a valid chain hash
fresh
untrigger
sql "INSERT INTO audit_event(id, at, action, prev_hash, hash)
    VALUES ((SELECT max(id) + 1 FROM audit_event), 1, 'palsu',
    zeroblob(32), zeroblob(32))"
last=$(sql "SELECT max(id) FROM audit_event")
expect_verify 1 "peristiwa $last:" "inserted event $last is named"

# inserted in the middle: shift the tail up and slip a row in at 6
fresh
untrigger
sql "UPDATE audit_event SET id = id + 1000 WHERE id >= 6;
    UPDATE audit_event SET id = id - 999 WHERE id >= 1006;
    INSERT INTO audit_event(id, at, action, prev_hash, hash)
    SELECT 6, at, 'palsu', hash, hash FROM audit_event WHERE id = 5"
expect_verify 1 "peristiwa 6:" "event slipped in at 6 is named"

# truncated tail: the last event deleted; only the saved head sees it
fresh
untrigger
sql "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"
expect_verify 0 "UTUH" "a truncated tail alone still chains"
expect_verify 1 "dipotong" "the saved head finds the truncation" --head "$head"

# bad --head argument
"$PAMONG" audit verify --data "$DATA" --head xyz >"$OUT" 2>&1
check "malformed --head is refused" [ $? -ne 0 ]
expect_contains "ID:HASH" "$OUT"

DATA=
finish
