#!/bin/sh
# t1101-pades-tools.sh: letters rendered and signed (PAdES B-B and B-T) by
# Pamong's own code, checked with independent tools: pdfsig (poppler, NSS
# trust), qpdf, openssl cms / ts, pdftotext and zbarimg for the QR code;
# and every broken case gets the right verdict from both pdfsig (where it
# applies) and pades_verify().
#
# Uses the test tool tests/unit/dokumen/pades_tool.c (throw-away PKI in
# pades_testpki.h), built here with the unit-test Makefile rule if absent.
# No server is started.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"

# the build directory of $PAMONG (build/san/pamong or build/pamong)
_bd=$(dirname "$PAMONG")
case $_bd in */san) _bd=$(dirname "$_bd") ;; esac
TOOL=$_bd/san/unit/dokumen/pades_tool
if [ ! -x "$TOOL" ]; then
	(cd "$ROOT" && make -s B="${_bd#"$ROOT"/}" \
	    "${_bd#"$ROOT"/}/san/unit/dokumen/pades_tool") >"$WORK/make.log" 2>&1
fi
if [ ! -x "$TOOL" ]; then
	fail "build $TOOL"
	sed 's/^/	/' "$WORK/make.log" | tail -20
	finish
fi

PKI=$WORK/pki
KODE=7Q2K-9XJ4-M1PA
URL=https://pamong.example/v/$KODE
mkdir -p "$PKI"
check "throw-away PKI" "$TOOL" pki "$PKI"
check "render the letter" "$TOOL" letter "$WORK/surat.pdf" "$KODE" "$URL"
pdf_nss_init "$PKI/root.pem"

# --- the rendered letter: text, non-ASCII names, QR ---
pdftotext -layout "$WORK/surat.pdf" "$WORK/surat.txt" 2>/dev/null
for t in "PEMERINTAH KABUPATEN SIAK" "KAMPUNG DALAM" \
    "SURAT KETERANGAN DOMISILI" "Nomor: 470/KD/2026/0042" \
    "Nama: André Nur’aini" "RW 002 – Kampung Dalam" \
    "“pembukaan rekening bank”" "Ahmad Réza, S.Sos." \
    "Ditandatangani secara elektronik" "Kode verifikasi: $KODE" \
    "Undang-Undang Nomor 11 Tahun 2008"; do
	if grep -qF -- "$t" "$WORK/surat.txt"; then
		ok "pdftotext: $t"
	else
		fail "pdftotext: $t"
	fi
done
pdffonts "$WORK/surat.pdf" 2>/dev/null | grep -q "Times-Roman.*WinAnsi" &&
    ok "base-14 Times in WinAnsiEncoding" || fail "base-14 Times in WinAnsiEncoding"
pdftoppm -r 150 -png "$WORK/surat.pdf" "$WORK/page" 2>/dev/null
QR=$(zbarimg -q --raw "$WORK"/page-1.png 2>/dev/null)
if [ "$QR" = "$URL" ]; then ok "zbarimg decodes the QR: $QR"; else
	fail "zbarimg decodes the QR: got '$QR', want '$URL'"; fi
pdf_expect_invalid "$WORK/surat.pdf" unsigned

# --- valid: B-B and B-T ---
check "sign B-B" "$TOOL" sign "$PKI" signer "$WORK/surat.pdf" "$WORK/bb.pdf"
check "sign B-T" "$TOOL" sign "$PKI" signer "$WORK/surat.pdf" "$WORK/bt.pdf" bt
pdf_expect_valid "$WORK/bb.pdf"
pdf_expect_valid "$WORK/bt.pdf"
_n=$(wc -c <"$WORK/surat.pdf")
if cmp -s -n "$_n" "$WORK/surat.pdf" "$WORK/bt.pdf"; then
	ok "incremental update: the original $_n bytes unchanged"
else
	fail "incremental update: the original $_n bytes unchanged"
fi

# verdict FILE FIELD VALUE...: pades_tool verify prints FIELD: VALUE
verdict() {
	_f=$1
	shift
	"$TOOL" verify "$PKI" "$_f" >"$WORK/verdict" 2>&1
	echo "exit: $?" >>"$WORK/verdict"
	while [ $# -ge 2 ]; do
		if grep -qx "$1: $2" "$WORK/verdict"; then
			ok "pades_verify $(basename "$_f"): $1 $2"
		else
			fail "pades_verify $(basename "$_f"): $1 $2"
			sed 's/^/	/' "$WORK/verdict"
		fi
		shift 2
	done
}
verdict "$WORK/bb.pdf" exit 0 valid 1 has_tst 0 whole_file 1 problem ""
verdict "$WORK/bt.pdf" exit 0 valid 1 has_tst 1 tst_ok 1 pades 1 \
    signer_cn "Budi Santoso"

# --- an RSA-3072 signer (the PKI's RSA option) ---
check "sign B-T with an RSA-3072 key" "$TOOL" sign "$PKI" rsa \
    "$WORK/surat.pdf" "$WORK/rsa.pdf" bt
pdf_expect_valid "$WORK/rsa.pdf"
verdict "$WORK/rsa.pdf" exit 0 valid 1 signer_cn "Siti Rahma"

# --- one flipped byte inside the signed range ---
cp "$WORK/bt.pdf" "$WORK/ubah.pdf"
_off=$(grep -a -b -o "(Nama: Andr" "$WORK/ubah.pdf" | head -n 1 | cut -d: -f1)
printf '@' | dd of="$WORK/ubah.pdf" bs=1 seek=$((_off + 7)) conv=notrunc \
    2>/dev/null
pdf_expect_invalid "$WORK/ubah.pdf" digest
verdict "$WORK/ubah.pdf" exit 1 valid 0 digest_ok 0 sig_ok 1

# --- bytes appended after the signature ---
{ cat "$WORK/bt.pdf"; printf '%% tambahan\n'; } >"$WORK/tambah.pdf"
pdf_expect_invalid "$WORK/tambah.pdf" appended
verdict "$WORK/tambah.pdf" exit 1 valid 0 whole_file 0 digest_ok 1

# --- a signer from an unknown CA ---
check "sign with the unknown CA's signer" "$TOOL" sign "$PKI" alien \
    "$WORK/surat.pdf" "$WORK/asing.pdf"
pdf_expect_invalid "$WORK/asing.pdf" untrusted
verdict "$WORK/asing.pdf" exit 1 valid 0 chain_ok 0 sig_ok 1

# --- a revoked signer certificate (on the issuing CA's CRL) ---
check "sign with the revoked signer" "$TOOL" sign "$PKI" revoked \
    "$WORK/surat.pdf" "$WORK/dicabut.pdf" bt
verdict "$WORK/dicabut.pdf" exit 1 valid 0 not_revoked 0 chain_ok 1
pdf_nss_crl "$PKI/crl.pem" "$PKI/ica.pem"
pdf_expect_invalid "$WORK/dicabut.pdf" revoked
pdf_expect_valid "$WORK/bt.pdf"	# the CRL does not touch the good signer

# --- not a PDF, a truncated PDF ---
cp "$WORK/page-1.png" "$WORK/gambar.pdf"
pdf_expect_invalid "$WORK/gambar.pdf" notpdf
verdict "$WORK/gambar.pdf" exit 1 is_pdf 0
head -c 20000 "$WORK/bt.pdf" >"$WORK/potong.pdf"
verdict "$WORK/potong.pdf" exit 1 valid 0
pdfsig -nssdir "sql:$PDF_NSS" "$WORK/potong.pdf" >/dev/null 2>&1
[ $? -lt 128 ] && ok "pdfsig survives the truncated file" ||
    fail "pdfsig survives the truncated file"

# --- a second signature (another officer) on the signed file ---
# (pdfsig 22.12 reports "Unknown issue" for the second of two signatures
# by the SAME certificate in one file: an NSS temporary-certificate quirk,
# so the second signer here is another officer.)
check "second signature (B-T)" "$TOOL" sign "$PKI" signer2 "$WORK/bt.pdf" \
    "$WORK/dua.pdf" bt
pdf_expect_valid "$WORK/dua.pdf"
if grep -q "^Signature #2" "$PDF_TMP/pdfsig.txt" &&
    [ "$(grep -c "Signature is Valid." "$PDF_TMP/pdfsig.txt")" -eq 2 ]; then
	ok "pdfsig: both signatures valid"
else
	fail "pdfsig: both signatures valid"
	sed 's/^/	/' "$PDF_TMP/pdfsig.txt"
fi
verdict "$WORK/dua.pdf" exit 0 valid 1

finish
