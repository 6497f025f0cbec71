#!/bin/sh
# t2506-sakip-temuan-web.sh: audit findings on the web (issue 22): the
# Inspektorat enters a PKPT activity, an LHP with a finding and its
# recommendation on /petugas/temuan; the audited unit (DPMPTSP) sees only
# its own recommendations and submits the follow-up with an evidence
# link, another unit (DISDUKCAPIL) can neither see nor answer it; the
# Inspektorat reviews it; escalation notifies the unit (in-app and the
# outbox); published findings show on /sakip, the others stay internal;
# `pamong temuan pkpt`; every change audited.
. "$(dirname "$0")/test-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
PW=Siak-Demo-2026

start_server

echo 'Uji-Sandi-Itda-2026' | "$PAMONG" user add --data "$DATA" --username itda.uji \
    --role inspektorat --unit INSPEKTORAT --name 'Auditor Uji' --password-stdin >/dev/null
echo 'Uji-Sandi-Kepala-2026' | "$PAMONG" user add --data "$DATA" --username kepala.dpmptsp \
    --role kepala --unit DPMPTSP --name 'Kepala Uji' --email kepala@siakkab.go.id \
    --password-stdin >/dev/null
IT=$WORK/jar-itda
OPD=$WORK/jar-opd
LAIN=$WORK/jar-lain
check "login itda.uji" login itda.uji 'Uji-Sandi-Itda-2026' "$IT"
check "login op.dpmptsp" login op.dpmptsp "$PW" "$OPD"
check "login op.disdukcapil" login op.disdukcapil "$PW" "$LAIN"

# CLI: the PKPT command
P1=$("$PAMONG" temuan pkpt --data "$DATA" --tahun 2026 --unit DPMPTSP \
    --kegiatan "Audit kinerja pelayanan perizinan")
expect_eq "pkpt prints its id" "$(echo "$P1" | grep -Ec '^[0-9]+$')" 1
"$PAMONG" temuan pkpt --data "$DATA" --tahun 2026 --unit TIDAKADA --kegiatan "Audit" \
    >"$WORK/out" 2>&1
expect_eq "pkpt for an unknown unit exits 1" $? 1
expect_contains "unit tidak dikenal" "$WORK/out"
"$PAMONG" temuan pkpt --data "$DATA" --tahun 26 --unit DPMPTSP --kegiatan "Audit" \
    >/dev/null 2>&1
expect_eq "pkpt with a bad year exits 2" $? 2
"$PAMONG" temuan pkpt --data "$DATA" --tahun 2026 --unit DPMPTSP --kegiatan "Audit" \
    --lain x >/dev/null 2>&1
expect_eq "pkpt with an unknown option exits 2" $? 2

expect_status 303 GET /petugas/temuan
expect_status 200 GET /petugas/temuan -b "$IT"
expect_contains "Program Kerja Pengawasan Tahunan (PKPT)" "$BODY"
expect_contains "<td>2026</td><td>Dinas Penanaman Modal" "$BODY"
expect_contains 'href="/petugas/temuan"' "$BODY"
CI=$(csrf_from /petugas/temuan "$IT")
CO=$(csrf_from /petugas/temuan "$OPD")
CL=$(csrf_from /petugas/temuan "$LAIN")

expect_status 403 POST /petugas/temuan/pkpt -b "$IT" --data-urlencode "tahun=2026" \
    --data-urlencode "unit=DPMPTSP" --data-urlencode "kegiatan=Tanpa CSRF"
expect_status 303 POST /petugas/temuan/pkpt -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "tahun=2026" --data-urlencode "unit=DISDUKCAPIL" \
    --data-urlencode "kegiatan=Reviu laporan kinerja"
expect_eq "PKPT from the page" "$(sql "SELECT count(*) FROM sakip_pkpt")" 2

# an operator of a unit cannot enter an LHP
expect_status 403 POST /petugas/temuan/lhp -b "$OPD" --data-urlencode "csrf=$CO" \
    --data-urlencode "sumber=inspektorat" --data-urlencode "nomor=700/X/2026" \
    --data-urlencode "judul=Uji" --data-urlencode "unit=DPMPTSP" \
    --data-urlencode "diterima=2026-03-01" --data-urlencode "hari=30"
expect_contains "Hanya Inspektorat" "$BODY"
expect_status 422 POST /petugas/temuan/lhp -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "sumber=bpk" --data-urlencode "nomor=12/LHP/2026" \
    --data-urlencode "judul=Pemeriksaan keuangan" --data-urlencode "unit=DPMPTSP" \
    --data-urlencode "diterima=2026-01-02" --data-urlencode "hari=30"
expect_contains "60 hari (UU 15/2004 pasal 20)" "$BODY"
expect_status 422 POST /petugas/temuan/lhp -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "sumber=inspektorat" --data-urlencode "nomor=700/ITDA/2026" \
    --data-urlencode "judul=Audit" --data-urlencode "unit=DPMPTSP" \
    --data-urlencode "diterima=2026-03-01" --data-urlencode "hari=-3"
expect_contains "Batas hari harus angka" "$BODY"
expect_status 303 POST /petugas/temuan/lhp -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "sumber=inspektorat" --data-urlencode "nomor=700/ITDA/LHP/2026" \
    --data-urlencode "judul=Audit kinerja pelayanan perizinan" --data-urlencode "unit=DPMPTSP" \
    --data-urlencode "diterima=2026-03-01" --data-urlencode "hari=30"
expect_header Location '/petugas/temuan\?ok=1'
expect_status 422 POST /petugas/temuan/rekomendasi -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "lhp=TIDAK/ADA" --data-urlencode "temuan=Uji temuan" \
    --data-urlencode "rekomendasi=Uji rekomendasi"
expect_contains "LHP tidak ditemukan" "$BODY"
expect_status 303 POST /petugas/temuan/rekomendasi -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "lhp=700/ITDA/LHP/2026" \
    --data-urlencode "temuan=SOP izin <b>belum</b> diperbarui" \
    --data-urlencode "rekomendasi=Memperbarui SOP perizinan"
R1=$(sql "SELECT max(id) FROM sakip_rekomendasi")
expect_eq "deadline received + 30 days" "$(sql "SELECT batas FROM sakip_rekomendasi WHERE id = $R1")" 2026-03-31
expect_eq "LHP audited with its actor" "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'sakip.lhp' AND a.username = 'itda.uji'")" 1

# the audited unit sees it (escaped); another unit does not
expect_status 200 GET /petugas/temuan -b "$OPD"
expect_contains "SOP izin &lt;b&gt;belum&lt;/b&gt; diperbarui" "$BODY"
expect_contains "Kirim tindak lanjut $R1" "$BODY"
expect_not_contains "Program Kerja Pengawasan" "$BODY"
expect_status 200 GET /petugas/temuan -b "$LAIN"
expect_not_contains "SOP izin" "$BODY"
expect_contains "Belum ada rekomendasi" "$BODY"

tl() {	# JAR CSRF ID URAIAN BUKTI STATUS
	expect_status "$6" POST /petugas/temuan/tindak-lanjut -b "$1" \
	    --data-urlencode "csrf=$2" --data-urlencode "id=$3" \
	    --data-urlencode "uraian=$4" --data-urlencode "bukti=$5"
}
tl "$LAIN" "$CL" "$R1" "Sudah diperbarui" "https://siakkab.go.id/sop.pdf" 403
expect_contains "Hanya unit yang diperiksa" "$BODY"
tl "$OPD" "$CO" "$R1" "Sudah" "javascript:alert(1)" 422
expect_contains "Bukti wajib berupa tautan" "$BODY"
tl "$OPD" "$CO" "999999" "Sudah diperbarui" "https://siakkab.go.id/sop.pdf" 422
tl "$OPD" "$CO" "abc" "Sudah diperbarui" "https://siakkab.go.id/sop.pdf" 422
tl "$OPD" "$CO" "$R1" "Sudah diperbarui" "" 422
expect_contains "Bukti wajib: unggah berkas" "$BODY"
# an uploaded file through berkas (multipart): a fake PDF is refused
expect_status 422 POST /petugas/temuan/tindak-lanjut -b "$OPD" -F "csrf=$CO" -F "id=$R1" \
    -F "uraian=Sudah diperbarui" -F "berkas=@$ROOT/tests/fixtures/berkas/palsu.pdf"
expect_status 303 POST /petugas/temuan/tindak-lanjut -b "$OPD" -F "csrf=$CO" -F "id=$R1" \
    -F "uraian=SOP diperbarui, berkas terlampir" -F "berkas=@$ROOT/tests/fixtures/berkas/surat.pdf"
expect_eq "the file stored in berkas" "$(sql "SELECT count(*) FROM sakip_rekomendasi r JOIN berkas b ON b.sha256 = r.bukti_berkas WHERE r.id = $R1")" 1
expect_status 200 GET "/petugas/temuan/bukti/$R1" -b "$OPD"
expect_header Content-Type 'application/pdf'
check "the download is the uploaded file" cmp -s "$BODY" "$ROOT/tests/fixtures/berkas/surat.pdf"
expect_status 404 GET "/petugas/temuan/bukti/$R1" -b "$LAIN"
expect_status 200 GET "/petugas/temuan/bukti/$R1" -b "$IT"
expect_status 404 GET "/petugas/temuan/bukti/abc" -b "$IT"
expect_status 303 GET "/petugas/temuan/bukti/$R1"
tl "$OPD" "$CO" "$R1" "SOP perizinan diperbarui dengan Perbup" "https://siakkab.go.id/sop-2026.pdf" 303
expect_eq "follow-up stored, status left to the review" \
    "$(sql "SELECT status || ' ' || bukti_url || ' ' || (diajukan_at IS NOT NULL) FROM sakip_rekomendasi WHERE id = $R1")" \
    "belum_ditindaklanjuti https://siakkab.go.id/sop-2026.pdf 1"
expect_eq "follow-ups audited by op.dpmptsp" "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'sakip.tl_ajukan' AND a.username = 'op.dpmptsp' AND e.object_id = '$R1'")" 2

# review: only the Inspektorat, only the four outcomes
expect_status 403 POST /petugas/temuan/telaah -b "$OPD" --data-urlencode "csrf=$CO" \
    --data-urlencode "id=$R1" --data-urlencode "status=sesuai"
expect_status 422 POST /petugas/temuan/telaah -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "id=$R1" --data-urlencode "status=selesai"
expect_status 303 POST /petugas/temuan/telaah -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "id=$R1" --data-urlencode "status=belum_sesuai" \
    --data-urlencode "catatan=Perbup belum diundangkan"
expect_eq "reviewed, follow-up kept" \
    "$(sql "SELECT status || '|' || telaah || '|' || tindak_lanjut FROM sakip_rekomendasi WHERE id = $R1")" \
    "belum_sesuai|Perbup belum diundangkan|SOP perizinan diperbarui dengan Perbup"
expect_status 200 GET /petugas/temuan -b "$OPD"
expect_contains "Perbup belum diundangkan" "$BODY"

# escalation on the day after the deadline notifies the unit
"$PAMONG" tick --data "$DATA" --now 2026-04-01 >/dev/null 2>&1
expect_eq "escalated" "$(sql "SELECT count(*) FROM sakip_rekomendasi WHERE id = $R1 AND eskalasi_at IS NOT NULL")" 1
expect_eq "in-app notice to the unit's head and operator" \
    "$(sql "SELECT count(DISTINCT n.account_id) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE n.link = '/petugas/temuan' AND a.username IN ('kepala.dpmptsp', 'op.dpmptsp')")" 2
expect_eq "none to another unit" "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE n.link = '/petugas/temuan' AND a.username = 'op.disdukcapil'")" 0
expect_eq "outbox e-mail to the head" "$(sql "SELECT count(*) FROM outbox WHERE recipient = 'kepala@siakkab.go.id' AND body LIKE '%melewati batas waktu tindak lanjut%'")" 1

# internal until published
expect_status 200 GET /sakip
expect_not_contains "SOP izin" "$BODY"
expect_status 403 POST /petugas/temuan/terbit -b "$OPD" --data-urlencode "csrf=$CO" \
    --data-urlencode "id=$R1" --data-urlencode "terbit=1"
expect_status 422 POST /petugas/temuan/terbit -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "id=$R1" --data-urlencode "terbit=ya"
expect_status 303 POST /petugas/temuan/terbit -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "id=$R1" --data-urlencode "terbit=1"
expect_status 200 GET /sakip
expect_contains "Temuan hasil pemeriksaan yang diumumkan" "$BODY"
expect_contains "<td>SOP izin &lt;b&gt;belum&lt;/b&gt; diperbarui</td><td>Memperbarui SOP perizinan</td><td>Belum sesuai</td><td>2026-03-31</td>" "$BODY"
expect_not_contains "Perbup belum diundangkan" "$BODY"
expect_status 303 POST /petugas/temuan/terbit -b "$IT" --data-urlencode "csrf=$CI" \
    --data-urlencode "id=$R1" --data-urlencode "terbit=0"
expect_status 200 GET /sakip
expect_not_contains "SOP izin" "$BODY"
expect_eq "every change audited" "$(sql "SELECT count(*) FROM audit_event WHERE action IN ('sakip.pkpt', 'sakip.lhp', 'sakip.rekomendasi', 'sakip.tl_ajukan', 'sakip.tindak_lanjut', 'sakip.terbit', 'sakip.eskalasi')")" 10
finish
