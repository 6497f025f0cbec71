#!/bin/sh
# t1502-survei-journey.sh: a kampung letter reaches `selesai` through the
# API; the trigger of migration 0011 invites the applicant in the same
# transaction (invitation row + in-app notification with the survey link).
# The applicant answers once (a second answer is refused), another citizen
# cannot see the invitation, a "Ya" on the integrity question opens an
# Inspektorat case (sumber survei_integritas) naming the respondent, and
# the name appears on no public or officer page; the public IKM and the
# CSV export show the answers without identity.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
JAR=$WORK/warga.jar
NAME=$(sql "SELECT full_name FROM account WHERE username = 'warga.demo'")
NIK=1408014507900001
SARAN="Saran-unik-$$: antrean perlu nomor"

# post_survei CODE ID ARGS...: POST the questionnaire with the CSRF token
post_survei() {
	_code=$1 _id=$2
	shift 2
	_c=$(csrf_from "/survei/$_id" "$JAR")
	expect_status "$_code" POST "/survei/$_id" -b "$JAR" -c "$JAR" \
	    --data-urlencode "csrf=$_c" "$@"
}
# approve TOKEN NOMOR: the penghulu approves (signing with the demo TTE
# passphrase), the application reaches selesai
approve() {
	expect_status 200 POST "/api/v1/permohonan/$(enc "$2")/tindakan" \
	    -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
	    -d '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}' ||
	    head -c 400 "$BODY" >&2
}
# answers V: u1..u9 all V
answers() {
	for _i in 1 2 3 4 5 6 7 8 9; do printf -- '-d u%s=%s ' "$_i" "$1"; done
}

check "name of the demo citizen known" test -n "$NAME"
kpg02 201 "$TW"
N1=$NOMOR
check "no invitation before selesai" test "$(sql "SELECT count(*) FROM survei_undangan")" = 0
act 200 "$TO" "$N1" verifikasi
check "still no invitation after verifikasi" test "$(sql "SELECT count(*) FROM survei_undangan")" = 0
approve "$TP" "$N1"
expect_json 'j.status === "selesai"' "$BODY"
I1=$(sql "SELECT u.id FROM survei_undangan u JOIN permohonan p ON p.id = u.permohonan_id WHERE p.nomor = '$N1' AND u.account_id = p.pemohon_id AND u.unit_id = p.unit_id")
check "invitation made for the applicant and the handling unit" test -n "$I1"
check "in-app notification links the survey" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.link = '/survei/$I1' AND n.text LIKE '%$N1%Survei Kepuasan%'")" = 1

login warga.demo "$PW" "$JAR" && ok "warga signs in" || fail "warga signs in"
expect_status 200 "GET" "/permohonan/$(enc "$N1")" -b "$JAR"
expect_contains "href=\"/survei/$I1\"" "$BODY"
expect_status 200 GET /notifikasi -b "$JAR"
expect_contains "/survei/$I1" "$BODY"
expect_status 200 GET /survei -b "$JAR"
expect_contains "$N1" "$BODY"
expect_contains "href=\"/survei/$I1\"" "$BODY"
expect_status 200 GET "/survei/$I1" -b "$JAR"
for w in "Tidak sesuai" "Sangat sesuai" "Sangat mudah" "Tidak cepat" \
    "Gratis" "Sangat kompeten" "Sopan dan ramah" "Dikelola dengan baik" \
    "Sarana dan Prasarana" "Apakah ada pihak yang meminta imbalan di luar biaya resmi?"; do
	expect_contains "$w" "$BODY"
done
check "nine elements, four answers each" test "$(grep -o 'type="radio" name="u[1-9]"' "$BODY" | wc -l)" = 36

# incomplete and invalid answers change nothing
post_survei 422 "$I1" -d u1=4 -d integritas=tidak
expect_contains "Pilih salah satu jawaban" "$BODY"
post_survei 422 "$I1" $(answers 5) -d integritas=tidak
post_survei 422 "$I1" $(answers 4) -d integritas=mungkin
check "nothing stored after refusals" test "$(sql "SELECT count(*) FROM survei_jawaban")" = 0

# another citizen sees nothing of it
add_user warga.lain warga "" 1408015507900002
JAR2=$WORK/lain.jar
login warga.lain "$PW" "$JAR2" && ok "second citizen signs in" || fail "second citizen signs in"
expect_status 404 GET "/survei/$I1" -b "$JAR2"
_c=$(csrf_from /survei "$JAR2")
expect_status 404 POST "/survei/$I1" -b "$JAR2" --data-urlencode "csrf=$_c" $(answers 1) -d integritas=tidak
expect_status 404 GET /survei/999999 -b "$JAR"
expect_status 404 GET /survei/abc -b "$JAR"

# the answer: all 4, "Tidak", with a suggestion
post_survei 200 "$I1" $(answers 4) -d integritas=tidak --data-urlencode "saran=$SARAN"
expect_contains "Terima kasih" "$BODY"
check "one anonymous answer row" test "$(sql "SELECT count(*) || sumber || u1 || u9 || integritas FROM survei_jawaban")" = "1online44tidak"
check "the invitation is marked answered" test "$(sql "SELECT answered_at IS NOT NULL FROM survei_undangan WHERE id = $I1")" = 1
check "the answer table has no identity columns" test "$(sql "SELECT count(*) FROM pragma_table_info('survei_jawaban') WHERE name IN ('account_id','permohonan_id','nik','created_at')")" = 0
check "no case for a Tidak" test "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'survei_integritas'")" = 0
# one response per application
post_survei 409 "$I1" $(answers 1) -d integritas=ya
expect_contains "sudah diisi" "$BODY"
check "still one answer, no case" test "$(sql "SELECT count(*) FROM survei_jawaban")/$(sql "SELECT count(*) FROM kasus")" = "1/0"
expect_status 200 GET "/survei/$I1" -b "$JAR"
expect_contains "sudah diisi" "$BODY"
expect_status 200 GET "/permohonan/$(enc "$N1")" -b "$JAR"
expect_contains "sudah Anda isi" "$BODY"

# a second application; between its end and its answer the sample is short
kpg02 201 "$TW"
N2=$NOMOR
act 200 "$TO" "$N2" verifikasi
approve "$TP" "$N2"
I2=$(sql "SELECT u.id FROM survei_undangan u JOIN permohonan p ON p.id = u.permohonan_id WHERE p.nomor = '$N2'")
check "second invitation" test -n "$I2"
expect_status 200 GET "/ikm?unit=14.08.01.1001&layanan=KPG-02"
expect_contains "belum memadai (1 dari 2)" "$BODY"
expect_contains "100,00" "$BODY"

# all 3 with "Ya": the Inspektorat case, with the respondent named there only
post_survei 200 "$I2" $(answers 3) -d integritas=ya
expect_contains "Inspektorat" "$BODY"
K=$(sql "SELECT nomor FROM kasus WHERE sumber = 'survei_integritas' AND ref_type = 'permohonan' AND ref_id = '$N2'")
check "kasus opened about the application" test -n "$K"
expect_contains "$K" "$BODY"
check "the case summary names the respondent" test "$(sql "SELECT (instr(ringkasan, '$NAME') > 0) || (instr(ringkasan, '$NIK') > 0) FROM kasus WHERE nomor = '$K'")" = 11
check "the case concerns the unit" test "$(sql "SELECT u.code FROM kasus k JOIN unit u ON u.id = k.unit_id WHERE k.nomor = '$K'")" = 14.08.01.1001
check "audit event of the case" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'kasus.buka' AND object_id = '$K'")" = 1

# public figures: all 4 and all 3 -> NRR 3.5 -> 87.50 B Baik, 2 of 2
expect_status 200 GET "/ikm?unit=14.08.01.1001&layanan=KPG-02"
expect_contains "87,50" "$BODY"
expect_contains "<td>B</td><td>Baik</td>" "$BODY"
expect_contains "sampel memadai (2 dari 2)" "$BODY"
expect_contains "3,5000" "$BODY"
expect_contains "<svg" "$BODY"
expect_status 200 GET "/ikm?per=triwulan"
expect_contains "Triwulan" "$BODY"
expect_status 200 GET "/ikm?per=tahun&unit=14.08.01.1001"
expect_contains "87,50" "$BODY"
expect_status 400 GET "/ikm?unit=tidak-ada"
expect_status 400 GET "/ikm?per=minggu"

# the CSV: two rows, no identity, no suggestion text, no integrity answer
expect_status 200 GET "/data/ikm.csv?unit=14.08.01.1001"
expect_header Content-Type 'text/csv'
check "CSV header" test "$(head -n 1 "$BODY" | tr -d '\r')" = "periode,unit_kode,unit,layanan_kode,layanan,sumber,u1,u2,u3,u4,u5,u6,u7,u8,u9"
check "CSV rows" test "$(sed 1d "$BODY" | grep -c ',online,')" = 2
expect_status 400 GET "/data/ikm.csv?layanan=NOPE"

# the respondent's identity and suggestion appear on no public or officer page
JO=$WORK/op.jar
login op.kampungdalam "$PW" "$JO" && ok "operator signs in" || fail "operator signs in"
for u in "/ikm" "/ikm?unit=14.08.01.1001" "/data/ikm.csv" "/" "/pengumuman" "/pengumuman.atom"; do
	curl -s -m 20 "$BASE$u" >"$WORK/page"
	check "no name on $u" sh -c "! grep -qF '$NAME' '$WORK/page'"
	check "no NIK on $u" sh -c "! grep -qF '$NIK' '$WORK/page'"
	check "no suggestion on $u" sh -c "! grep -qF 'Saran-unik-$$' '$WORK/page'"
done
for u in "/petugas" "/petugas/survei" "/petugas/permohonan/$(enc "$N2")" "/ikm"; do
	curl -s -m 20 -b "$JO" "$BASE$u" >"$WORK/page"
	check "officer page $u: no survey answer or suggestion" sh -c "! grep -qF 'Saran-unik-$$' '$WORK/page' && ! grep -qF '$K' '$WORK/page'"
done
check "operator cannot answer surveys" test "$(curl -s -o /dev/null -w '%{http_code}' -b "$JO" "$BASE/survei/$I2")" = 403
finish
