#!/bin/sh
# t0203-throttle.sh: 5 failed logins for one user lock that user for 15 min.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/jar
PW=Siak-Demo-2026

attempt() {
	_c=$(csrf_from /masuk "$J")
	expect_status "$1" POST /masuk -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
	    --data-urlencode "pengguna=$2" --data-urlencode "sandi=$3"
}

for i in 1 2 3 4 5; do
	attempt 200 op.kecsiak "salah-sandi-$i"
	expect_contains 'Nama pengguna atau kata sandi salah.' "$BODY"
done
check "five failures recorded" \
    test "$(sql "SELECT count(*) FROM login_attempt WHERE username = 'op.kecsiak' AND ok = 0")" = 5

# The sixth attempt is refused even with the right password.
attempt 429 op.kecsiak "$PW"
expect_contains 'Terlalu banyak percobaan masuk yang gagal.' "$BODY"
expect_contains 'silakan tunggu 15 menit' "$BODY"
expect_header retry-after '^[^:]*: *[0-9]+'
RA=$(grep -i '^retry-after:' "$HEADERS" | tr -dc '0-9')
check "Retry-After within the 15-minute window ($RA s)" \
    test "$RA" -gt 800 -a "$RA" -le 901
if grep -qi '^set-cookie: pamong_sesi=[^;]' "$HEADERS"; then
	fail "no session while throttled"
else
	ok "no session while throttled"
fi
# Another spelling of the same name is the same user.
attempt 429 OP.KECSIAK "$PW"

# Other users are not affected.
attempt 303 op.disdukcapil "$PW"

# When the window has passed, the user may sign in again.
sql "UPDATE login_attempt SET at = at - 901 WHERE username = 'op.kecsiak'"
attempt 303 op.kecsiak "$PW"

# 20 failures from one address lock every user from that address.
for i in $(seq 1 20); do
	_c=$(csrf_from /masuk "$J")
	curl -s -o /dev/null -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
	    --data-urlencode "pengguna=tak.ada.$i" --data-urlencode "sandi=x" \
	    "$BASE/masuk"
done
attempt 429 camat.siak "$PW"
expect_header retry-after '^[^:]*: *[0-9]+'

finish
