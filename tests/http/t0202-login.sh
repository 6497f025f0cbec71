#!/bin/sh
# t0202-login.sh: sign-in, session cookie, rotation, sign-out, password change.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/jar
PW=Siak-Demo-2026

# post_login JAR USER PASS [more curl args]: POST /masuk with a fresh token.
post_login() {
	_j=$1 _u=$2 _p=$3
	shift 3
	_c=$(csrf_from /masuk "$_j")
	expect_status "$WANT" POST /masuk -b "$_j" -c "$_j" \
	    --data-urlencode "csrf=$_c" --data-urlencode "pengguna=$_u" \
	    --data-urlencode "sandi=$_p" "$@"
}
# session_of JAR: the session cookie value in a jar.
session_of() {
	awk '$6 == "pamong_sesi" { print $7 }' "$1"
}

expect_status 200 GET /masuk -c "$J" -b "$J"
expect_contains '<label for="f-pengguna">Nama pengguna</label>' "$BODY"
expect_contains '<label for="f-sandi">Kata sandi</label>' "$BODY"
expect_contains 'name="csrf"' "$BODY"

# /akun without a session goes to /masuk with lanjut.
expect_status 303 GET /akun
expect_header location '^[^:]*: */masuk\?lanjut=%2Fakun'

# Wrong password and unknown user: one generic message, no cookie.
WANT=200
post_login "$J" warga.demo salah-sandi-sekali
expect_contains 'Nama pengguna atau kata sandi salah.' "$BODY"
expect_contains 'value="warga.demo"' "$BODY"
expect_not_contains 'salah-sandi-sekali' "$BODY"
if grep -qi '^set-cookie: pamong_sesi=[^;]' "$HEADERS"; then
	fail "no session cookie on a failed login"
else
	ok "no session cookie on a failed login"
fi
cp "$BODY" "$WORK/wrong-pw"
post_login "$J" tidak.ada.orangnya salah-sandi-sekali
expect_contains 'Nama pengguna atau kata sandi salah.' "$BODY"
check "unknown user and wrong password look alike" sh -c \
    "sed 's/value=\"[^\"]*\"//g' '$WORK/wrong-pw' > '$WORK/a';
     sed 's/value=\"[^\"]*\"//g' '$BODY' > '$WORK/b'; cmp -s '$WORK/a' '$WORK/b'"
WANT=422
post_login "$J" warga.demo ""
expect_contains 'Isi nama pengguna dan kata sandi.' "$BODY"

# A good login: 303 to a citizen's "Permohonan Saya" (issue 19 item 3),
# HttpOnly + SameSite cookie, audited.
WANT=303
post_login "$J" warga.demo "$PW"
expect_header location '^[^:]*: */permohonan$'
expect_header set-cookie '^[^:]*: *pamong_sesi=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax'
S1=$(session_of "$J")
check "session cookie stored" test -n "$S1"
expect_status 200 GET /akun -b "$J" -c "$J"
expect_contains 'warga.demo' "$BODY"
expect_contains 'Sesi aktif' "$BODY"
expect_contains 'sesi ini' "$BODY"
expect_header cache-control 'no-store'
check "login audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sesi.masuk'")" -ge 1
check "sessions stored by hash only" \
    test "$(sql "SELECT count(*) FROM session WHERE token_hash = '$S1'")" = 0

# Logging in again rotates the token and ends the old session.
post_login "$J" warga.demo "$PW"
S2=$(session_of "$J")
check "session cookie changes across logins" test -n "$S2" -a "$S1" != "$S2"
expect_status 303 GET /akun -b "pamong_sesi=$S1"
expect_status 200 GET /akun -b "pamong_sesi=$S2"

# lanjut: a local path is followed, anything else goes to the default
# landing (a citizen's /permohonan).
J3=$WORK/jar3
post_login "$J3" warga.demo "$PW" --data-urlencode "lanjut=/layanan?q=ktp"
expect_header location '^[^:]*: */layanan\?q=ktp'
post_login "$J3" warga.demo "$PW" --data-urlencode "lanjut=//jahat.example/x"
expect_header location '^[^:]*: */permohonan$'
post_login "$J3" warga.demo "$PW" --data-urlencode "lanjut=https://jahat.example/"
expect_header location '^[^:]*: */permohonan$'
post_login "$J3" warga.demo "$PW" --data-urlencode "lanjut=/\\jahat.example"
expect_header location '^[^:]*: */permohonan$'
expect_status 200 GET '/masuk?lanjut=//jahat.example' -c "$WORK/j4" -b "$WORK/j4"
expect_not_contains 'jahat.example' "$BODY"

# Sign-out ends the session and clears the cookie.
C=$(csrf_from /akun "$J")
expect_status 303 POST /keluar -b "$J" -c "$J" --data-urlencode "csrf=$C"
expect_header location '^[^:]*: */$'
expect_header set-cookie 'pamong_sesi=; .*Max-Age=0'
expect_status 303 GET /akun -b "pamong_sesi=$S2"

# Password change: the old password is checked, the repeat must match.
WANT=303
post_login "$J" warga.demo "$PW"
C=$(csrf_from /akun "$J")
expect_status 422 POST /akun/sandi -b "$J" -c "$J" --data-urlencode "csrf=$C" \
    --data-urlencode "sandi_lama=salah-sandi-lama" \
    --data-urlencode "sandi_baru=Sandi-Baru-2026" \
    --data-urlencode "sandi_baru2=Sandi-Baru-2027"
expect_contains 'Kata sandi lama tidak cocok.' "$BODY"
expect_contains 'Ulangan kata sandi baru tidak sama' "$BODY"
# another device, to see it signed out by the change
J5=$WORK/jar5
post_login "$J5" warga.demo "$PW"
S5=$(session_of "$J5")
expect_status 303 POST /akun/sandi -b "$J" -c "$J" --data-urlencode "csrf=$C" \
    --data-urlencode "sandi_lama=$PW" \
    --data-urlencode "sandi_baru=Sandi-Baru-2026" \
    --data-urlencode "sandi_baru2=Sandi-Baru-2026"
expect_header location '^[^:]*: */akun\?sandi=1'
expect_status 200 GET '/akun?sandi=1' -b "$J" -c "$J"
expect_contains 'Kata sandi berhasil diubah.' "$BODY"
expect_status 303 GET /akun -b "pamong_sesi=$S5"
check "password change audited" \
    test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.ganti_sandi'")" = 1
WANT=200
post_login "$J5" warga.demo "$PW"
expect_contains 'Nama pengguna atau kata sandi salah.' "$BODY"
WANT=303
post_login "$J5" warga.demo "Sandi-Baru-2026"

# Logout everywhere: every session of the account ends.
C=$(csrf_from /akun "$J")
S5=$(session_of "$J5")
expect_status 303 POST /akun/keluar-semua -b "$J" -c "$J" --data-urlencode "csrf=$C"
expect_header location '^[^:]*: */masuk\?keluar=semua'
expect_status 303 GET /akun -b "pamong_sesi=$S5"
check "no session left for warga.demo" test "$(sql "SELECT count(*) FROM session s JOIN account a ON a.id = s.account_id WHERE a.username = 'warga.demo'")" = 0
expect_status 200 GET '/masuk?keluar=semua'
expect_contains 'Anda telah keluar dari semua perangkat.' "$BODY"

finish
