#!/bin/sh
# t1204-trust-letters.sh (issue 12, item 1): signed letters cannot be
# forged through another unit's administration.  An OPD's admin
# (admin.kominfo) may not change a kampung letter's template nor Kampung
# Dalam's nomor format (403, nothing changes, nothing audited); a
# kampung's admin may change its own nomor format but not the
# regency-wide template; the superadmin may.  Every change is audited
# with the text before and after; a letter records the template version
# it was rendered from; the signer previews the exact letter as a draft
# PDF (page and API) before signing.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
KD=14.08.01.1001
T_SQL="SELECT t.judul || '|' || t.isi || '|' || t.klasifikasi || '|' || t.versi FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'"
F_SQL="SELECT coalesce((SELECT format || '|' || kode_unit FROM surat_format f JOIN unit u ON u.id = f.unit_id WHERE u.code = '$KD'), 'bawaan')"
A_SQL="SELECT count(*) FROM audit_event WHERE action IN ('surat.templat', 'surat.format')"
T0=$(sql "$T_SQL")
F0=$(sql "$F_SQL")
A0=$(sql "$A_SQL")

# --- the attack of the issue: admin.kominfo (admin of DISKOMINFO only) ---
JK=$WORK/kominfo.jar
check "login admin.kominfo" login admin.kominfo "$PW" "$JK"
expect_status 403 GET /admin/surat/KPG-02 -b "$JK"
expect_contains 'hanya admin unit pemiliknya atau superadmin' "$BODY"
C=$(csrf_from /admin/surat "$JK")
expect_status 200 GET /admin/surat -b "$JK"
expect_not_contains '/admin/surat/KPG-02' "$BODY"
expect_status 403 POST /admin/surat/KPG-02 -b "$JK" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=simpan --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=470 \
    --data-urlencode "isi=Menerangkan bahwa {{nama}} berhutang kepada pembawa surat ini."
expect_status 403 POST /admin/surat-format -b "$JK" --data-urlencode "csrf=$C" \
    --data-urlencode unit=$KD \
    --data-urlencode "format={klasifikasi}/{seq}/HACKED/{tahun}" \
    --data-urlencode kode_unit=KD
check "template unchanged" test "$(sql "$T_SQL")" = "$T0"
check "format unchanged" test "$(sql "$F_SQL")" = "$F0"
check "nothing audited" test "$(sql "$A_SQL")" = "$A0"

# --- a kampung's admin: its own nomor format yes, the template no ---
add_user admin.kd admin $KD
JD=$WORK/kd.jar
check "login admin.kd" login admin.kd "$PW" "$JD"
C=$(csrf_from /admin/surat "$JD")
expect_status 403 POST /admin/surat/KPG-02 -b "$JD" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=simpan --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=470 --data-urlencode "isi=Menerangkan {{nama}} sah."
check "template unchanged by a kampung admin" test "$(sql "$T_SQL")" = "$T0"
expect_status 403 POST /admin/surat-format -b "$JD" --data-urlencode "csrf=$C" \
    --data-urlencode unit=14.08.01.1002 --data-urlencode "format={seq}/X/{tahun}" \
    --data-urlencode kode_unit=KR
expect_status 303 POST /admin/surat-format -b "$JD" --data-urlencode "csrf=$C" \
    --data-urlencode unit=$KD \
    --data-urlencode "format={seq}/{kode_unit}/{klasifikasi}/{tahun}" \
    --data-urlencode kode_unit=KD
check "own format saved" test "$(sql "$F_SQL")" = "{seq}/{kode_unit}/{klasifikasi}/{tahun}|KD"
check "format change audited with before and after" test "$(sql "SELECT json_extract(note, '\$.sebelum.format') || ' ' || json_extract(note, '\$.sebelum.kode_unit') || ' -> ' || json_extract(note, '\$.sesudah.format') FROM audit_event WHERE action = 'surat.format' ORDER BY id DESC LIMIT 1")" = "{klasifikasi}/{seq}/{kode_unit}/{tahun} $KD -> {seq}/{kode_unit}/{klasifikasi}/{tahun}"

# --- the superadmin owns the regency-wide template ---
JS=$WORK/super.jar
check "login superadmin" login superadmin "$PW" "$JS"
C=$(csrf_from /admin/surat/KPG-02 "$JS")
V0=$(sql "SELECT versi FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'")
expect_status 303 POST /admin/surat/KPG-02 -b "$JS" --data-urlencode "csrf=$C" \
    --data-urlencode aksi=simpan --data-urlencode "judul=SURAT KETERANGAN DOMISILI" \
    --data-urlencode klasifikasi=474 \
    --data-urlencode "isi=Menerangkan bahwa {{nama}} berdomisili di {{isian.alamat}}, {{wilayah}}."
V1=$(sql "SELECT versi FROM surat_templat t JOIN layanan l ON l.id = t.layanan_id WHERE l.code = 'KPG-02'")
check "a save is a new version ($V0 -> $V1)" test "$V1" = $((V0 + 1))
check "the version's text is kept" test "$(sql "SELECT count(*) FROM surat_templat_versi v JOIN layanan l ON l.id = v.layanan_id WHERE l.code = 'KPG-02' AND v.versi IN ($V0, $V1)")" = 2
check "template change audited with before and after" test "$(sql "SELECT json_extract(note, '\$.sebelum.versi') || '>' || json_extract(note, '\$.sesudah.versi') || '|' || json_extract(note, '\$.sesudah.klasifikasi') || '|' || (json_extract(note, '\$.sebelum.isi') <> json_extract(note, '\$.sesudah.isi')) FROM audit_event WHERE action = 'surat.templat' ORDER BY id DESC LIMIT 1")" = "$V0>$V1|474|1"
expect_status 200 GET /admin/surat -b "$JS"
expect_contains "(versi $V1)" "$BODY"

# --- the signer previews the exact letter, then signs it ---
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
YEAR=$(TZ=Asia/Jakarta date +%Y)
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/pratinjau" -H "Authorization: Bearer $TP"
expect_header content-type 'application/pdf'
check "preview is a PDF" sh -c "head -c 5 '$BODY' | grep -q '%PDF-'"
cp "$BODY" "$WORK/pratinjau.pdf"
pdftotext "$WORK/pratinjau.pdf" "$WORK/pratinjau.txt" 2>/dev/null
expect_contains "DRAF - BELUM DITANDATANGANI" "$WORK/pratinjau.txt"
expect_contains "Menerangkan bahwa Siti Rahmawati berdomisili di" "$WORK/pratinjau.txt"
expect_contains "001/KD/474/$YEAR" "$WORK/pratinjau.txt"
expect_contains "Syahrial" "$WORK/pratinjau.txt"
check "the preview is not signed" sh -c "! pdfsig '$WORK/pratinjau.pdf' 2>/dev/null | grep -q 'Signature #1'"
# the four-segment form of the nomor works too
expect_status 200 GET "/api/v1/permohonan/$N/pratinjau" -H "Authorization: Bearer $TP"
# the applicant and strangers get no preview; nothing is registered
expect_status 403 GET "/api/v1/permohonan/$(enc "$N")/pratinjau" -H "Authorization: Bearer $TW"
TD=$(token op.disdukcapil)
expect_status 404 GET "/api/v1/permohonan/$(enc "$N")/pratinjau" -H "Authorization: Bearer $TD"
check "a preview registers no document" test "$(sql "SELECT count(*) FROM dokumen")" = 0
check "a preview takes no nomor" test "$(sql "SELECT count(*) FROM surat_urut")" = 0
check "the preview read is in the citizen's data-access log" test \
    "$(sql "SELECT count(*) FROM akses_data a JOIN account u ON u.id = a.pembaca_id WHERE u.username = 'penghulu.kampungdalam' AND a.tujuan LIKE 'Pratinjau surat%'")" -ge 1
# the officer's page links it next to the signing form
JP=$WORK/penghulu.jar
check "login penghulu" login penghulu.kampungdalam "$PW" "$JP"
expect_status 200 GET "/petugas/permohonan/$(enc "$N")" -b "$JP"
expect_contains "/pratinjau\">Pratinjau surat (PDF, draf)" "$BODY"
expect_status 200 GET "/petugas/permohonan/$(enc "$N")/pratinjau" -b "$JP"
expect_header content-type 'application/pdf'

act 200 "$TP" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
check "the letter records its template version" test "$(sql "SELECT templat_versi FROM dokumen")" = "$V1"
check "nomor as previewed" test "$(sql "SELECT nomor_surat FROM dokumen")" = "001/KD/474/$YEAR"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
pdftotext "$BODY" "$WORK/surat.txt" 2>/dev/null
expect_not_contains "DRAF" "$WORK/surat.txt"
check "same body as the preview" sh -c "grep -q 'Menerangkan bahwa Siti Rahmawati berdomisili di' '$WORK/surat.txt'"

finish
