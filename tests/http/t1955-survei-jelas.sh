#!/bin/sh
# t1955-survei-jelas.sh: the survey says plainly what happens (issue 19
# item 15).  An incomplete questionnaire is answered by one box that names
# each unanswered question once (number and element, linked to it), not
# one message per question; before the integrity question the respondent
# is told that a "Ya" goes to the Inspektorat with their identity, and may
# tick "tanpa identitas": the case then carries no name, NIK, contact,
# application number or account, and the thanks says so.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
JAR=$WORK/warga.jar
NAME=$(sql "SELECT full_name FROM account WHERE username = 'warga.demo'")
NIK=1408014507900001

post_survei() {
	_code=$1 _id=$2
	shift 2
	_c=$(csrf_from "/survei/$_id" "$JAR")
	expect_status "$_code" POST "/survei/$_id" -b "$JAR" -c "$JAR" \
	    --data-urlencode "csrf=$_c" "$@"
}
approve() {
	expect_status 200 POST "/api/v1/permohonan/$(enc "$2")/tindakan" \
	    -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
	    -d '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}' ||
	    head -c 400 "$BODY" >&2
}

kpg02 201 "$TW"
N1=$NOMOR
act 200 "$TO" "$N1" verifikasi
approve "$TP" "$N1"
I1=$(sql "SELECT u.id FROM survei_undangan u JOIN permohonan p ON p.id = u.permohonan_id WHERE p.nomor = '$N1'")
check "an invitation" test -n "$I1"
login warga.demo "$PW" "$JAR" && ok "warga signs in" || fail "warga signs in"

# the warning comes before the question, with the choice to stay unknown
expect_status 200 GET "/survei/$I1" -b "$JAR"
tr -d '\n' <"$BODY" | sed 's|.*<fieldset id="f-integritas"||; s|</fieldset>.*||' >"$WORK/integritas"
check "the integrity warning precedes the question" sh -c \
    "grep -o 'Sebelum menjawab.*nama, NIK.*Apakah ada pihak yang meminta imbalan' '$WORK/integritas' >/dev/null"
expect_contains 'name="tanpa_identitas" value="1"' "$WORK/integritas"
expect_contains 'tanpa identitas saya' "$WORK/integritas"

# three answered, six missing: one box naming the six once
post_survei 422 "$I1" -d u1=4 -d u2=3 -d u5=4 -d integritas=tidak
tr -d '\n' <"$BODY" | sed 's|.*<div class="kotak galat" role="alert" id="e-survei">||; s|</div>.*||' >"$WORK/box"
expect_contains 'Pertanyaan berikut belum dijawab' "$WORK/box"
for q in 3 4 6 7 8 9; do
	expect_contains "<a href=\"#f-u$q\">$q. " "$WORK/box"
done
expect_not_contains 'href="#f-u1"' "$WORK/box"
check "the generic message is not repeated in the box" test \
    "$(grep -o 'Pilih salah satu jawaban' "$WORK/box" | wc -l)" = 0
expect_contains '3. Waktu Penyelesaian' "$WORK/box"
expect_contains '4. Biaya/Tarif' "$WORK/box"

# "Ya" without identity: a case that names nobody
post_survei 200 "$I1" $(for i in 1 2 3 4 5 6 7 8 9; do printf -- '-d u%s=3 ' $i; done) \
    -d integritas=ya -d tanpa_identitas=1
expect_contains 'tanpa identitas Anda' "$BODY"
K=$(sql "SELECT nomor FROM kasus WHERE sumber = 'survei_integritas'")
check "a case was opened" test -n "$K"
expect_contains "$K" "$BODY"
check "the case names neither the respondent nor the application" test \
    "$(sql "SELECT (instr(ringkasan, '$NAME') > 0) || (instr(ringkasan, '$NIK') > 0) || (instr(ringkasan, '$N1') > 0) || ref_type || '/' || ref_id FROM kasus WHERE nomor = '$K'")" = "000unit/"
check "the case still concerns the unit" test \
    "$(sql "SELECT u.code FROM kasus k JOIN unit u ON u.id = k.unit_id WHERE k.nomor = '$K'")" = 14.08.01.1001
check "its audit event has no actor" test \
    "$(sql "SELECT coalesce(actor_id, 0) FROM audit_event WHERE action = 'kasus.buka' AND object_id = '$K'")" = 0
finish
