#!/bin/sh
# t0902-demo-prod.sh (issue 12, item 2): `pamong serve --prod` refuses
# demo data: the DEMO mark of `init --demo`, any staff account that
# accepts the published demo password, any signing key that opens with
# the published demo passphrase.  --allow-demo starts anyway with a
# warning at every start; `pamong demo remove` retires the demo accounts,
# revokes and wipes their keys and removes the mark.
. "$(dirname "$0")/test-lib.sh"

prod_prepare
check "openssl made a certificate" prod_newcert
cp "$TLS/cert.pem" "$WORK/ca.pem"
export CURL_CA_BUNDLE="$WORK/ca.pem"

# prod ARGS...: run `pamong serve --prod` in the foreground (it execs Kore
# when it accepts the data; here it must refuse first).
prod() {
	"$PAMONG" serve --data "$DATA" --prod --cert "$TLS/cert.pem" \
	    --key "$TLS/key.pem" --user "$PUSER" --run-dir "$RUN" "$@"
}

check "init --demo marks the data directory" test -f "$DATA/DEMO"
if prod --listen 127.0.0.1:1 >"$WORK/refuse" 2>&1; then
	fail "serve --prod refuses demo data"
else
	ok "serve --prod refuses demo data (exit $?)"
fi
expect_contains "mode produksi menolak data demo" "$WORK/refuse"
expect_contains "ditandai sebagai data demo" "$WORK/refuse"
expect_contains "akun superadmin menerima kata sandi demo" "$WORK/refuse"
expect_contains "kunci tanda tangan penghulu.kampungdalam terbuka dengan frasa sandi demo" "$WORK/refuse"
expect_contains "pamong demo remove --data" "$WORK/refuse"
check "no server was left running by the refusal" \
    sh -c "! ls '$RUN'/kore-*.pid >/dev/null 2>&1"
check "an unknown option is an error" sh -c "! '$PAMONG' serve --data '$DATA' --prod --alow-demo 2>'$WORK/opt'"
expect_contains "opsi tidak dikenal: --alow-demo" "$WORK/opt"

# --allow-demo starts, warning at the start.
start_prod_server
expect_contains "PERINGATAN: mode produksi berjalan dengan --allow-demo" "$SERVER_LOG"
expect_status 200 GET /
stop_server

# pamong demo remove: accounts retired, keys revoked and wiped, mark gone.
check "demo remove" sh -c "'$PAMONG' demo remove --data '$DATA' >'$WORK/rm' 2>&1"
expect_contains "Data demo dihapus" "$WORK/rm"
chown -R "$PUSER": "$DATA"
check "no demo mark" test ! -e "$DATA/DEMO"
check "every demo account disabled" test \
    "$(sql "SELECT count(*) FROM account WHERE username IN ('superadmin', 'warga.demo', 'admin.kominfo', 'penghulu.kampungdalam') AND disabled = 1 AND pw_hash = '!dihapus-demo'")" = 4
check "no demo contact left" test "$(sql "SELECT count(*) FROM kontak WHERE demo = 1")" = 0
check "no demo signing certificate active" test \
    "$(sql "SELECT count(*) FROM signer_cert WHERE status = 'aktif'")" = 0
check "audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'demo.hapus'")" -ge 15
check "the audit chain holds" "$PAMONG" audit verify --data "$DATA"
chown -R "$PUSER": "$DATA"

# Now production starts without --allow-demo, and says nothing of demo.
PROD_ARGS= start_prod_server
check "no new warning (the log is appended)" \
    test "$(grep -c PERINGATAN "$SERVER_LOG")" = 1
if login superadmin Siak-Demo-2026 "$WORK/j"; then
	fail "the demo superadmin cannot sign in"
else
	ok "the demo superadmin cannot sign in"
fi
stop_server

# A new staff account with the demo password is refused again.
echo Siak-Demo-2026 | "$PAMONG" user add --data "$DATA" --username admin.baru \
    --role admin --unit DISKOMINFO --name "Admin Baru" --password-stdin >/dev/null
chown -R "$PUSER": "$DATA"
if prod --listen 127.0.0.1:1 >"$WORK/refuse2" 2>&1; then
	fail "refuses an account with the demo password"
else
	expect_contains "akun admin.baru menerima kata sandi demo" "$WORK/refuse2"
fi
expect_not_contains "ditandai sebagai data demo" "$WORK/refuse2"

finish
