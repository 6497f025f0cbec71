#!/bin/sh
# t0900-production.sh: `pamong serve --prod`: TLS through Kore's keymgr,
# workers as an unprivileged user chrooted into the data directory, seccomp.
. "$(dirname "$0")/test-lib.sh"

# Root only: the worker user $PUSER, $TLS, $RUN and a demo $DATA it owns.
prod_prepare

# A throw-away ECDSA P-256 certificate for localhost.  $WORK is root's 0700.
check "openssl made a certificate" prod_newcert
cp "$TLS/cert.pem" "$WORK/ca.pem"
export CURL_CA_BUNDLE="$WORK/ca.pem"
serial() {
	openssl s_client -connect "127.0.0.1:$PORT" -servername localhost \
	    </dev/null 2>/dev/null | openssl x509 -noout -serial 2>/dev/null
}
REALDATA=$(cd "$DATA" && pwd -P)
REALTLS=$(cd "$TLS" && pwd -P)

# prod ARGS...: run `pamong serve --prod` with the test's files.
prod() {
	"$(_t_prod_pamong)" serve --data "$DATA" --prod --cert "$TLS/cert.pem" \
	    --key "$TLS/key.pem" --user "$PUSER" --run-dir "$RUN" "$@"
}

# It refuses a data directory the workers could not use, and says why.
chown root "$DATA/secret.key"
if prod --listen 127.0.0.1:1 >"$WORK/refuse" 2>&1; then
	fail "refuses a root-owned secret.key"
else
	expect_contains "chown -R $PUSER: $REALDATA" "$WORK/refuse"
fi
chown "$PUSER" "$DATA/secret.key"
chmod 644 "$TLS/key.pem"
if prod --listen 127.0.0.1:1 >"$WORK/refuse" 2>&1; then
	fail "refuses a world-readable private key"
else
	expect_contains "chmod 600 $REALTLS/key.pem" "$WORK/refuse"
fi
chmod 600 "$TLS/key.pem"
check "no server was left running by a refusal" \
    sh -c "! ls '$RUN'/kore-*.pid >/dev/null 2>&1"

# Start it (umask 077: SQLite makes its -wal and -shm files 0600).
start_prod_server

# TLS: 1.2 and 1.3 yes, older no.
check "TLS 1.3 handshake" curl -s -o /dev/null -m 10 --tlsv1.3 "$BASE/"
check "TLS 1.2 handshake" curl -s -o /dev/null -m 10 --tlsv1.2 \
    --tls-max 1.2 "$BASE/"
check "TLS 1.1 refused" sh -c "! curl -s -o /dev/null -m 10 --tlsv1 \
    --tls-max 1.1 --ciphers DEFAULT@SECLEVEL=0 '$BASE/'"
check "plain HTTP on the TLS port gets no page" sh -c \
    "! curl -s -m 5 'http://127.0.0.1:$PORT/' | grep -q '<html'"

# Pages and security headers.
J=$WORK/jar
expect_status 200 GET / -c "$J" -b "$J"
expect_header strict-transport-security '^[^:]*: *max-age=[1-9][0-9]{6,}; includeSubDomains'
expect_header content-security-policy "default-src 'self'"
expect_header x-content-type-options nosniff
expect_header x-frame-options DENY
expect_header referrer-policy strict-origin
expect_header server '^[^:]*: *pamong$'
check "one Strict-Transport-Security header" \
    test "$(grep -ci '^strict-transport-security:' "$HEADERS")" = 1
expect_status 200 GET /layanan
# cached pages go out from a memory file (mapped under TLS, seccomp on):
# the same bytes and headers every time
cp "$BODY" "$WORK/layanan0"
_n=0
for _i in 1 2 3 4 5 6; do
	expect_status 200 GET /layanan >/dev/null
	cmp -s "$BODY" "$WORK/layanan0" &&
	    grep -qi '^content-security-policy:' "$HEADERS" && _n=$((_n + 1))
done
check "cached /layanan over TLS: same bytes and headers, 6 of 6" test "$_n" = 6
expect_status 200 GET /aset/pamong.css
expect_status 404 GET /tidak-ada-halaman-ini
expect_status 200 GET /masuk -c "$J" -b "$J"
# issue 12: under TLS the cookies carry the __Host- prefix
expect_header set-cookie '^[^:]*: *__Host-pamong_csrf=[^;]+; Path=/;.*; Secure'

# Sign in (the worker writes the session into SQLite inside its chroot).
check "login warga.demo over https" login warga.demo Siak-Demo-2026 "$J"
check "session cookie is Secure in the jar" \
    sh -c "awk '\$6 == \"__Host-pamong_sesi\" && \$4 == \"TRUE\"' '$J' | grep -q ."
expect_status 200 GET /akun -b "$J" -c "$J"
expect_contains warga.demo "$BODY"
_c=$(csrf_from /masuk "$WORK/jar2")
expect_status 303 POST /masuk -b "$WORK/jar2" -c "$WORK/jar2" \
    --data-urlencode "csrf=$_c" --data-urlencode "pengguna=op.kecsiak" \
    --data-urlencode "sandi=Siak-Demo-2026"
expect_header set-cookie '^[^:]*: *__Host-pamong_sesi=[A-Za-z0-9_-]+; Path=/; HttpOnly; SameSite=Lax; Secure'

# An application with uploaded documents: files written under the chroot
# (berkas/, fsync, rename) and read back.
if [ -f "$ROOT/tests/http/app-lib.sh" ]; then
	. "$ROOT/tests/http/app-lib.sh"
	apply_kpg02 "$J"
	check "application with documents accepted" test "$APPLY_CODE" = 303
	_e=$(enc "$(nomor_of "$APPLY_LOC")")
	expect_status 200 GET "/berkas/$_e/ktp_el" -b "$J"
	check "the document comes back unchanged" cmp -s "$BODY" "$PDF"
	check "stored documents belong to $PUSER" sh -c \
	    "test -d '$DATA/berkas' && ! find '$DATA/berkas' ! -user '$PUSER' | grep -q ."
	# the API's group commit under the sandbox: staged files, syncfs,
	# a lazy commit and the next round's sync
	. "$ROOT/tests/http/api-app-lib.sh"
	_tw=$(token warga.demo)
	check "API token in production" test -n "$_tw"
	kpg02 201 "$_tw" -F kunci_idempoten=t0900-api
	check "group-committed application has its documents" test \
	    "$(sql "SELECT count(*) FROM permohonan_berkas pb JOIN permohonan p ON p.id = pb.permohonan_id WHERE p.nomor = '$NOMOR'")" = 3
	# both workers writing at once wait for SQLite's lock (a sleep in
	# the sandbox): 24 concurrent submissions, every one 201
	_pids=
	for _i in $(seq 1 24); do
		curl -s -m 30 -o /dev/null -w '%{http_code}\n' \
		    -H "Authorization: Bearer $_tw" -F layanan=KPG-02 \
		    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Melamar pekerjaan' \
		    -F 'isian.alamat=Jl. Sultan' -F isian.rt_rw=001/003 \
		    -F isian.lama_tinggal=2 -F 'isian.status_tinggal=Milik sendiri' \
		    -F "berkas.ktp_el=@$PDF" -F "berkas.kartu_keluarga=@$PNG" \
		    -F "berkas.surat_pengantar_rt_rw=@$JPG" \
		    -F "kunci_idempoten=t0900-$_i" "$BASE/api/v1/permohonan" \
		    >"$WORK/par.$_i" &
		_pids="$_pids $!"
	done
	wait $_pids
	check "24 concurrent submissions all 201 under the sandbox" test \
	    "$(cat "$WORK"/par.* | grep -c '^201$')" = 24
fi

# Sign up a citizen: a write transaction with audit, Argon2id hashing.
J3=$WORK/jar3
_c=$(csrf_from /daftar "$J3")
expect_status 303 POST /daftar -b "$J3" -c "$J3" --data-urlencode "csrf=$_c" \
    --data-urlencode "nik=1408014107900002" --data-urlencode "nama=Rina Produksi" \
    --data-urlencode "telepon=081234567892" --data-urlencode "pengguna=rina.prod" \
    --data-urlencode "sandi=Kata-Sandi-Prod-1" \
    --data-urlencode "sandi2=Kata-Sandi-Prod-1"
check "the sign-up is stored" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'rina.prod'")" = 1
expect_status 200 GET /api/v1/layanan

# Processes: parent root; workers $PUSER, chrooted into the data directory,
# seccomp filter on; keymgr root, chrooted into the certificate directory.
uids() { awk '/^Uid:/ { print $2, $3, $4, $5 }' "/proc/$1/status"; }
check "Kore parent runs as root" test "$(uids "$SERVER_PID")" = "0 0 0 0"
NW=0
NK=0
# (Through /proc: a fresh Debian image has no procps.)
for _d in /proc/[0-9]*; do
	[ "$(awk '/^PPid:/ { print $2 }' "$_d/status" 2>/dev/null)" = \
	    "$SERVER_PID" ] || continue
	_p=${_d#/proc/}
	_t=$(tr '\0' ' ' <"$_d/cmdline" | sed 's/ *$//')
	_root=$(readlink "/proc/$_p/root")
	_sc=$(awk '/^Seccomp:/ { print $2 }' "/proc/$_p/status")
	case $_t in
	*wrk*)
		NW=$((NW + 1))
		check "$_t: uid $PUID" test "$(uids "$_p")" = \
		    "$PUID $PUID $PUID $PUID"
		check "$_t: chroot $REALDATA" test "$_root" = "$REALDATA"
		check "$_t: seccomp filter" test "$_sc" = 2
		check "$_t: no supplementary groups beyond its own" test \
		    "$(awk '/^Groups:/ { print $2 }' "/proc/$_p/status")" = \
		    "$(id -g "$PUSER")"
		;;
	*keymgr*)
		NK=$((NK + 1))
		check "$_t: chroot $REALTLS" test "$_root" = "$REALTLS"
		check "$_t: seccomp filter" test "$_sc" = 2
		;;
	esac
done
check "two workers found" test "$NW" = 2
check "one keymgr found" test "$NK" = 1
check "the database files belong to $PUSER" sh -c \
    "! find '$DATA' ! -user '$PUSER' | grep -q ."

# Certificate renewal: new files, SIGUSR1, no restart.
S1=$(serial)
prod_newcert
cat "$TLS/cert.pem" >>"$WORK/ca.pem"
kill -USR1 "$SERVER_PID"
_i=0
while [ "$(serial)" = "$S1" ] && [ $_i -lt 50 ]; do
	sleep 0.1
	_i=$((_i + 1))
done
S2=$(serial)
echo "# certificate serial before: ${S1#serial=} after: ${S2#serial=}"
check "SIGUSR1 loads the renewed certificate" \
    sh -c '[ -n "$1" ] && [ -n "$2" ] && [ "$1" != "$2" ]' - "$S1" "$S2"
expect_status 200 GET /akun -b "$J" -c "$J"

# finish stops Kore and fails on any seccomp or sandbox violation.
finish
