#!/bin/sh
# t1503-survei-kertas.sh: officers enter paper questionnaires for their own
# unit only (no identity), with validation; citizens and other roles are
# refused; the public IKM and CSV count them.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
JO=$WORK/op.jar
JR=$WORK/rempak.jar
JW=$WORK/warga.jar
login op.kampungdalam "$PW" "$JO" && ok "op.kampungdalam signs in" || fail "sign in"
login op.kampungrempak "$PW" "$JR" && ok "op.kampungrempak signs in" || fail "sign in"
login warga.demo "$PW" "$JW" && ok "warga signs in" || fail "sign in"
MONTH=$(TZ=Asia/Jakarta date +%Y-%m)
NEXT=$(TZ=Asia/Jakarta date -d "$(TZ=Asia/Jakarta date +%Y-%m-15) +1 month" +%Y-%m)

# paper JAR CODE ARGS...: POST /petugas/survei with a fresh CSRF token
paper() {
	_j=$1 _code=$2
	shift 2
	_c=$(csrf_from /petugas/survei "$_j")
	expect_status "$_code" POST /petugas/survei -b "$_j" -c "$_j" \
	    --data-urlencode "csrf=$_c" "$@"
}
all() {
	for _i in 1 2 3 4 5 6 7 8 9; do printf -- '-d u%s=%s ' "$_i" "$1"; done
}

expect_status 200 GET /petugas/survei -b "$JO"
expect_contains "Kampung Dalam" "$BODY"
expect_contains 'value="KPG-02"' "$BODY"
expect_contains "Tidak diisi" "$BODY"
check "no kabupaten service offered to a kampung" sh -c "! grep -q 'value=\"DPMPTSP' '$BODY'"

snapshot
paper "$JO" 422 -d layanan=KPG-02 -d "periode=$MONTH"
expect_contains "Isi sedikitnya satu unsur" "$BODY"
paper "$JO" 422 -d layanan=TIDAK-ADA -d "periode=$MONTH" $(all 4)
expect_contains "Pilih layanan yang diberikan unit Anda" "$BODY"
paper "$JO" 422 -d layanan=KPG-02 -d "periode=$NEXT" $(all 4)
expect_contains "TTTT-BB" "$BODY"
paper "$JO" 422 -d layanan=KPG-02 -d periode=2026-13 $(all 4)
paper "$JO" 422 -d layanan=KPG-02 -d "periode=$MONTH" $(all 9)
paper "$JO" 422 -d layanan=KPG-02 -d "periode=$MONTH" $(all 4) -d integritas=mungkin
check "nothing stored after refusals" test "$(sql "SELECT count(*) FROM survei_jawaban")" = 0
# a service of the kabupaten is not the kampung's
KAB=$(sql "SELECT l.code FROM layanan l WHERE l.level = 'kabupaten' LIMIT 1")
paper "$JO" 422 -d layanan="$KAB" -d "periode=$MONTH" $(all 4)

# valid: two forms, one with blanks (u9 not answered, no integrity answer)
paper "$JO" 303 -d layanan=KPG-02 -d "periode=$MONTH" $(all 4) -d integritas=tidak
paper "$JO" 303 -d layanan=KPG-02 -d "periode=$MONTH" -d u1=2 -d u2=2 -d u3=2 -d u4=2 -d u5=2 -d u6=2 -d u7=2 -d u8=2 -d u9=0 -d integritas= --data-urlencode "saran=Ruang tunggu panas"
check "two paper rows for Kampung Dalam" test "$(sql "SELECT count(*) FROM survei_jawaban j JOIN unit u ON u.id = j.unit_id WHERE j.sumber = 'kertas' AND u.code = '14.08.01.1001'")" = 2
check "blank element stored as NULL" test "$(sql "SELECT count(*) FROM survei_jawaban WHERE u9 IS NULL AND integritas = ''")" = 1
check "audited with the officer and unit" test "$(sql "SELECT count(*) FROM audit_event a JOIN account c ON c.id = a.actor_id WHERE a.action = 'survei.kertas' AND c.username = 'op.kampungdalam' AND a.unit_id = c.unit_id")" = 2
expect_status 200 GET /petugas/survei?disimpan=1 -b "$JO"
expect_contains "Kuesioner kertas telah disimpan" "$BODY"

# the other kampung's officer enters for their own unit only
paper "$JR" 303 -d layanan=KPG-02 -d "periode=$MONTH" $(all 1)
check "op.kampungrempak's form belongs to Kampung Rempak" test "$(sql "SELECT u.code FROM survei_jawaban j JOIN unit u ON u.id = j.unit_id WHERE j.u1 = 1")" = "$(sql "SELECT u.code FROM account a JOIN unit u ON u.id = a.unit_id WHERE a.username = 'op.kampungrempak'")"
# a "unit" field is ignored: the unit is the officer's
paper "$JR" 303 -d layanan=KPG-02 -d unit=14.08.01.1001 -d "periode=$MONTH" $(all 1)
check "still two forms for Kampung Dalam" test "$(sql "SELECT count(*) FROM survei_jawaban j JOIN unit u ON u.id = j.unit_id WHERE u.code = '14.08.01.1001'")" = 2

# citizens and roles without a unit are refused
expect_status 403 GET /petugas/survei -b "$JW"
_c=$(csrf_from /survei "$JW")
expect_status 403 POST /petugas/survei -b "$JW" --data-urlencode "csrf=$_c" -d layanan=KPG-02 -d "periode=$MONTH" $(all 4)
expect_status 403 POST /petugas/survei -b "$JO" -d layanan=KPG-02 -d "periode=$MONTH" $(all 4)
check "still four rows" test "$(sql "SELECT count(*) FROM survei_jawaban")" = 4

# paper integrity "Ya" opens an anonymous case about the unit
paper "$JO" 303 -d layanan=KPG-02 -d "periode=$MONTH" $(all 3) -d integritas=ya
check "paper case opened for the unit" test "$(sql "SELECT count(*) FROM kasus k JOIN unit u ON u.id = k.unit_id WHERE k.sumber = 'survei_integritas' AND k.ref_type = 'survei_jawaban' AND u.code = '14.08.01.1001'")" = 1

# Kampung Dalam: u1..u8 = (4+2+3)/3 = 3, u9 = (4+3)/2 = 3.5
# IKM = 25 x (8 x 3 + 3.5) / 9 = 76.39 -> C Kurang Baik
expect_status 200 GET "/ikm?unit=14.08.01.1001"
expect_contains "76,39" "$BODY"
expect_contains "<td>C</td><td>Kurang Baik</td>" "$BODY"
expect_contains "3,5000" "$BODY"
expect_status 200 GET "/data/ikm.csv?unit=14.08.01.1001&layanan=KPG-02"
check "CSV: three paper rows" test "$(grep -c ',kertas,' "$BODY")" = 3
check "CSV: the blank u9 stays empty" test "$(grep -c ',kertas,2,2,2,2,2,2,2,2,$' "$(sed 's/\r$//' "$BODY" >"$WORK/c"; echo "$WORK/c")")" = 1
expect_not_contains "Ruang tunggu panas" "$BODY"
expect_not_contains "op.kampungdalam" "$BODY"
finish
