#!/bin/sh
# t1001-pki-tsa.sh: POST /tsa speaks RFC 3161; replies verify with openssl
# against the root (issuing CA untrusted), serials are unique, bad
# requests get a rejection reply, a wrong Content-Type gets 415.
. "$(dirname "$0")/test-lib.sh"

start_server
T=$WORK/tsa
mkdir -p "$T"
"$PAMONG" pki root --data "$DATA" >"$T/root.pem"
check "pki root prints a PEM certificate" \
    openssl x509 -in "$T/root.pem" -noout
expect_status 200 GET /pki/ca
cp "$BODY" "$T/ica.der"
openssl x509 -inform DER -in "$T/ica.der" -out "$T/ica.pem" 2>/dev/null
check "GET /pki/ca is a DER certificate" test -s "$T/ica.pem"
expect_status 200 GET /pki/root
check "GET /pki/root is the root of pamong pki root" cmp -s "$BODY" "$T/root.pem"

printf 'Surat Keterangan Domisili nomor 1\n' >"$T/doc1"
printf 'Surat Keterangan Domisili nomor 2\n' >"$T/doc2"
for i in 1 2; do
	openssl ts -query -data "$T/doc$i" -sha256 -cert -out "$T/q$i.tsq" 2>/dev/null
	expect_status 200 POST /tsa -H 'Content-Type: application/timestamp-query' \
	    --data-binary "@$T/q$i.tsq"
	expect_header content-type '^application/timestamp-reply$'
	cp "$BODY" "$T/r$i.tsr"
	out=$(openssl ts -verify -queryfile "$T/q$i.tsq" -in "$T/r$i.tsr" \
	    -CAfile "$T/root.pem" -untrusted "$T/ica.pem" 2>&1)
	case $out in
	*"Verification: OK"*) ok "openssl ts -verify reply $i: Verification: OK" ;;
	*) fail "openssl ts -verify reply $i: $out" ;;
	esac
	openssl ts -reply -in "$T/r$i.tsr" -text >"$T/r$i.txt" 2>/dev/null
	expect_contains "Status: Granted." "$T/r$i.txt"
	expect_contains "Policy OID: 2.25.233536253719631732957403645754199585078.1" "$T/r$i.txt"
	expect_contains "Hash Algorithm: sha256" "$T/r$i.txt"
	expect_contains "Accuracy: 0x01 seconds" "$T/r$i.txt"
	# certReq: the TSA certificate is embedded in the token
	openssl ts -reply -in "$T/r$i.tsr" -token_out -out "$T/tok$i.der" 2>/dev/null
	openssl pkcs7 -inform DER -in "$T/tok$i.der" -print_certs -out "$T/certs$i.pem" 2>/dev/null
	expect_contains "CN = Pamong TSA Kabupaten Siak 1" "$T/certs$i.pem"
done
s1=$(sed -n 's/^Serial number: //p' "$T/r1.txt")
s2=$(sed -n 's/^Serial number: //p' "$T/r2.txt")
check "serial numbers present ($s1)" test -n "$s1" -a -n "$s2"
check "two requests get different serial numbers" test "$s1" != "$s2"
check "serial is not the OpenSSL default 0x01" test "$s1" != "0x01"

# The reply of doc1 does not verify for doc2's data.
out=$(openssl ts -verify -data "$T/doc2" -in "$T/r1.tsr" \
    -CAfile "$T/root.pem" -untrusted "$T/ica.pem" 2>&1)
case $out in
*"Verification: OK"*) fail "reply 1 must not verify for other data" ;;
*) ok "reply 1 does not verify for other data" ;;
esac

# Without the query nonce check: -data form verifies too.
out=$(openssl ts -verify -data "$T/doc1" -in "$T/r1.tsr" \
    -CAfile "$T/root.pem" -untrusted "$T/ica.pem" 2>&1)
case $out in
*"Verification: OK"*) ok "reply 1 verifies with -data" ;;
*) fail "reply 1 with -data: $out" ;;
esac

# A malformed query: a rejection TimeStampResp, still 200 and the reply type.
printf 'not a time-stamp query' >"$T/bad.tsq"
expect_status 200 POST /tsa -H 'Content-Type: application/timestamp-query' \
    --data-binary "@$T/bad.tsq"
expect_header content-type '^application/timestamp-reply$'
openssl ts -reply -in "$BODY" -text >"$T/bad.txt" 2>/dev/null
expect_contains "Status: Rejected." "$T/bad.txt"
expect_contains "Bad request format" "$T/bad.txt"

# An unsupported hash (SHA-1): rejected with bad algorithm.
openssl ts -query -data "$T/doc1" -sha1 -out "$T/sha1.tsq" 2>/dev/null
expect_status 200 POST /tsa -H 'Content-Type: application/timestamp-query' \
    --data-binary "@$T/sha1.tsq"
openssl ts -reply -in "$BODY" -text >"$T/sha1.txt" 2>/dev/null
expect_contains "Status: Rejected." "$T/sha1.txt"

# Wrong Content-Type, GET: refused.
expect_status 415 POST /tsa -H 'Content-Type: application/octet-stream' \
    --data-binary "@$T/q1.tsq"
expect_contains "application/timestamp-query" "$BODY"
expect_status 405 GET /tsa
finish
