#!/bin/sh
# t1004-pki-production.sh: the PKI under `pamong serve --prod`: workers
# chrooted into the data directory (PKI files loaded relative to it),
# unprivileged, seccomp: /pki/crl, /pki/ca, POST /tsa, and a revocation
# through the admin form that rewrites DATA/pki/crl.der from a worker.
. "$(dirname "$0")/test-lib.sh"

if [ "$(id -u)" != 0 ]; then
	echo "skip: t1004 needs root (Kore chroots and changes user)"
	ok "skip: production mode needs root"
	finish
fi
PUSER=pamong-test
getent passwd "$PUSER" >/dev/null 2>&1 ||
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
	--shell /usr/sbin/nologin "$PUSER" >/dev/null 2>&1
getent passwd "$PUSER" >/dev/null 2>&1 || PUSER=nobody

TLS=$WORK/tls
RUN=$WORK/run
mkdir -p "$TLS" "$RUN"
chmod 700 "$TLS" "$RUN"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$TLS/key.pem" -out "$TLS/cert.pem" -days 2 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >/dev/null 2>&1
chmod 600 "$TLS/key.pem"
export CURL_CA_BUNDLE="$TLS/cert.pem"

DATA=$(mktemp -d "${TMPDIR:-/tmp}/pamong-data.XXXXXX")
if ! "$PAMONG" init --data "$DATA" --demo >"$WORK/init.log" 2>&1; then
	cat "$WORK/init.log" >&2
	fail "pamong init --data DATA --demo"
	finish
fi
chown -R "$PUSER": "$DATA"
chmod 700 "$DATA"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem"

SERVER_LOG=$WORK/server.log
_pre=$(_t_preload)
for _try in 1 2 3 4 5; do
	PORT=$(_t_free_port)
	BASE=https://127.0.0.1:$PORT
	(umask 077; LD_PRELOAD="$_pre" _STDBUF_O=L _STDBUF_E=L \
	    PAMONG_WORKERS=2 exec "$PAMONG" serve --data "$DATA" --prod \
	    --cert "$TLS/cert.pem" --key "$TLS/key.pem" --user "$PUSER" \
	    --run-dir "$RUN" --listen "127.0.0.1:$PORT") >>"$SERVER_LOG" 2>&1 &
	SERVER_PID=$!
	_end=$(($(date +%s) + 15))
	while [ "$(date +%s)" -lt $_end ]; do
		curl -s -o /dev/null -m 2 "$BASE/" && break 2
		grep -q 'sandbox violation' "$SERVER_LOG" && break 2
		kill -0 "$SERVER_PID" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$SERVER_PID" 2>/dev/null && break
	stop_server
done
if [ -z "$SERVER_PID" ] || ! curl -s -o /dev/null -m 5 "$BASE/"; then
	cat "$SERVER_LOG" >&2
	fail "production server did not answer over https within 15 s"
	finish
fi
ok "production server answers"

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
