#!/bin/sh
# t2508-sakip-kontrasign.sh: the superior countersigns a unit's
# Perjanjian Kinerja (issue 22): `pamong sakip kontrasign` adds a second
# incremental PAdES B-T signature to the PK the head signed; pdfsig finds
# both signatures valid and trusted, the first one still covering its
# revision; only a pimpinan who signs (not the head, not twice, not
# before the head); recorded, audited, the public download is the
# countersigned file and the unit page says so.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
TTE=Siak-TTE-Demo-2026
BUP=Uji-TTE-Bupati-2026

start_server

echo 'Uji-Sandi-Bupati-2026' | "$PAMONG" user add --data "$DATA" --username bupati.uji \
    --role pimpinan,penandatangan --unit SETDA --name 'Bupati Uji' --password-stdin >/dev/null
expect_eq "superior account" $? 0
printf '%s\n' "$BUP" | "$PAMONG" pki enroll --data "$DATA" --username bupati.uji \
    --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "superior enrolled" $? 0

# not before the head signed
printf '%s\n' "$BUP" | "$PAMONG" sakip kontrasign --data "$DATA" --unit DPMPTSP --tahun 2026 \
    --penandatangan bupati.uji --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "no PK yet exits 1" $? 1
expect_contains "belum ditandatangani kepala unit" "$WORK/out"

printf '%s\n' "$TTE" | "$PAMONG" sakip dokumen --data "$DATA" --jenis pk --unit DPMPTSP \
    --tahun 2026 --penandatangan kadis.dpmptsp --passphrase-stdin --ke "$WORK/pk1.pdf" >/dev/null 2>&1
expect_eq "head signed" $? 0

printf '%s\n' "$TTE" | "$PAMONG" sakip kontrasign --data "$DATA" --unit DPMPTSP --tahun 2026 \
    --penandatangan kadis.dpmptsp --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "the head is not a superior" $? 1
expect_contains "bukan atasan yang berwenang" "$WORK/out"
printf '%s\n' "salah-sandi-sekali" | "$PAMONG" sakip kontrasign --data "$DATA" --unit DPMPTSP \
    --tahun 2026 --penandatangan bupati.uji --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "a wrong passphrase exits 1" $? 1
expect_contains "frasa sandi penandatangan salah" "$WORK/out"
"$PAMONG" sakip kontrasign --data "$DATA" --unit DPMPTSP --tahun 2026 \
    --penandatangan bupati.uji </dev/null >/dev/null 2>&1
expect_eq "without --passphrase-stdin exits 2" $? 2

printf '%s\n' "$BUP" | "$PAMONG" sakip kontrasign --data "$DATA" --unit DPMPTSP --tahun 2026 \
    --penandatangan bupati.uji --passphrase-stdin --ke "$WORK/pk2.pdf" >"$WORK/out" 2>&1
expect_eq "countersigned" $? 0
expect_contains "Perjanjian Kinerja 2026 ditandatangani atasan: sha256" "$WORK/out"
head -c "$(wc -c <"$WORK/pk1.pdf")" "$WORK/pk2.pdf" >"$WORK/prefix.pdf"
check "an incremental update: the head's file comes first, unchanged" \
    cmp -s "$WORK/pk1.pdf" "$WORK/prefix.pdf"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
pdf_nss_init "$WORK/root.pem"
pdfsig -nssdir "sql:$PDF_NSS" "$WORK/pk2.pdf" >"$WORK/sig.txt" 2>&1
expect_eq "two signatures" "$(grep -c '^Signature #' "$WORK/sig.txt")" 2
expect_eq "both valid" "$(grep -c 'Signature Validation: Signature is Valid.' "$WORK/sig.txt")" 2
expect_eq "both trusted" "$(grep -c 'Certificate Validation: Certificate is Trusted.' "$WORK/sig.txt")" 2
expect_contains "Bupati Uji" "$WORK/sig.txt"
expect_contains "Arif Budiman" "$WORK/sig.txt"
# the last (the superior's) covers the whole file
pdf_expect_valid "$WORK/pk2.pdf"
qpdf --check "$WORK/pk2.pdf" >"$WORK/qpdf.txt" 2>&1
expect_eq "qpdf accepts it" $? 0

printf '%s\n' "$BUP" | "$PAMONG" sakip kontrasign --data "$DATA" --unit DPMPTSP --tahun 2026 \
    --penandatangan bupati.uji --passphrase-stdin >"$WORK/out" 2>&1
expect_eq "not twice" $? 1
expect_contains "sudah ditandatangani atasan" "$WORK/out"

expect_eq "recorded" "$(sql "SELECT a.username || ' ' || (d.atasan_at IS NOT NULL) FROM sakip_dokumen d JOIN account a ON a.id = d.atasan_id WHERE d.jenis = 'pk'")" "bupati.uji 1"
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.pk_kontrasign'")" 1
expect_status 200 GET /sakip/dokumen/pk-DPMPTSP-2026.pdf
check "the download is the countersigned file" cmp -s "$BODY" "$WORK/pk2.pdf"
expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains ", ditandatangani atasan 20" "$BODY"
finish
