#!/bin/sh
# t1404-pengaduan-authz.sh: a complaint is visible to its reporter, the
# complaint admins, read-only supervisors and the officers of the unit it
# was disposed to; everyone else gets 404 (API and pages), and every
# action checks its role.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
add_user warga.lain warga "" 1408015203850004
TW=$(token warga.demo)
TX=$(token warga.lain)
TA=$(token admin.pengaduan)
TO=$(token op.dpmptsp)
TD=$(token op.disdukcapil)
TI=$(token inspektur)
check "second citizen signed in" test -n "$TX"

adu_file 201 "$TW"
N=$NOMOR
# before disposisi no unit sees it
expect_status 404 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TO"
expect_json 'j.galat.kode === "tidak_ditemukan"' "$BODY"
expect_status 404 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TX"
expect_status 401 GET "/api/v1/pengaduan/$N"
expect_status 404 GET /api/v1/pengaduan/ADU-2026-999999 -H "Authorization: Bearer $TA"
expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TI"
expect_json 'j.tindakan.length === 0' "$BODY"
adu_act 404 "$TX" "$N" balas "Bukan laporan saya."
adu_act 403 "$TI" "$N" disposisi "" DPMPTSP

adu_act 200 "$TA" "$N" disposisi "" DPMPTSP
expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TO"
check "the read is in the reporter's data-access log" test "$(sql "SELECT d.tujuan FROM akses_data d JOIN account a ON a.id = d.pembaca_id WHERE d.objek_type = 'pengaduan' AND d.objek_id = '$N' AND a.username = 'op.dpmptsp'")" = "Penanganan pengaduan"
check "supervisors' reads too" test "$(sql "SELECT d.tujuan FROM akses_data d JOIN account a ON a.id = d.pembaca_id WHERE d.objek_id = '$N' AND a.username = 'inspektur' LIMIT 1")" = "Pengawasan pengaduan (hanya baca)"
check "audit: pengaduan.baca" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'pengaduan.baca' AND object_id = '$N'")" -ge 2
expect_status 404 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TD"
adu_act 404 "$TD" "$N" tanggapi "Unit lain."
adu_act 403 "$TW" "$N" tanggapi "Pelapor tidak menanggapi sendiri."
adu_act 403 "$TA" "$N" tanggapi "Admin bukan unit."
adu_act 403 "$TO" "$N" arsipkan "Unit tidak mengarsipkan."
adu_act 403 "$TO" "$N" buka_kembali "Bukan pelapor."
check "refused actions changed nothing" test "$(adu_status "$N")" = didisposisi
# re-disposed to another unit: the first unit loses it
adu_act 200 "$TA" "$N" disposisi "Salah unit." DISDUKCAPIL
expect_status 404 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TO"
expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TD"

# pages: the same rule
JX=$WORK/jar-x JO=$WORK/jar-o JW=$WORK/jar-w JD=$WORK/jar-d
login warga.lain "$PW" "$JX" || fail "login warga.lain"
login op.dpmptsp "$PW" "$JO" || fail "login op.dpmptsp"
login op.disdukcapil "$PW" "$JD" || fail "login op.disdukcapil"
login warga.demo "$PW" "$JW" || fail "login warga.demo"
expect_status 404 GET "/pengaduan/$N" -b "$JX"
expect_status 404 GET "/pengaduan/$N" -b "$JO"
expect_status 200 GET "/pengaduan/$N" -b "$JD"
expect_contains "Tanggapan" "$BODY"
expect_status 200 GET "/pengaduan/$N" -b "$JW"
expect_status 303 GET "/pengaduan/$N"
expect_status 200 GET /pengaduan/kelola -b "$JO"
expect_not_contains "$N" "$BODY"
expect_status 200 GET /pengaduan/kelola -b "$JD"
expect_contains "$N" "$BODY"
expect_status 403 GET /pengaduan/kelola -b "$JW"
expect_status 403 GET /pengaduan/baru -b "$JO"
expect_status 200 GET /pengaduan/saya -b "$JX"
expect_not_contains "$N" "$BODY"
expect_status 404 GET "/pengaduan/$N/berkas/1" -b "$JX"
C=$(csrf_from "/pengaduan/saya" "$JX")
expect_status 404 POST "/pengaduan/$N/tindakan" -b "$JX" --data-urlencode "csrf=$C" --data-urlencode tindakan=balas --data-urlencode "catatan=Bukan milik saya."
check "nothing changed" test "$(adu_status "$N")" = didisposisi
finish
