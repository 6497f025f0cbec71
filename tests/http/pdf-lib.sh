# pdf-lib.sh: check signed PDFs with independent tools (sourced after
# test-lib.sh, which provides ok/fail and $WORK).
#
#	. "$(dirname "$0")/test-lib.sh"
#	. "$(dirname "$0")/pdf-lib.sh"
#	pdf_nss_init "$DIR/root.pem"            # once per script
#	pdf_nss_crl "$DIR/crl.der" "$DIR/ica.pem"   # optional: NSS learns the CRL
#	pdf_expect_valid "$WORK/surat.pdf"
#	pdf_expect_invalid "$WORK/ubah.pdf" digest
#
# pdf_nss_init ROOT.pem
#	NSS database $PDF_NSS (in $WORK) with ROOT trusted "CT,C,C";
#	$PDF_ROOT = ROOT (also the -CAfile of the openssl checks).
# pdf_nss_crl CRL ISSUER.pem
#	Import ISSUER (the issuing CA, no trust flags) and its CRL (DER or
#	PEM) into $PDF_NSS (certutil, crlutil), so pdfsig sees revocations.
# pdf_expect_valid FILE
#	Counts one ok/fail per check, on the LAST signature of FILE:
#	pdfsig -nssdir: "Signature is Valid.", "Certificate is Trusted.",
#	"Total document signed", "Signature Type: ETSI.CAdES.detached";
#	qpdf --check; the /ByteRange ranges cut out with head/tail and the
#	/Contents DER decoded, then `openssl cms -verify -binary -content
#	ranges.bin -CAfile ROOT -purpose any`; and, when the CMS carries a
#	signature time-stamp token, `openssl ts -verify -token_in -digest
#	SHA256(signature value) -CAfile ROOT -untrusted <certs of the CMS>`.
#	Leaves the pieces in $PDF_TMP (ranges.bin, sig.der, certs.pem,
#	token.der, pdfsig.txt).
# pdf_expect_invalid FILE WHAT
#	The pdfsig verdict for one broken case; WHAT is one of
#	  digest     a signed byte changed: "Digest Mismatch."
#	  appended   bytes after the signature: still "Signature is Valid."
#	             but no "Total document signed"
#	  untrusted  signer from an unknown CA: "Certificate issuer is
#	             unknown." (never "Certificate is Trusted.")
#	  revoked    signer on the CRL given to pdf_nss_crl: "Certificate
#	             has been Revoked."
#	  unsigned   a PDF without signature: "does not contain any
#	             signatures"
#	  notpdf     not a PDF: pdfsig fails and shows no signature
#	pdfsig's exit status is 0 for most of these; only its text counts.

PDF_NSS=
PDF_ROOT=
PDF_TMP=$WORK/pdf-lib
mkdir -p "$PDF_TMP"

pdf_nss_init() {
	PDF_ROOT=$1
	PDF_NSS=$WORK/nssdb
	rm -rf "$PDF_NSS"
	mkdir -p "$PDF_NSS"
	if certutil -N -d "sql:$PDF_NSS" --empty-password >/dev/null 2>&1 &&
	    certutil -A -d "sql:$PDF_NSS" -n "Pamong Test Root" -t "CT,C,C" \
	    -a -i "$PDF_ROOT" >/dev/null 2>&1; then
		ok "NSS database with the root trusted (CT,C,C)"
	else
		fail "NSS database with the root trusted (CT,C,C)"
	fi
}

pdf_nss_crl() {
	case $(head -c 5 "$1") in
	-----) openssl crl -in "$1" -outform DER -out "$PDF_TMP/crl.der" ;;
	*) cp "$1" "$PDF_TMP/crl.der" ;;
	esac
	if certutil -A -d "sql:$PDF_NSS" -n "Pamong Test Issuing CA" -t ",," \
	    -a -i "$2" >/dev/null 2>&1 &&
	    crlutil -I -d "sql:$PDF_NSS" -t 1 -i "$PDF_TMP/crl.der" \
	    >/dev/null 2>&1; then
		ok "CRL imported into NSS"
	else
		fail "CRL imported into NSS"
	fi
}

# _pdf_sig FILE: pdfsig output of the last signature in $PDF_TMP/last.txt.
_pdf_sig() {
	pdfsig -nssdir "sql:$PDF_NSS" "$1" >"$PDF_TMP/pdfsig.txt" 2>&1
	awk '/^Signature #/ { buf = "" } { buf = buf $0 "\n" }
	    END { printf "%s", buf }' "$PDF_TMP/pdfsig.txt" >"$PDF_TMP/last.txt"
}

# _pdf_has TEXT: the last signature's pdfsig output contains TEXT.
_pdf_has() {
	grep -qF -- "$1" "$PDF_TMP/last.txt"
}

# _pdf_cut FILE: ranges.bin and sig.der from the last /ByteRange.
_pdf_cut() {
	_br=$(grep -a -o '/ByteRange *\[ *[0-9]* [0-9]* [0-9]* [0-9]* *\]' \
	    "$1" | tail -n 1 | tr -c '0-9\n' ' ')
	# shellcheck disable=SC2086
	set -- "$1" $_br
	[ $# -eq 5 ] && [ "$2" -eq 0 ] || return 1
	{ head -c "$3" "$1"; tail -c "+$(($4 + 1))" "$1" | head -c "$5"; } \
	    >"$PDF_TMP/ranges.bin"
	tail -c "+$(($3 + 2))" "$1" | head -c "$(($4 - $3 - 2))" |
	    tr -d ' \r\n' | tr a-f A-F | basenc --base16 -d \
	    >"$PDF_TMP/sig.der" 2>/dev/null
	[ -s "$PDF_TMP/sig.der" ]
}

pdf_expect_valid() {
	_f=$1
	_pdf_sig "$_f"
	for _t in "Signature Type: ETSI.CAdES.detached" \
	    "Total document signed" "Signature is Valid." \
	    "Certificate is Trusted."; do
		if _pdf_has "$_t"; then
			ok "pdfsig $(basename "$_f"): $_t"
		else
			fail "pdfsig $(basename "$_f"): $_t"
			sed 's/^/	/' "$PDF_TMP/pdfsig.txt"
		fi
	done
	if qpdf --check "$_f" 2>/dev/null |
	    grep -q "No syntax or stream encoding errors"; then
		ok "qpdf --check $(basename "$_f")"
	else
		fail "qpdf --check $(basename "$_f")"
	fi
	if ! _pdf_cut "$_f"; then
		fail "ByteRange and /Contents of $(basename "$_f") readable"
		return
	fi
	if openssl cms -verify -inform DER -in "$PDF_TMP/sig.der" -binary \
	    -content "$PDF_TMP/ranges.bin" -CAfile "$PDF_ROOT" -purpose any \
	    -out /dev/null 2>"$PDF_TMP/cms.txt" &&
	    grep -q "Verification successful" "$PDF_TMP/cms.txt"; then
		ok "openssl cms -verify on the byte ranges of $(basename "$_f")"
	else
		fail "openssl cms -verify on the byte ranges of $(basename "$_f")"
		sed 's/^/	/' "$PDF_TMP/cms.txt"
	fi
	openssl pkcs7 -inform DER -in "$PDF_TMP/sig.der" -print_certs \
	    -out "$PDF_TMP/certs.pem" 2>/dev/null
	openssl asn1parse -inform DER -in "$PDF_TMP/sig.der" \
	    >"$PDF_TMP/asn1.txt" 2>/dev/null
	# the token: the SEQUENCE after the timeStampToken OID and its SET
	_tok=$(awk '/:id-smime-aa-timeStampToken/ { n = NR }
	    n && NR == n + 2 { print; exit }' "$PDF_TMP/asn1.txt" | sed -E \
	    's/^ *([0-9]+):d= *[0-9]+ +hl= *([0-9]+) +l= *([0-9]+).*/\1 \2 \3/')
	if [ -z "$_tok" ]; then
		return 0
	fi
	# shellcheck disable=SC2086
	set -- $_tok
	tail -c "+$(($1 + 1))" "$PDF_TMP/sig.der" | head -c "$(($2 + $3))" \
	    >"$PDF_TMP/token.der"
	# the imprint: SHA-256 of the SignerInfo signature value (depth 5)
	_sv=$(awk -F'HEX DUMP]:' '/d=5 .*OCTET STRING.*HEX DUMP/ {
	    print $2; exit }' "$PDF_TMP/asn1.txt")
	_dg=$(printf %s "$_sv" | basenc --base16 -d | openssl dgst -sha256 -r |
	    cut -d' ' -f1)
	if openssl ts -verify -in "$PDF_TMP/token.der" -token_in -digest "$_dg" \
	    -CAfile "$PDF_ROOT" -untrusted "$PDF_TMP/certs.pem" \
	    >"$PDF_TMP/ts.txt" 2>&1 && grep -q "Verification: OK" \
	    "$PDF_TMP/ts.txt"; then
		ok "openssl ts -verify of the time-stamp of $(basename "$_f")"
	else
		fail "openssl ts -verify of the time-stamp of $(basename "$_f")"
		sed 's/^/	/' "$PDF_TMP/ts.txt"
	fi
}

pdf_expect_invalid() {
	_f=$1
	_d="pdfsig $(basename "$_f") ($2)"
	_pdf_sig "$_f"
	case $2 in
	digest)
		if _pdf_has "Digest Mismatch."; then ok "$_d"; else
			fail "$_d"; sed 's/^/	/' "$PDF_TMP/pdfsig.txt"; fi ;;
	appended)
		if _pdf_has "Signature is Valid." &&
		    ! _pdf_has "Total document signed"; then ok "$_d"; else
			fail "$_d"; sed 's/^/	/' "$PDF_TMP/pdfsig.txt"; fi ;;
	untrusted)
		if _pdf_has "Certificate issuer is unknown." &&
		    ! _pdf_has "Certificate is Trusted."; then ok "$_d"; else
			fail "$_d"; sed 's/^/	/' "$PDF_TMP/pdfsig.txt"; fi ;;
	revoked)
		if _pdf_has "Certificate has been Revoked." &&
		    ! _pdf_has "Certificate is Trusted."; then ok "$_d"; else
			fail "$_d"; sed 's/^/	/' "$PDF_TMP/pdfsig.txt"; fi ;;
	unsigned)
		if grep -q "does not contain any signatures" \
		    "$PDF_TMP/pdfsig.txt"; then ok "$_d"; else
			fail "$_d"; sed 's/^/	/' "$PDF_TMP/pdfsig.txt"; fi ;;
	notpdf)
		if ! grep -q "^Signature #" "$PDF_TMP/pdfsig.txt"; then
			ok "$_d"; else fail "$_d"; fi ;;
	*)
		fail "pdf_expect_invalid: unknown case '$2'" ;;
	esac
}
