#!/bin/sh
# t2504-sakip-dokumen.sh: the Perjanjian Kinerja and the LKjIP of an OPD
# (issue 22): generated from the plan by `pamong sakip dokumen`, signed
# PAdES B-T by the unit's head and checked by pdfsig, qpdf and openssl
# (pdf-lib.sh); the LKjIP read back with pdftotext; recorded, audited,
# published at /sakip/dokumen/...; deadlines (PK one month after the DPA,
# LKjIP 31 March) shown with "terlambat" once passed; only the head of
# that unit may sign.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
TTE=Siak-TTE-Demo-2026
# seen PATH TEXT: wait (up to 10 s) until the public page shows TEXT, then
# one more second.  A write by the CLI (another process) reaches each
# worker's page cache within its poll of the change counter (250 ms,
# src/http/cache.h), so a page fetched at once may still be the one cached
# before the write, by the worker that has not polled yet.
seen() {
	_i=0
	while [ $_i -lt 40 ]; do
		curl -s -m 10 "$BASE$1" | grep -qF "$2" && sleep 1 && return 0
		sleep 0.25
		_i=$((_i + 1))
	done
	return 1
}

start_server

expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains "Perjanjian Kinerja tahun 2026: belum ditandatangani; batas waktu: tanggal DPA belum dicatat" "$BODY"
expect_contains "Laporan Kinerja (LKjIP) tahun 2026: belum ditandatangani; batas waktu 2027-03-31" "$BODY"

"$PAMONG" sakip dpa --data "$DATA" --unit DPMPTSP --tahun 2026 --tanggal 2025-12-31 >"$WORK/out" 2>&1
expect_eq "dpa exits 0" $? 0
"$PAMONG" sakip dpa --data "$DATA" --unit DPMPTSP --tahun 2026 --tanggal 31-12-2025 >"$WORK/out" 2>&1
expect_eq "a bad DPA date exits 1" $? 1
expect_contains "tanggal DPA harus YYYY-MM-DD" "$WORK/out"
seen /sakip/unit/DPMPTSP "batas waktu 2026-01-31"
expect_status 200 GET /sakip/unit/DPMPTSP
# 31 December + one month = 31 January; today (2026-12) is past it
expect_contains "Perjanjian Kinerja tahun 2026: belum ditandatangani; batas waktu 2026-01-31 <strong>(terlambat)</strong>" "$BODY"

# only the head of the unit signs
printf '%s\n' "$TTE" | "$PAMONG" sakip dokumen --data "$DATA" --jenis pk --unit DPMPTSP \
    --tahun 2026 --penandatangan kadis.disdukcapil --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "another unit's head is refused" $? 1
expect_contains "bukan kepala unit ini" "$WORK/out"
printf '%s\n' "salah-sandi-sekali" | "$PAMONG" sakip dokumen --data "$DATA" --jenis pk --unit DPMPTSP \
    --tahun 2026 --penandatangan kadis.dpmptsp --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "a wrong passphrase exits 1" $? 1
expect_contains "frasa sandi penandatangan salah" "$WORK/out"
"$PAMONG" sakip dokumen --data "$DATA" --jenis rpjmd --unit DPMPTSP --tahun 2026 \
    --penandatangan kadis.dpmptsp --passphrase-stdin </dev/null >/dev/null 2>&1
expect_eq "unknown --jenis exits 2" $? 2

printf '%s\n' "$TTE" | "$PAMONG" sakip dokumen --data "$DATA" --jenis pk --unit DPMPTSP \
    --tahun 2026 --penandatangan kadis.dpmptsp --passphrase-stdin --ke "$WORK/pk.pdf" >"$WORK/out" 2>&1
expect_eq "pk signed" $? 0
expect_contains "Perjanjian Kinerja 2026 ditandatangani: sha256" "$WORK/out"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
pdf_nss_init "$WORK/root.pem"
pdf_expect_valid "$WORK/pk.pdf"
pdftotext "$WORK/pk.pdf" "$WORK/pk.txt"
expect_contains "PERJANJIAN KINERJA TAHUN 2026" "$WORK/pk.txt"
expect_contains "Persentase izin terbit tepat waktu" "$WORK/pk.txt"
expect_contains "Target: 1200 izin" "$WORK/pk.txt"
expect_contains "Arif Budiman" "$WORK/pk.txt"
expect_eq "recorded" "$(sql "SELECT d.jenis || ' ' || a.username FROM sakip_dokumen d JOIN account a ON a.id = d.penandatangan_id")" "pk kadis.dpmptsp"
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.pk_tandatangan' AND object_id = 'pk-DPMPTSP-2026'")" 1

printf '%s\n' "$TTE" | "$PAMONG" sakip dokumen --data "$DATA" --jenis lkjip --unit DPMPTSP \
    --tahun 2026 --penandatangan kadis.dpmptsp --passphrase-stdin --ke "$WORK/lkjip.pdf" >"$WORK/out" 2>&1
expect_eq "lkjip signed" $? 0
pdf_expect_valid "$WORK/lkjip.pdf"
pdftotext "$WORK/lkjip.pdf" "$WORK/lkjip.txt"
tr '\n' ' ' <"$WORK/lkjip.txt" >"$WORK/lkjip1.txt"
expect_contains "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2026" "$WORK/lkjip.txt"
expect_contains "BAB III AKUNTABILITAS KINERJA" "$WORK/lkjip.txt"
# DPMPTSP-2: cumulative 920 of 900 after TW3
expect_contains "realisasi triwulan 3: 310; capaian s.d. triwulan 3: 102,22%" "$WORK/lkjip1.txt"
expect_contains "BAB IV PENUTUP" "$WORK/lkjip.txt"

seen /sakip/unit/DPMPTSP lkjip-DPMPTSP-2026.pdf
expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains 'href="/sakip/dokumen/pk-DPMPTSP-2026.pdf"' "$BODY"
expect_contains 'href="/sakip/dokumen/lkjip-DPMPTSP-2026.pdf"' "$BODY"
expect_contains "batas waktu 2027-03-31</li>" "$BODY"
expect_status 200 GET /sakip/dokumen/pk-DPMPTSP-2026.pdf
expect_header Content-Type 'application/pdf'
check "the download is the signed file" cmp -s "$BODY" "$WORK/pk.pdf"
expect_status 404 GET /sakip/dokumen/pk-DISDIK-2026.pdf
expect_status 404 GET /sakip/dokumen/x.pdf
expect_status 404 GET "/sakip/dokumen/pk-DPMPTSP-2026.txt"
finish
