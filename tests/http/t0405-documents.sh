#!/bin/sh
# t0405-documents.sh: an application's documents are served as attachments
# with their stored type to the applicant and the officers who may see
# the application (audited), and are 404 for everyone else.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JB=$WORK/jarb
JO=$WORK/jaro
JR=$WORK/jarr
JI=$WORK/jari
login warga.demo "$DEMO_PW" "$J" && ok "login warga.demo" || fail "login warga.demo"
login op.kampungdalam "$DEMO_PW" "$JO" && ok "login op.kampungdalam" || fail "login op.kampungdalam"
login op.kampungrempak "$DEMO_PW" "$JR" && ok "login op.kampungrempak" || fail "login op.kampungrempak"
login inspektur "$DEMO_PW" "$JI" && ok "login inspektur" || fail "login inspektur"
signup_warga warga.lain 1408010101950003 "$JB" && ok "sign up warga.lain" || fail "sign up warga.lain"

apply_kpg02 "$J" -F "berkas.surat_pernyataan_tinggal_bagi_pendatang=@$PNG;type=application/pdf;filename=../../etc/pass\"wd; x.png"
N=$(nomor_of "$APPLY_LOC")
E=$(enc "$N")
check "application with four documents" test \
    "$(sql "SELECT count(*) FROM permohonan_berkas")" = 4

# The applicant: the same bytes, as an attachment, with the stored type.
expect_status 200 GET "/berkas/$E/ktp_el" -b "$J"
check "same bytes as uploaded" cmp -s "$BODY" "$PDF"
expect_header content-type ': application/pdf$'
expect_header content-disposition ': attachment; filename="surat.pdf"'
expect_header x-content-type-options nosniff
expect_header cache-control no-store
# the type is the one found by content, never the client's claim; and a
# hostile filename is neutralised
expect_status 200 GET "/berkas/$E/surat_pernyataan_tinggal_bagi_pendatang" -b "$J"
expect_header content-type ': image/png$'
expect_header content-disposition ': attachment; filename="[^"/;]*"; filename\*=UTF-8'"''"
check "same PNG bytes" cmp -s "$BODY" "$PNG"

# The officer of the unit, audited; the overseer, audited.
B0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")
expect_status 200 GET "/berkas/$E/kartu_keluarga" -b "$JO"
check "officer download audited" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")" -gt "$B0"
check "with its purpose and the document" test \
    "$(sql "SELECT note FROM audit_event WHERE action = 'permohonan.baca' ORDER BY id DESC LIMIT 1")" \
    = "Pemrosesan permohonan (berkas kartu_keluarga): Diajukan, menunggu verifikasi"
expect_status 200 GET "/berkas/$E/kartu_keluarga" -b "$JI"
expect_contains 'name="tujuan"' "$BODY"
expect_status 200 GET "/berkas/$E/kartu_keluarga?tujuan=pengawasan" -b "$JI"
expect_not_contains 'name="tujuan"' "$BODY"
# the applicant's own downloads are not staff reads
B1=$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")
expect_status 200 GET "/berkas/$E/kartu_keluarga" -b "$J"
check "applicant download not audited as a staff read" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")" = "$B1"

# Everyone else: 404 (never 403), or the sign-in page when anonymous.
expect_status 404 GET "/berkas/$E/ktp_el" -b "$JB"
expect_not_contains '%PDF' "$BODY"
expect_status 404 GET "/berkas/$E/ktp_el" -b "$JR"
expect_status 303 GET "/berkas/$E/ktp_el"
expect_header location ' /masuk\?lanjut='
expect_status 404 GET "/berkas/$E/tidak_ada" -b "$J"
expect_status 404 GET "/berkas/$(enc "14.08.01.1001/KPG-02/2026/99999")/ktp_el" -b "$J"
expect_status 404 GET "/berkas/draf-1/ktp_el" -b "$JB"

finish
