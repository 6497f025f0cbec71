#!/bin/sh
# t1004-pki-production.sh: the PKI under `pamong serve --prod`: workers
# chrooted into the data directory (PKI files loaded relative to it),
# unprivileged, seccomp: /pki/crl, /pki/ca, POST /tsa, and a revocation
# through the admin form that rewrites DATA/pki/crl.der from a worker.
. "$(dirname "$0")/test-lib.sh"

# Root only: the worker user, a certificate, a demo data directory.
prod_prepare
prod_newcert
export CURL_CA_BUNDLE="$TLS/cert.pem"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem"
start_prod_server

expect_status 200 GET /pki/ca
openssl x509 -inform DER -in "$BODY" -out "$WORK/ica.pem"
check "/pki/ca from the chrooted worker" test -s "$WORK/ica.pem"
printf 'dokumen produksi\n' >"$WORK/doc"
openssl ts -query -data "$WORK/doc" -sha256 -cert -out "$WORK/q.tsq" 2>/dev/null
expect_status 200 POST /tsa -H 'Content-Type: application/timestamp-query' \
    --data-binary "@$WORK/q.tsq"
out=$(openssl ts -verify -queryfile "$WORK/q.tsq" -in "$BODY" \
    -CAfile "$WORK/root.pem" -untrusted "$WORK/ica.pem" 2>&1)
case $out in
*"Verification: OK"*) ok "TSA in the chrooted worker: Verification: OK" ;;
*) fail "TSA: $out" ;;
esac

# Revocation through the admin form: the worker rewrites crl.der.
J=$WORK/jar
login admin.kominfo Siak-Demo-2026 "$J" && ok "login admin.kominfo" || fail "login admin.kominfo"
C=$(csrf_from /admin/penandatangan "$J")
ID=$(sql "SELECT c.id FROM signer_cert c JOIN account a ON a.id = c.account_id WHERE a.username = 'kadis.dpmptsp'")
SER=$(sql "SELECT upper(serial) FROM signer_cert WHERE id = $ID")
expect_status 303 POST /admin/penandatangan/cabut -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "sertifikat=$ID" \
    --data-urlencode "alasan=3" --data-urlencode "keterangan=Mutasi"
# both workers serve the new CRL (each rereads crl.der when it changes)
for i in 1 2 3 4; do
	curl -s -o "$WORK/crl$i.der" "$BASE/pki/crl"
	openssl crl -inform DER -in "$WORK/crl$i.der" -noout -text >"$WORK/crl$i.txt" 2>&1
	expect_contains "Serial Number: $SER" "$WORK/crl$i.txt"
done
check "crl.der still belongs to the service user" \
    test "$(stat -c %U "$DATA/pki/crl.der")" = "$PUSER"
finish
