#!/bin/sh
# t0401-apply-form.sh: the generated application form: who may open it,
# what it holds, CSRF, field errors in Indonesian with nothing written,
# a refused file left out of the draft the rest is kept in (issue 19; see
# t1954), a successful submission and its idempotent repeat.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JO=$WORK/jaro

count() { sql "SELECT count(*) FROM $1"; }
nothing_written() {
	check "$1: no application, document or file written" test \
	    "$(count permohonan)/$(count permohonan_berkas)/$(count berkas)/$(find "$DATA/berkas" -type f 2>/dev/null | wc -l)" = "0/0/0/0"
}
# kept_draft LABEL N: N drafts so far, the refused KTP in none of them
kept_draft() {
	check "$1: kept as draft $2 without the refused file" test \
	    "$(sql "SELECT count(*) FROM permohonan WHERE draft = 1")/$(sql "SELECT count(*) FROM permohonan WHERE draft = 0")/$(sql "SELECT count(*) FROM permohonan_berkas WHERE doc_code = 'ktp_el'")" = "$2/0/0"
}

# The service page links to the online form.
expect_status 200 GET /layanan/KPG-02
expect_contains 'href="/layanan/KPG-02/ajukan">Ajukan secara daring</a>' "$BODY"

# Anonymous visitors are sent to sign in first, and come back.
expect_status 303 GET /layanan/KPG-02/ajukan
expect_header location ' /masuk\?lanjut=%2Flayanan%2FKPG-02%2Fajukan$'
# Staff are not applicants.
login op.kampungdalam "$DEMO_PW" "$JO" && ok "login op.kampungdalam" || fail "login op.kampungdalam"
expect_status 403 GET /layanan/KPG-02/ajukan -b "$JO"

login warga.demo "$DEMO_PW" "$J" && ok "login warga.demo" || fail "login warga.demo"
expect_status 404 GET /layanan/XXX-99/ajukan -b "$J"
expect_status 200 GET /layanan/KPG-02/ajukan -b "$J"
F=$WORK/form1.html
cp "$BODY" "$F"
expect_contains 'enctype="multipart/form-data"' "$F"
expect_contains 'name="kunci_idempoten" value="' "$F"
expect_contains '<textarea rows="4" id="f-isian.keperluan" name="isian.keperluan"' "$F"
expect_contains '<input type="text" id="f-isian.alamat" name="isian.alamat"' "$F"
expect_contains 'inputmode="numeric"' "$F"
expect_contains '<select id="f-isian.status_tinggal" name="isian.status_tinggal"' "$F"
expect_contains '<option>Sewa/kontrak</option>' "$F"
expect_contains '<label for="f-wilayah">' "$F"
expect_contains '<optgroup label="Kecamatan Siak">' "$F"
expect_contains "<option value=\"$KAMPUNG_DALAM\">Kelurahan Kampung Dalam</option>" "$F" ||
    expect_contains "<option value=\"$KAMPUNG_DALAM\">Kampung Kampung Dalam</option>" "$F"
expect_contains 'type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" id="f-berkas.ktp_el" name="berkas.ktp_el"' "$F"
expect_contains 'Wajib. PDF, JPG, atau PNG' "$F"
expect_contains 'Jika ada. PDF, JPG, atau PNG' "$F"
expect_contains '>Ajukan permohonan</button>' "$F"
expect_contains '>Simpan sebagai draf</button>' "$F"
expect_contains '<a href="/permohonan">Permohonan Saya</a>' "$F"
# every control has its label
for id in $(grep -o 'id="f-[^"]*"' "$F" | sed 's/id="f-\([^"]*\)"/\1/' | grep -v '^berkas$'); do
	grep -qF "<label for=\"f-$id\">" "$F" || fail "label for f-$id"
done
ok "every form control has a label"
K1=$(form_value kunci_idempoten "$F")
expect_status 200 GET /layanan/KPG-02/ajukan -b "$J"
check "a new idempotency key per rendered form" test "$(form_value kunci_idempoten "$BODY")" != "$K1"

# CSRF: a multipart POST without the token, or with another's token.
A_CSRF= apply_kpg02 "$J"
check "POST without CSRF token -> 403 ($APPLY_CODE)" test "$APPLY_CODE" = 403
expect_contains 'Formulir kedaluwarsa atau tidak sah.' "$BODY"
C_OTHER=$(csrf_from /akun "$JO")
A_CSRF=$C_OTHER apply_kpg02 "$J"
check "POST with another session's token -> 403 ($APPLY_CODE)" test "$APPLY_CODE" = 403
nothing_written "forged posts"

# Missing fields and documents: every error at once, values kept.
curl -s -b "$J" -o "$WORK/form.html" "$BASE/layanan/KPG-02/ajukan"
C=$(form_value csrf "$WORK/form.html")
K=$(form_value kunci_idempoten "$WORK/form.html")
expect_status 422 POST /layanan/KPG-02/ajukan -b "$J" -F "csrf=$C" \
    -F "kunci_idempoten=$K" -F "wilayah=" -F "isian.alamat=Jl. Lintas Timur" \
    -F "isian.lama_tinggal=empat" -F "simpan=ajukan" \
    -F "berkas.ktp_el=@$PDF;type=application/pdf"
expect_contains 'Periksa kembali isian berikut' "$BODY"
expect_contains 'href="#f-wilayah">Kampung/kelurahan: ' "$BODY"
expect_contains 'href="#f-isian.keperluan">Keperluan permohonan: ' "$BODY"
expect_contains 'href="#f-isian.lama_tinggal">Lama tinggal (tahun): ' "$BODY"
expect_contains 'href="#f-berkas.kartu_keluarga">Kartu Keluarga: ' "$BODY"
expect_contains 'id="e-isian.rt_rw"' "$BODY"
expect_contains 'aria-invalid="true"' "$BODY"
expect_contains 'value="Jl. Lintas Timur"' "$BODY"
expect_contains 'value="empat"' "$BODY"
expect_contains "name=\"kunci_idempoten\" value=\"$K\"" "$BODY"
expect_contains 'pilih kembali setiap berkas' "$BODY"
nothing_written "missing fields"

# A text file named .pdf is refused by its content.
A_KTP="@$FAKE_PDF;type=application/pdf" apply_kpg02 "$J"
check "fake PDF -> 422 ($APPLY_CODE)" test "$APPLY_CODE" = 422
expect_contains 'id="e-berkas.ktp_el"' "$BODY"
kept_draft "fake PDF" 1

# An upload over 5 MB is refused with a clear message.
BIG=$WORK/besar.pdf
{ printf '%%PDF-1.4\n'; head -c 5300000 /dev/zero | tr '\0' 'a'; printf '\n%%%%EOF\n'; } >"$BIG"
A_KTP="@$BIG;type=application/pdf" apply_kpg02 "$J"
check "6 MB upload -> 422 ($APPLY_CODE)" test "$APPLY_CODE" = 422
expect_contains 'id="e-berkas.ktp_el"' "$BODY"
expect_contains '5 MB' "$BODY"
kept_draft "oversized upload" 2

# An unknown kampung, and a kecamatan code where a kampung is wanted.
for w in 14.08.01.9999 14.08.01; do
	A_WILAYAH=$w apply_kpg02 "$J"
	check "wilayah $w -> 422 ($APPLY_CODE)" test "$APPLY_CODE" = 422
	expect_contains 'id="e-wilayah"' "$BODY"
done
check "unknown kampung: nothing more written" test "$(count permohonan)" = 2

# A complete application: 303 to its page, numbered, routed, stored.
apply_kpg02 "$J"
check "complete application -> 303 ($APPLY_CODE)" test "$APPLY_CODE" = 303
case $APPLY_LOC in
/permohonan/14.08.01.1001%2FKPG-02%2F20[0-9][0-9]%2F00001\?baru=1) ok "redirect to /permohonan/<nomor>?baru=1" ;;
*) fail "redirect to /permohonan/<nomor>?baru=1: $APPLY_LOC" ;;
esac
KEY=$APPLY_KEY
N=$(nomor_of "$APPLY_LOC")
check "one application, submitted, in state diajukan" test \
    "$(sql "SELECT count(*), sum(draft), min(state) FROM permohonan WHERE draft = 0")" = "1|0|diajukan"
check "handled by the Kampung Dalam unit" test \
    "$(sql "SELECT u.code FROM permohonan p JOIN unit u ON u.id = p.unit_id WHERE p.draft = 0")" = "$KAMPUNG_DALAM"
check "three documents attached" test "$(sql "SELECT count(*) FROM permohonan_berkas b JOIN permohonan p ON p.id = b.permohonan_id WHERE p.draft = 0")" = 3
check "fields stored" test \
    "$(sql "SELECT i.value FROM permohonan_isian i JOIN permohonan p ON p.id = i.permohonan_id WHERE p.draft = 0 AND i.name = 'rt_rw'")" = "002/003"
check "audit event permohonan.ajukan" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.ajukan'")" = 1

# The same form posted again (refresh, double click): the same application.
A_KEY=$KEY apply_kpg02 "$J"
check "repeat -> 303 ($APPLY_CODE)" test "$APPLY_CODE" = 303
case $APPLY_LOC in
"/permohonan/$(enc "$N")?ulang=1") ok "repeat goes to the same application" ;;
*) fail "repeat goes to the same application: $APPLY_LOC" ;;
esac
check "still one application" test "$(sql "SELECT count(*) FROM permohonan WHERE draft = 0")" = 1

# Its page, with the notice, status, number and tracking code.
expect_status 200 GET "/permohonan/$(enc "$N")?baru=1" -b "$J"
expect_contains 'Permohonan Anda telah diajukan.' "$BODY"
expect_contains "$N" "$BODY"
expect_contains "$(sql "SELECT kode_lacak FROM permohonan WHERE draft = 0")" "$BODY"
expect_contains 'Diajukan, menunggu verifikasi' "$BODY"
expect_contains 'Jl. Sultan Syarif Kasim No. 5' "$BODY"
expect_contains 'Batalkan permohonan' "$BODY"
expect_status 200 GET "/permohonan/$(enc "$N")?ulang=1" -b "$J"
expect_contains 'sudah diterima sebelumnya' "$BODY"
# the number typed with its slashes finds the page too
expect_status 303 GET "/permohonan/$N" -b "$J"
expect_header location " /permohonan/$(enc "$N")\$"
expect_status 303 GET "/petugas/permohonan/$N" -b "$JO"
expect_header location " /petugas/permohonan/$(enc "$N")\$"

finish
