#!/bin/sh
# make-seeds.sh: regenerate the seeds that come from the program itself:
# a rendered letter and PAdES-signed copies of it (fuzz/corpus/pdf_scan,
# fuzz/corpus/pades_verify) with the trust anchor and CRL that verify them
# (fuzz/pades_trust.h), and RFC 3161 requests from `openssl ts -query`
# (fuzz/corpus/tsa_request).  Uses tests/unit/dokumen/pades_tool.c, built
# with clang against the fuzz objects.  Run from the top of the tree
# after `make fuzz-build`; commit the result.  The test PKI's keys are
# thrown away; its certificates are valid for a year, after which the
# seeds still parse but no longer reach a valid chain (run this again).
set -eu

B=${B:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ASAN_OPTIONS=detect_leaks=0

clang -std=c11 -D_GNU_SOURCE -O1 -g \
    -fsanitize=address,undefined,fuzzer-no-link -Isrc -Itests \
    -o "$tmp/pades_tool" tests/unit/dokumen/pades_tool.c \
    $(find "$B/fuzz/obj" -name '*.o' | sort) \
    -lsqlite3 -lsodium -ljansson -lcrypto -lhpdf -lqrencode
t=$tmp/pades_tool
mkdir "$tmp/pki"
$t pki "$tmp/pki"
url=https://siakkab.go.id/v/ABCD-EFGH-JKMN-PQRS-T
$t letter "$tmp/l.pdf" ABCD-EFGH-JKMN-PQRS-T "$url"
$t sign "$tmp/pki" signer "$tmp/l.pdf" "$tmp/bt.pdf" bt
$t sign "$tmp/pki" signer2 "$tmp/bt.pdf" "$tmp/two.pdf" bt
$t sign "$tmp/pki" revoked "$tmp/l.pdf" "$tmp/rev.pdf"
$t sign "$tmp/pki" alien "$tmp/l.pdf" "$tmp/alien.pdf"

c=fuzz/corpus
mkdir -p $c/pdf_scan $c/pades_verify $c/tsa_request
cp "$tmp/l.pdf" $c/pdf_scan/letter.pdf
cp "$tmp/bt.pdf" $c/pdf_scan/signed_bt.pdf
cp tests/fixtures/berkas/surat.pdf $c/pdf_scan/surat.pdf
cp tests/fixtures/berkas/palsu.pdf $c/pdf_scan/palsu.pdf
cp "$tmp/bt.pdf" $c/pades_verify/signed_bt.pdf
cp "$tmp/two.pdf" $c/pades_verify/two_signatures_bt.pdf
cp "$tmp/rev.pdf" $c/pades_verify/revoked_bb.pdf
cp "$tmp/alien.pdf" $c/pades_verify/alien_bb.pdf
cp tests/fixtures/berkas/palsu.pdf $c/pades_verify/not_signed.pdf

{
	echo "/*"
	echo " * pades_trust.h: root certificate and CRL of the throw-away test PKI"
	echo " * (tests/unit/dokumen/pades_testpki.h, written by \`pades_tool pki DIR\`) that"
	echo " * signed the PDFs in fuzz/corpus/pades_verify.  Public material only; the"
	echo " * keys were not kept.  Made by fuzz/make-seeds.sh."
	echo " */"
	echo "static const char fuzz_root_pem[] ="
	sed 's/.*/    "&\\n"/' "$tmp/pki/root.pem"
	echo "    ;"
	echo "static const char fuzz_crl_pem[] ="
	sed 's/.*/    "&\\n"/' "$tmp/pki/crl.pem"
	echo "    ;"
} > fuzz/pades_trust.h

echo "surat pamong" > "$tmp/data.txt"
q="openssl ts -query -data $tmp/data.txt"
$q -sha256 -cert -out $c/tsa_request/sha256_cert_nonce.tsq 2>/dev/null
$q -sha256 -no_nonce -out $c/tsa_request/sha256_nonce_none.tsq 2>/dev/null
$q -sha512 -cert -out $c/tsa_request/sha512.tsq 2>/dev/null
$q -sha1 -out $c/tsa_request/sha1_refused.tsq 2>/dev/null
$q -sha256 -tspolicy 1.2.3.4.5 -cert -out $c/tsa_request/policy.tsq 2>/dev/null
echo "make-seeds: corpora and fuzz/pades_trust.h written"
