#!/bin/sh
# t1002-pki-crl-enroll.sh: /pki/crl and /pki/ca; demo signers enrolled by
# `pamong init --demo`; certificate profile (KU, EKU, CRL DP, AIA) and
# chain; CLI enrolment refusals; CLI revocation puts the serial on the
# CRL served at /pki/crl.
. "$(dirname "$0")/test-lib.sh"

start_server
T=$WORK/pki
mkdir -p "$T"
expect_contains "Siak-TTE-Demo-2026" "$WORK/init.log"
expect_contains "frasa sandi kunci root CA" "$WORK/init.log"
"$PAMONG" pki root --data "$DATA" >"$T/root.pem"

expect_status 200 GET /pki/crl
expect_header content-type '^application/pkix-crl$'
check "GET /pki/crl parses as a DER CRL" \
    openssl crl -inform DER -in "$BODY" -noout
openssl crl -inform DER -in "$BODY" -noout -text >"$T/crl0.txt"
expect_contains "Pamong Issuing CA Kabupaten Siak 1" "$T/crl0.txt"
expect_contains "No Revoked Certificates." "$T/crl0.txt"
expect_status 200 GET /pki/ca
expect_header content-type '^application/pkix-cert$'
openssl x509 -inform DER -in "$BODY" -out "$T/ica.pem"
curl -s -o "$T/crl.der" "$BASE/pki/crl"
out=$(openssl crl -inform DER -in "$T/crl.der" -CAfile "$T/ica.pem" -noout 2>&1)
case $out in
*"verify OK"*) ok "CRL signature verifies with /pki/ca" ;;
*) fail "CRL signature: $out" ;;
esac

# The demo signers hold active certificates; export one and check it.
check "four demo signers enrolled" test "$(sql "SELECT count(*) FROM signer_cert WHERE status = 'aktif'")" = 4
sql "SELECT hex(cert_der) FROM signer_cert c JOIN account a ON a.id = c.account_id WHERE a.username = 'camat.siak'" |
    xxd -r -p >"$T/camat.der"
openssl x509 -inform DER -in "$T/camat.der" -out "$T/camat.pem"
out=$(openssl verify -CAfile "$T/root.pem" -untrusted "$T/ica.pem" "$T/camat.pem" 2>&1)
case $out in
*": OK") ok "/pki/ca is the issuer of an enrolled cert (openssl verify OK)" ;;
*) fail "openssl verify: $out" ;;
esac
openssl x509 -in "$T/camat.pem" -noout -text >"$T/camat.txt"
expect_contains "Digital Signature, Non Repudiation" "$T/camat.txt"
expect_contains "E-mail Protection, 1.3.6.1.5.5.7.3.36" "$T/camat.txt"
expect_contains "URI:http://127.0.0.1:8080/pki/crl" "$T/camat.txt"
expect_contains "CA Issuers - URI:http://127.0.0.1:8080/pki/ca" "$T/camat.txt"
openssl x509 -in "$T/camat.pem" -noout -subject -nameopt RFC2253 >"$T/subj.txt"
expect_contains "CN=Zulkifli,title=Camat Siak,OU=Kecamatan Siak,O=Pemerintah Kabupaten Siak,C=ID" "$T/subj.txt"
check "private key is stored encrypted" test "$(sql "SELECT count(*) FROM signer_cert WHERE key_pem LIKE '-----BEGIN ENCRYPTED PRIVATE KEY-----%'")" = 4
check "demo passphrase is not in the database" test "$(sql "SELECT count(*) FROM signer_cert WHERE instr(key_pem, 'Siak-TTE-Demo-2026') > 0")" = 0

# CLI refusals: short passphrase; account without penandatangan.
if printf 'pendek\n' | "$PAMONG" pki enroll --data "$DATA" --username camat.siak \
    --passphrase-stdin >"$T/e1.txt" 2>&1; then
	fail "short passphrase refused"
else
	expect_contains "sedikitnya 12 karakter" "$T/e1.txt"
fi
if printf 'Frasa-Sandi-Panjang-2026\n' | "$PAMONG" pki enroll --data "$DATA" \
    --username op.kecsiak --passphrase-stdin >"$T/e2.txt" 2>&1; then
	fail "account without penandatangan refused"
else
	expect_contains "tidak memegang peran penandatangan" "$T/e2.txt"
fi
check "still four certificates" test "$(sql "SELECT count(*) FROM signer_cert")" = 4

# CLI revocation: the serial appears on /pki/crl at once.
SER=$(openssl x509 -in "$T/camat.pem" -noout -serial | sed 's/^serial=//')
check "serial known" test -n "$SER"
"$PAMONG" pki revoke --data "$DATA" --serial "$SER" --reason keyCompromise \
    --why "Uji pencabutan" >"$T/rev.txt" 2>&1
expect_contains "CRL diterbitkan ulang" "$T/rev.txt"
expect_status 200 GET /pki/crl
openssl crl -inform DER -in "$BODY" -noout -text >"$T/crl1.txt"
expect_contains "Serial Number: $SER" "$T/crl1.txt"
expect_contains "Key Compromise" "$T/crl1.txt"
out=$(openssl verify -crl_check -CAfile "$T/root.pem" -untrusted "$T/ica.pem" \
    -CRLfile "$BODY" "$T/camat.pem" 2>&1)
case $out in
*"certificate revoked"*) ok "openssl verify -crl_check: certificate revoked" ;;
*) fail "openssl verify -crl_check: $out" ;;
esac
"$PAMONG" pki list --data "$DATA" >"$T/list.txt"
expect_contains "dicabut" "$T/list.txt"
if "$PAMONG" pki revoke --data "$DATA" --serial "$SER" --reason 1 >/dev/null 2>&1; then
	fail "second revocation refused"
else
	ok "second revocation refused"
fi
if "$PAMONG" pki revoke --data "$DATA" --serial "$SER" --reason certificateHold >/dev/null 2>&1; then
	fail "unknown reason refused"
else
	ok "unknown reason refused"
fi
check "audit event for the revocation" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'pki.cabut'")" = 1
finish
