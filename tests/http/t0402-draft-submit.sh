#!/bin/sh
# t0402-draft-submit.sh: save a draft, find it in Permohonan Saya, finish
# and submit it; drafts stay invisible to officers; another citizen gets
# 404 for everything of it; the applicant withdraws before verification.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JB=$WORK/jarb
JO=$WORK/jaro

login warga.demo "$DEMO_PW" "$J" && ok "login warga.demo" || fail "login warga.demo"
login op.kampungdalam "$DEMO_PW" "$JO" && ok "login op.kampungdalam" || fail "login op.kampungdalam"

# A draft may be incomplete: only the kampung and one field, no documents.
curl -s -b "$J" -o "$WORK/form.html" "$BASE/layanan/KPG-02/ajukan"
C=$(form_value csrf "$WORK/form.html")
K=$(form_value kunci_idempoten "$WORK/form.html")
expect_status 303 POST /layanan/KPG-02/ajukan -b "$J" -F "csrf=$C" \
    -F "kunci_idempoten=$K" -F "wilayah=$KAMPUNG_DALAM" \
    -F "isian.alamat=Jl. Draf No. 1" -F "simpan=draf"
L=$(loc)
ID=$(sql "SELECT id FROM permohonan")
check "redirect to the draft ($L)" test "$L" = "/permohonan/draf-$ID?draf=1"
check "stored as a draft without nomor" test \
    "$(sql "SELECT draft, nomor IS NULL FROM permohonan")" = "1|1"

expect_status 200 GET "/permohonan/draf-$ID?draf=1" -b "$J"
expect_contains 'Draf permohonan tersimpan' "$BODY"
expect_contains 'Lengkapi permohonan' "$BODY"
expect_contains 'value="Jl. Draf No. 1"' "$BODY"
expect_contains "action=\"/permohonan/draf-$ID/tindakan\"" "$BODY"
expect_status 200 GET /permohonan -b "$J"
expect_contains "href=\"/permohonan/draf-$ID\">Draf (belum bernomor)</a>" "$BODY"
expect_contains 'Belum diajukan' "$BODY"

# Officers never see drafts.
expect_status 200 GET /petugas -b "$JO"
expect_not_contains 'Jl. Draf' "$BODY"
expect_contains 'Tidak ada permohonan' "$BODY"
expect_status 404 GET "/petugas/permohonan/draf-$ID" -b "$JO"
expect_status 404 GET "/berkas/draf-$ID/ktp_el" -b "$JO"

# Another citizen: 404 for the draft, its form and its documents.
signup_warga warga.kedua 1408010101950002 "$JB" && ok "sign up warga.kedua" || fail "sign up warga.kedua"
expect_status 404 GET "/permohonan/draf-$ID" -b "$JB"
CB=$(csrf_from /permohonan "$JB")
expect_status 404 POST "/permohonan/draf-$ID/tindakan" -b "$JB" \
    -F "csrf=$CB" -F "tindakan=ajukan"
expect_status 200 GET /permohonan -b "$JB"
expect_not_contains "draf-$ID" "$BODY"

# Submitting it incomplete: field errors, still a draft.
C=$(csrf_from "/permohonan/draf-$ID" "$J")
expect_status 422 POST "/permohonan/draf-$ID/tindakan" -b "$J" -F "csrf=$C" \
    -F "tindakan=ajukan" -F "isian.alamat=Jl. Draf No. 2"
expect_contains 'Periksa kembali isian berikut' "$BODY"
expect_contains 'href="#f-berkas.ktp_el">' "$BODY"
expect_contains 'value="Jl. Draf No. 2"' "$BODY"
check "still a draft" test "$(sql "SELECT draft FROM permohonan")" = 1

# Saving it again keeps it a draft; without CSRF nothing happens.
expect_status 403 POST "/permohonan/draf-$ID/tindakan" -b "$J" \
    -F "tindakan=simpan" -F "isian.rt_rw=009/009"
expect_status 303 POST "/permohonan/draf-$ID/tindakan" -b "$J" -F "csrf=$C" \
    -F "tindakan=simpan" -F "isian.alamat=Jl. Draf No. 3" -F "isian.rt_rw=001/002" \
    -F "berkas.ktp_el=@$PDF;type=application/pdf"
check "draft saved with its document" test \
    "$(sql "SELECT draft, (SELECT value FROM permohonan_isian WHERE name = 'rt_rw'), (SELECT count(*) FROM permohonan_berkas) FROM permohonan")" = "1|001/002|1"

# Complete and submit: it gets its number and goes to the kampung.
expect_status 303 POST "/permohonan/draf-$ID/tindakan" -b "$J" -F "csrf=$C" \
    -F "tindakan=ajukan" -F "isian.keperluan=Syarat beasiswa" \
    -F "isian.alamat=Jl. Draf No. 3" -F "isian.rt_rw=001/002" \
    -F "isian.lama_tinggal=12" -F "isian.status_tinggal=Menumpang" \
    -F "berkas.kartu_keluarga=@$PNG;type=image/png" \
    -F "berkas.surat_pengantar_rt_rw=@$PDF;type=application/pdf"
L=$(loc)
N=$(sql "SELECT nomor FROM permohonan")
check "submitted: numbered, no longer a draft" test \
    "$(sql "SELECT draft, state FROM permohonan")" = "0|diajukan"
check "redirect to /permohonan/<nomor>?baru=1 ($L)" test "$L" = "/permohonan/$(enc "$N")?baru=1"
expect_status 200 GET "$L" -b "$J"
expect_contains 'Permohonan Anda telah diajukan.' "$BODY"
expect_contains 'Menumpang' "$BODY"
expect_status 404 GET "/permohonan/draf-$ID" -b "$J"
expect_status 200 GET /permohonan -b "$J"
expect_contains "$N" "$BODY"
expect_contains 'Diajukan, menunggu verifikasi' "$BODY"

# Now the officers see it; the other citizen still does not.
expect_status 200 GET /petugas -b "$JO"
expect_contains "$N" "$BODY"
expect_status 404 GET "/permohonan/$(enc "$N")" -b "$JB"
expect_status 404 GET "/berkas/$(enc "$N")/ktp_el" -b "$JB"
CB=$(csrf_from /permohonan "$JB")
expect_status 404 POST "/permohonan/$(enc "$N")/tindakan" -b "$JB" \
    --data-urlencode "csrf=$CB" --data-urlencode "tindakan=batalkan"
check "untouched by the other citizen" test "$(sql "SELECT state FROM permohonan")" = diajukan

# The applicant withdraws it before verification.
C=$(csrf_from "/permohonan/$(enc "$N")" "$J")
expect_status 303 POST "/permohonan/$(enc "$N")/tindakan" -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=batalkan" \
    --data-urlencode "catatan=Salah memilih layanan"
L=$(loc)
expect_status 200 GET "$L" -b "$J"
expect_contains 'Tindakan &quot;Batalkan permohonan&quot; telah dicatat.' "$BODY"
expect_contains 'Dibatalkan pemohon' "$BODY"
expect_contains 'Salah memilih layanan' "$BODY"
expect_not_contains 'name="tindakan" value="batalkan"' "$BODY"
check "state dibatalkan" test "$(sql "SELECT state FROM permohonan")" = dibatalkan
# once more: refused, it is over
expect_status 409 POST "/permohonan/$(enc "$N")/tindakan" -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=batalkan"
expect_contains 'role="alert"' "$BODY"

finish
