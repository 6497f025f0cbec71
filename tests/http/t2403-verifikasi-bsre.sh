#!/bin/sh
# t2403-verifikasi-bsre.sh: verification trusts BSrE's roots and says who
# issued the certificate (issue 18; doc/bsre.md "Verification").
#  - a letter signed through the BSrE stand-in, uploaded to /verifikasi and
#    /v/<kode> and given to `pamong verify --data`: valid (the signer
#    chains to DATA/bsre.conf's akar), "Tanda Tangan Elektronik
#    Tersertifikasi (BSrE/BSSN)", issuer BSrE, pdfsig and qpdf agree;
#  - the same file with one byte changed, or while bsre.conf is gone (the
#    BSrE root no longer trusted): not valid, the failed check named;
#  - a letter of the lokal backend: valid, "tidak tersertifikasi", issuer
#    the regency CA, on the page, the upload check and the CLI.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"
. "$(dirname "$0")/../bsre/standin.sh"

NIK=1408011501850003
PASS_BSRE=Frasa-BSrE-Uji-2026
bsre_standin "$NIK" "$PASS_BSRE"
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
PID=$(sql "SELECT id FROM account WHERE username = 'penghulu.kampungdalam'")
UNIT=$(sql "SELECT u.code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = 'penghulu.kampungdalam'")
sql "UPDATE account SET nik = '$NIK' WHERE id = $PID"
bsre_conf 2
"$PAMONG" ttd backend --data "$DATA" --unit "$UNIT" bsre >/dev/null 2>&1 ||
    fail "pamong ttd backend bsre"

upload() {	# upload FILE PATH
	_c=$(csrf_from "$2" "$WORK/anon.jar")
	expect_status 200 POST "$2" -b "$WORK/anon.jar" -c "$WORK/anon.jar" \
	    -F "csrf=$_c" -F "berkas=@$1;type=application/pdf"
}
verify() {	# verify WANT-EXIT FILE
	"$PAMONG" verify "$2" --data "$DATA" >"$WORK/verify.txt" 2>&1
	_rc=$?
	check "pamong verify $(basename "$2") -> exit $_rc (want $1)" \
	    test "$_rc" = "$1" || cat "$WORK/verify.txt" >&2
}
letter() {	# letter FILE: a new KPG-02 signed by the officer, saved
	kpg02 201 "$TW"
	N=$NOMOR
	act 200 "$TO" "$N" verifikasi
	_b=$(node -e 'console.log(JSON.stringify({tindakan: "setujui", passphrase: process.argv[1]}))' "$PASS_BSRE")
	expect_status 200 POST "/api/v1/permohonan/$(enc "$N")/tindakan" \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d "$_b" || head -c 400 "$BODY" >&2
	expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
	cp "$BODY" "$1"
	KODE=$(sql "SELECT d.kode FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
}

# --- a BSrE-signed letter ----------------------------------------------------
letter "$WORK/bsre.pdf"
check "registered penerbit bsre" test "$(sql "SELECT penerbit FROM dokumen WHERE kode = '$KODE'")" = bsre
pdf_nss_init "$BSRE/ca.pem"
pdf_expect_valid "$WORK/bsre.pdf"

expect_status 200 GET "/v/$KODE"
expect_contains "<dt>Penerbit sertifikat</dt><dd>Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara</dd>" "$BODY"
expect_contains "<dt>Jenis tanda tangan</dt><dd>Tanda Tangan Elektronik Tersertifikasi (BSrE/BSSN)</dd>" "$BODY"

upload "$WORK/bsre.pdf" /verifikasi
expect_contains '<p class="status-besar">Sah</p>' "$BODY"
expect_contains "<dd>Tanda Tangan Elektronik Tersertifikasi (BSrE/BSSN)</dd>" "$BODY"
expect_contains "Sertifikat penanda tangan diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN:</strong> lulus" "$BODY"
expect_contains "Berkas sama persis dengan dokumen yang terdaftar di Pamong:</strong> lulus" "$BODY"
expect_not_contains "GAGAL" "$BODY"
expect_not_contains "tidak tersertifikasi" "$BODY"
upload "$WORK/bsre.pdf" "/v/$KODE"
expect_contains '<p class="status-besar">Sah</p>' "$BODY"
expect_contains "Berkas adalah dokumen dengan kode verifikasi ini:</strong> lulus" "$BODY"

verify 0 "$WORK/bsre.pdf"
expect_contains "Penerbit sertifikat:   Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara" "$WORK/verify.txt"
expect_contains "Jenis tanda tangan:    Tanda Tangan Elektronik Tersertifikasi (BSrE/BSSN)" "$WORK/verify.txt"
expect_contains "[  OK ] Sertifikat penanda tangan diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN" "$WORK/verify.txt"
expect_contains "Kode verifikasi:       $KODE" "$WORK/verify.txt"
expect_contains "Putusan: SAH" "$WORK/verify.txt"

# --- the same file changed: not valid ----------------------------------------
cp "$WORK/bsre.pdf" "$WORK/ubah.pdf"
printf 'X' | dd of="$WORK/ubah.pdf" bs=1 seek=400 conv=notrunc 2>/dev/null
pdf_expect_invalid "$WORK/ubah.pdf" digest
upload "$WORK/ubah.pdf" /verifikasi
expect_contains '<p class="status-besar">Tidak sah</p>' "$BODY"
expect_contains "Isi dokumen tidak berubah sejak ditandatangani:</strong> GAGAL" "$BODY"
verify 1 "$WORK/ubah.pdf"
expect_contains "Putusan: TIDAK SAH" "$WORK/verify.txt"

# --- without bsre.conf the BSrE root is not trusted --------------------------
mv "$DATA/bsre.conf" "$DATA/bsre.conf.simpan"
upload "$WORK/bsre.pdf" /verifikasi
expect_contains '<p class="status-besar">Tidak sah</p>' "$BODY"
expect_contains "diterbitkan oleh PKI Pemerintah Kabupaten Siak:</strong> GAGAL" "$BODY"
expect_not_contains "Tersertifikasi (BSrE/BSSN)" "$BODY"
verify 1 "$WORK/bsre.pdf"
expect_contains "[GAGAL] Sertifikat penanda tangan diterbitkan oleh PKI" "$WORK/verify.txt"
expect_not_contains "Jenis tanda tangan:" "$WORK/verify.txt"
mv "$DATA/bsre.conf.simpan" "$DATA/bsre.conf"

# --- a lokal letter: valid, not certified -------------------------------------
"$PAMONG" ttd backend --data "$DATA" --unit "$UNIT" lokal >/dev/null 2>&1 ||
    fail "pamong ttd backend lokal"
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
act 200 "$TP" "$N" setujui
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/lokal.pdf"
KODE2=$(sql "SELECT d.kode FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
check "registered penerbit lokal" test "$(sql "SELECT penerbit FROM dokumen WHERE kode = '$KODE2'")" = lokal
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
rm -rf "$PDF_NSS"
pdf_nss_init "$WORK/root.pem"
pdf_expect_valid "$WORK/lokal.pdf"
expect_status 200 GET "/v/$KODE2"
expect_contains "<dt>Penerbit sertifikat</dt><dd>Otoritas sertifikat Pemerintah Kabupaten Siak</dd>" "$BODY"
expect_contains "<dt>Jenis tanda tangan</dt><dd>Tanda tangan elektronik tidak tersertifikasi" "$BODY"
upload "$WORK/lokal.pdf" "/v/$KODE2"
expect_contains '<p class="status-besar">Sah</p>' "$BODY"
expect_contains "<dd>Otoritas sertifikat Pemerintah Kabupaten Siak</dd>" "$BODY"
expect_contains "tidak tersertifikasi" "$BODY"
expect_contains "diterbitkan oleh PKI Pemerintah Kabupaten Siak:</strong> lulus" "$BODY"
expect_not_contains "Tersertifikasi (BSrE/BSSN)" "$BODY"
verify 0 "$WORK/lokal.pdf"
expect_contains "Penerbit sertifikat:   Otoritas sertifikat Pemerintah Kabupaten Siak" "$WORK/verify.txt"
expect_contains "Jenis tanda tangan:    Tanda tangan elektronik tidak tersertifikasi" "$WORK/verify.txt"
expect_contains "Putusan: SAH" "$WORK/verify.txt"
finish
