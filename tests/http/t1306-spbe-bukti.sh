#!/bin/sh
# t1306-spbe-bukti.sh: evidence: the coordinator uploads a document and a
# link, asks a unit for evidence; that unit's officers see the request and
# upload; other units see nothing and cannot read the files.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
JK=$WORK/kominfo JD=$WORK/dukcapil JP=$WORK/dpmptsp JW=$WORK/warga
login admin.kominfo "$DEMO_PW" "$JK" && ok "login admin.kominfo" || fail "login admin.kominfo"
login op.disdukcapil "$DEMO_PW" "$JD" && ok "login op.disdukcapil" || fail "login op.disdukcapil"
login op.dpmptsp "$DEMO_PW" "$JP" && ok "login op.dpmptsp" || fail "login op.dpmptsp"
login warga.demo "$DEMO_PW" "$JW" && ok "login warga.demo" || fail "login warga.demo"
c=$(csrf_from /spbe/penilaian "$JK")
D26=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2026")
DUK=$(sql "SELECT id FROM unit WHERE code = 'DISDUKCAPIL'")

# the indicator page shows live evidence from Pamong for 45
expect_status 200 GET "/spbe/penilaian/$D26/indikator/45" -b "$JK"
expect_contains 'Bukti langsung dari Pamong' "$BODY"
expect_contains 'Layanan aktif dalam katalog daring:' "$BODY"
expect_contains 'Tingkat yang didukung data Pamong:' "$BODY"
expect_status 200 GET "/spbe/penilaian/$D26/indikator/42" -b "$JK"
expect_contains 'Bukti langsung dari Pamong' "$BODY"
expect_status 200 GET "/spbe/penilaian/$D26/indikator/1" -b "$JK"
expect_not_contains 'Bukti langsung dari Pamong' "$BODY"

# an uploaded PDF and a link
expect_status 303 POST "/spbe/penilaian/$D26/indikator/45/bukti" -b "$JK" \
    -F "csrf=$c" -F "judul=SK Standar Pelayanan" -F "berkas=@$PDF;type=application/pdf"
expect_status 303 POST "/spbe/penilaian/$D26/indikator/45/bukti" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "judul=Laman layanan" \
    --data-urlencode "url=https://siakkab.go.id/layanan"
check "two pieces of evidence" test "$(sql "SELECT count(*) FROM spbe_bukti WHERE penilaian_id = $D26 AND indikator = 45")" = 2
# refused: a fake PDF, a javascript: link, neither file nor link
expect_status 422 POST "/spbe/penilaian/$D26/indikator/45/bukti" -b "$JK" \
    -F "csrf=$c" -F "judul=Palsu" -F "berkas=@$FAKE_PDF;type=application/pdf"
expect_status 422 POST "/spbe/penilaian/$D26/indikator/45/bukti" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "judul=x" \
    --data-urlencode "url=javascript:alert(1)"
expect_contains 'Tautan bukti harus' "$BODY"
expect_status 422 POST "/spbe/penilaian/$D26/indikator/45/bukti" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "judul=x"
check "still two" test "$(sql "SELECT count(*) FROM spbe_bukti WHERE penilaian_id = $D26 AND indikator = 45")" = 2
SHA=$(sql "SELECT sha256 FROM spbe_bukti WHERE penilaian_id = $D26 AND jenis = 'berkas'")
expect_status 200 GET "/spbe/berkas/$SHA" -b "$JK"
check "the evidence file comes back" cmp -s "$BODY" "$PDF"

# ask Disdukcapil for evidence on indicator 46
expect_status 303 POST "/spbe/penilaian/$D26/indikator/46/minta" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "unit_minta=$DUK" \
    --data-urlencode "pesan=Mohon SOP layanan adminduk daring"
RID=$(sql "SELECT id FROM spbe_permintaan WHERE indikator = 46")
expect_status 200 GET /spbe/permintaan -b "$JD"
expect_contains 'Mohon SOP layanan adminduk daring' "$BODY"
expect_status 200 GET /spbe/permintaan -b "$JP"
expect_not_contains 'Mohon SOP layanan adminduk daring' "$BODY"
expect_status 403 GET /spbe/permintaan -b "$JW"
# another unit cannot answer it, the asked unit can
cp=$(csrf_from /spbe/permintaan "$JP")
expect_status 404 POST "/spbe/permintaan/$RID" -b "$JP" \
    -F "csrf=$cp" -F "judul=Bukan unit kami" -F "berkas=@$PDF;type=application/pdf"
cd_=$(csrf_from /spbe/permintaan "$JD")
expect_status 303 POST "/spbe/permintaan/$RID" -b "$JD" \
    -F "csrf=$cd_" -F "judul=SOP Adminduk" -F "berkas=@$PNG;type=image/png"
check "request fulfilled" test "$(sql "SELECT status FROM spbe_permintaan WHERE id = $RID")" = dipenuhi
check "evidence from Disdukcapil on 46" test "$(sql "SELECT count(*) FROM spbe_bukti WHERE indikator = 46 AND unit_id = $DUK")" = 1
SHA2=$(sql "SELECT sha256 FROM spbe_bukti WHERE indikator = 46")
expect_status 200 GET "/spbe/berkas/$SHA2" -b "$JD"
expect_status 404 GET "/spbe/berkas/$SHA2" -b "$JP"
expect_status 404 GET "/spbe/berkas/$SHA" -b "$JD"
expect_status 403 GET "/spbe/berkas/$SHA" -b "$JW"
expect_status 404 GET "/spbe/berkas/../../secret.key" -b "$JK"

finish
