#!/bin/sh
# t1203-sign-templates.sh: the admin's letter templates and nomor formats:
# every signing service has a default template; unknown placeholders and
# bad formats are refused with Indonesian messages and change nothing; a
# preview is marked CONTOH; a saved template and unit format are what
# the next signed letter prints.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
check "a template for every service whose workflow signs" test \
    "$(sql "SELECT count(*) FROM layanan l WHERE EXISTS (SELECT 1 FROM wf_action a WHERE a.workflow_id = l.workflow_id AND a.signs_document = 1) AND NOT EXISTS (SELECT 1 FROM surat_templat t WHERE t.layanan_id = l.id)")" = 0
# (RT/RW through {{rt_rw}}: the form's rt_rw printed as 003/001, issue 18)
check "the domisili template names the form's fields" test \
    "$(sql "SELECT instr(t.isi, '{{isian.alamat}}') > 0 AND instr(t.isi, '{{rt_rw}}') > 0 AND instr(t.isi, '{{identitas}}') > 0 FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'")" = 1

J=$WORK/a.jar
login superadmin "$PW" "$J" && ok "superadmin signs in" || fail "superadmin signs in"
expect_status 200 GET /admin/surat -b "$J"
expect_contains "/admin/surat/KPG-02" "$BODY"
expect_status 200 GET /admin/surat/KPG-02 -b "$J"
expect_contains "{{isian.status_tinggal}}" "$BODY"
expect_contains "CONTOH" "$BODY"
C=$(csrf_from /admin/surat/KPG-02 "$J")
OLD=$(sql "SELECT isi FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'")
expect_status 422 POST /admin/surat/KPG-02 -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=simpan --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=470 --data-urlencode "isi=Gaji {{isian.gaji}} bulan ini."
expect_contains "{{isian.gaji}} tidak dikenal" "$BODY"
expect_status 422 POST /admin/surat/KPG-02 -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=simpan --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=470 --data-urlencode "isi=Nama {{nama tanpa tutup."
check "nothing saved" test "$(sql "SELECT isi FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'")" = "$OLD"
expect_status 200 POST /admin/surat/KPG-02 -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=pratinjau --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=470 --data-urlencode "isi=Saudara {{nama}} tinggal di {{isian.alamat}}."
expect_contains "Saudara Siti Contoh tinggal di [isian.alamat]." "$BODY"
check "a preview saves nothing" test "$(sql "SELECT isi FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'")" = "$OLD"
expect_status 303 POST /admin/surat/KPG-02 -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=simpan --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=474 --data-urlencode "isi=Menerangkan bahwa {{nama}} berdomisili di {{isian.alamat}} RT/RW {{isian.rt_rw}}, {{wilayah}}.

Demikian untuk dipergunakan sebagaimana mestinya."
check "audit: surat.templat" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'surat.templat' AND object_id = 'KPG-02'")" = 1

# nomor format of Kampung Dalam
expect_status 422 POST /admin/surat-format -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode unit=14.08.01.1001 --data-urlencode "format={klasifikasi}/{kode_unit}" \
    --data-urlencode kode_unit=KD
expect_contains "wajib memuat {seq} dan {tahun}" "$BODY"
expect_status 422 POST /admin/surat-format -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode unit=TIDAK-ADA --data-urlencode "format={seq}/{tahun}" \
    --data-urlencode kode_unit=KD
expect_status 303 POST /admin/surat-format -b "$J" --data-urlencode "csrf=$C" \
    --data-urlencode unit=14.08.01.1001 \
    --data-urlencode "format={klasifikasi}/{seq}/{kode_unit}/{bulan}/{tahun}" \
    --data-urlencode kode_unit=KD
# a citizen or an officer may not edit templates
login op.kampungdalam "$PW" "$WORK/o.jar" || true
expect_status 403 GET /admin/surat/KPG-02 -b "$WORK/o.jar"

# the next letter uses both
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
act 200 "$TP" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
YEAR=$(TZ=Asia/Jakarta date +%Y)
ROMAN=$(node -e 'console.log(["I","II","III","IV","V","VI","VII","VIII","IX","X","XI","XII"][Number(process.argv[1]) - 1])' "$(TZ=Asia/Jakarta date +%m)")
check "nomor surat in the unit's format" test "$(sql "SELECT nomor_surat FROM dokumen")" = "474/001/KD/$ROMAN/$YEAR"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
pdftotext "$BODY" "$WORK/surat.txt" 2>/dev/null
expect_contains "Menerangkan bahwa Siti Rahmawati berdomisili di Jl. Sultan Syarif Kasim No. 7 RT/RW 001/003," "$WORK/surat.txt"
expect_contains "474/001/KD/$ROMAN/$YEAR" "$WORK/surat.txt"

finish
