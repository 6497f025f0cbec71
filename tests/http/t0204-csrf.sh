#!/bin/sh
# t0204-csrf.sh: every account form refuses a POST without a valid CSRF token.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
J=$WORK/jar

# Anonymous forms: no token, a made-up token, a token without its cookie.
csrf_from /masuk "$J" >/dev/null
for u in /masuk /daftar; do
	expect_status 403 POST $u -b "$J" --data-urlencode "pengguna=warga.demo" \
	    --data-urlencode "sandi=$PW"
	expect_contains 'Formulir kedaluwarsa atau tidak sah.' "$BODY"
	expect_status 403 POST $u -b "$J" --data-urlencode "csrf=0000" \
	    --data-urlencode "pengguna=warga.demo" --data-urlencode "sandi=$PW"
done
C=$(csrf_from /masuk "$J")
expect_status 403 POST /masuk --data-urlencode "csrf=$C" \
    --data-urlencode "pengguna=warga.demo" --data-urlencode "sandi=$PW"
if grep -qi '^set-cookie: pamong_sesi=[^;]' "$HEADERS"; then
	fail "no session from a forged login"
else
	ok "no session from a forged login"
fi
check "no session row from the forged logins" test "$(sql "SELECT count(*) FROM session")" = 0

# Signed-in forms.
login warga.demo "$PW" "$J" && ok "login warga.demo" || fail "login warga.demo"
for u in /keluar /akun/sandi /akun/keluar-semua; do
	expect_status 403 POST $u -b "$J" --data-urlencode "sandi_lama=$PW"
done
# still signed in: /keluar did nothing without a token
expect_status 200 GET /akun -b "$J"

# A token from another visitor's session does not work.
J2=$WORK/jar2
login op.kecsiak "$PW" "$J2" && ok "login op.kecsiak" || fail "login op.kecsiak"
C2=$(csrf_from /akun "$J2")
expect_status 403 POST /akun/keluar-semua -b "$J" --data-urlencode "csrf=$C2"
expect_status 200 GET /akun -b "$J"

# Issue 12: with a session, a token over the anonymous cookie is refused,
# even with the victim's session cookie and an attacker's anonymous cookie
# and token (a sibling site of the same domain can plant that cookie).
JX=$WORK/attacker.jar
AT=$(csrf_from /masuk "$JX")
ANON=$(awk '$6 == "pamong_csrf" { print $7 }' "$JX")
SESS=$(awk '$6 == "pamong_sesi" { print $7 }' "$J")
check "attacker has an anonymous cookie and token" test -n "$ANON" -a -n "$AT"
expect_status 403 POST /akun/keluar-semua \
    -b "pamong_sesi=$SESS; pamong_csrf=$ANON" --data-urlencode "csrf=$AT"
check "the victim's session survives" \
    test "$(sql "SELECT count(*) FROM session s JOIN account a ON a.id = s.account_id WHERE a.username = 'warga.demo'")" -ge 1
expect_status 200 GET /akun -b "$J"

# Cross-site POSTs are refused before anything else, even with a valid
# token: Sec-Fetch-Site cross-site or same-site, a foreign or null Origin.
C=$(csrf_from /akun "$J")
for h in 'Sec-Fetch-Site: cross-site' 'Sec-Fetch-Site: same-site' \
    'Origin: http://evil.example' 'Origin: null' \
    "Origin: https://127.0.0.1:$PORT"; do
	expect_status 403 POST /akun/keluar-semua -b "$J" -H "$h" \
	    --data-urlencode "csrf=$C"
	expect_contains 'Permintaan dari situs lain ditolak' "$BODY"
done
expect_status 200 GET /akun -b "$J"
# The same site (the browser's own form) passes.
expect_status 303 POST /keluar -b "$J" -c "$J" -H 'Sec-Fetch-Site: same-origin' \
    -H "Origin: http://127.0.0.1:$PORT" --data-urlencode "csrf=$C"
expect_status 303 GET /akun -b "$J"

# Admin forms.
JA=$WORK/jara
login superadmin "$PW" "$JA" && ok "login superadmin" || fail "login superadmin"
expect_status 403 POST /admin/akun -b "$JA" --data-urlencode "pengguna=op.baru" \
    --data-urlencode "nama=Petugas Baru" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=operator" --data-urlencode "unit=DISKOMINFO"
check "no account from a forged admin form" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'op.baru'")" = 0
expect_status 403 POST /admin/akun/op.kecsiak/nonaktif -b "$JA" -d x=1
expect_status 403 POST /admin/akun/op.kecsiak/reset -b "$JA" \
    --data-urlencode "sandi=Sandi-Baru-2026"
check "op.kecsiak still active" \
    test "$(sql "SELECT disabled FROM account WHERE username = 'op.kecsiak'")" = 0

# The JSON API signs in without a CSRF token (it sets no cookie).
expect_status 201 POST /api/v1/sesi -H 'Content-Type: application/json' \
    -d '{"pengguna":"warga.demo","sandi":"Siak-Demo-2026"}'
if grep -qi '^set-cookie:' "$HEADERS"; then
	fail "the API sets no cookie"
else
	ok "the API sets no cookie"
fi

finish
