#!/bin/sh
# t0209-signup-throttle.sh: issue 12 item 5.  At most 5 sign-ups an hour
# from one client address (created, or refused because the NIK or the
# username is taken); then 429 with Retry-After and an Indonesian message,
# and nothing is written.  Forms refused for typos do not count.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/jar
WPW=Sandi-Warga-Uji-2026

# daftar WANT USER NIK [SANDI2]: one sign-up through /daftar.
daftar() {
	_c=$(csrf_from /daftar "$J")
	expect_status "$1" POST /daftar -b "$J" -c "$J" \
	    --data-urlencode "csrf=$_c" --data-urlencode "nik=$3" \
	    --data-urlencode "nama=Warga $2" \
	    --data-urlencode "telepon=081200000009" \
	    --data-urlencode "pengguna=$2" --data-urlencode "sandi=$WPW" \
	    --data-urlencode "sandi2=${4-$WPW}"
	# a fresh browser for the next one (a signed-in visitor is sent away)
	rm -f "$J"
}

# typos are not counted
daftar 422 salah.ketik.1 1234
daftar 422 salah.ketik.2 1408014107900031 beda
daftar 422 salah.ketik.3 1408014107900031 beda
# four sign-ups and one refused because the NIK is taken: five
daftar 303 warga.satu 1408014107900031
daftar 303 warga.dua 1408014107900032
daftar 303 warga.tiga 1408014107900033
daftar 422 warga.empat 1408014107900033
expect_contains 'NIK sudah terdaftar.' "$BODY"
daftar 303 warga.lima 1408014107900035
check "five sign-ups counted for the address" \
    test "$(sql "SELECT count(*) FROM daftar_attempt WHERE addr = '127.0.0.1'")" = 5

# the sixth within the hour: 429, Retry-After, a clear message, no row
daftar 429 warga.enam 1408014107900036
expect_header retry-after '^[^:]*: *[0-9]+'
RA=$(grep -i '^retry-after:' "$HEADERS" | tr -dc '0-9')
check "Retry-After within the hour ($RA s)" test "$RA" -gt 3500 -a "$RA" -le 3601
expect_contains 'Terlalu banyak pendaftaran akun dari alamat jaringan ini.' "$BODY"
expect_contains 'coba lagi dalam 60 menit' "$BODY"
check "no account for the throttled sign-up" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'warga.enam'")" = 0
if grep -qi '^set-cookie: pamong_sesi=[^;]' "$HEADERS"; then
	fail "no session while throttled"
else
	ok "no session while throttled"
fi
# a probe for a taken NIK is throttled the same way
daftar 429 warga.tujuh 1408014507900001
expect_not_contains 'NIK sudah terdaftar' "$BODY"
# signing in is not affected
login warga.satu "$WPW" "$WORK/j2" && ok "sign-in still works" || fail "sign-in still works"

# an hour later the address may sign up again
sql "UPDATE daftar_attempt SET at = at - 3601"
daftar 303 warga.enam 1408014107900036
check "the sixth account now exists, NIK claimed" \
    test "$(sql "SELECT nik_verified_at IS NULL FROM account WHERE username = 'warga.enam'")" = 1

finish
