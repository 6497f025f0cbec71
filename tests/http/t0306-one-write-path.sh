#!/bin/sh
# t0306-one-write-path.sh: every submission goes through one write path,
# the group commit (src/store/batch.c, issue 13 rule 5).  Complaints and
# complaint actions sent at the same time are committed together: each
# gets its own answer (201 or 200, a refusal per field for the bad one in
# the middle), the numbers stay gapless and the audit chain whole.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
TW=$(token warga.demo)
TA=$(token admin.pengaduan)
check "the citizen and the complaint admin have API tokens" \
    test -n "$TW" -a -n "$TA"

GOOD=$(adu_json)
BAD=$(adu_json '{judul: ""}')
# one complaint in the background: status to $WORK/c.N, body to $WORK/b.N
fire() {
	curl -s -m 30 -o "$WORK/b.$1" -w '%{http_code}' \
	    -H "Authorization: Bearer $TW" -H 'Content-Type: application/json' \
	    --data-binary "$2" "$BASE/api/v1/pengaduan" >"$WORK/c.$1" \
	    2>/dev/null
}

before=$(sql "SELECT count(*) FROM pengaduan")
pids=
i=1
while [ $i -le 12 ]; do
	if [ $i = 6 ]; then fire $i "$BAD" & else fire $i "$GOOD" & fi
	pids="$pids $!"
	i=$((i + 1))
done
wait $pids	# not the server
codes=$(i=1; while [ $i -le 12 ]; do printf '%s ' "$(cat "$WORK/c.$i")"; i=$((i + 1)); done)
check "eleven complaints filed (201), the bad one refused (422): $codes" \
    test "$(echo "$codes" | tr ' ' '\n' | grep -c '^201$')" = 11 -a \
    "$(cat "$WORK/c.6")" = 422
expect_json 'typeof j.galat.isian.judul === "string"' "$WORK/b.6"
check "eleven rows, no more" \
    test "$(sql "SELECT count(*) FROM pengaduan")" = $((before + 11))
check "gapless numbers" test "$(sql "SELECT max(urut) - min(urut) + 1 = count(*) FROM pengaduan")" = 1
check "one audit event each" test "$(sql "SELECT (SELECT count(*) FROM audit_event WHERE action = 'pengaduan.ajukan') = count(*) FROM pengaduan")" = 1

# the admin acts on all of them at once: each answered 200 with its status
nomors=$(sql "SELECT nomor FROM pengaduan WHERE status = 'baru' ORDER BY id")
pids=
n=0
for m in $nomors; do
	n=$((n + 1))
	curl -s -m 30 -o "$WORK/ab.$n" -w '%{http_code}' \
	    -H "Authorization: Bearer $TA" -H 'Content-Type: application/json' \
	    --data-binary '{"tindakan":"arsipkan","catatan":"Bukan pengaduan."}' \
	    "$BASE/api/v1/pengaduan/$m/tindakan" >"$WORK/ac.$n" 2>/dev/null &
	pids="$pids $!"
done
wait $pids
ok200=0
i=1
while [ $i -le $n ]; do
	[ "$(cat "$WORK/ac.$i")" = 200 ] && ok200=$((ok200 + 1))
	i=$((i + 1))
done
check "every action answered 200 ($ok200 of $n)" test "$ok200" = "$n"
expect_json 'j.status === "diarsipkan"' "$WORK/ab.1"
check "every complaint archived" test "$(sql "SELECT count(*) FROM pengaduan WHERE status = 'baru'")" = 0
# acting again on an archived one is refused as before, nothing written
expect_status 409 POST "/api/v1/pengaduan/$m/tindakan" \
    -H "Authorization: Bearer $TA" -H 'Content-Type: application/json' \
    --data-binary '{"tindakan":"arsipkan","catatan":"Sekali lagi."}'
check "audit chain intact" "$PAMONG" audit verify --data "$DATA"
finish
