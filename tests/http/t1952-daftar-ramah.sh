#!/bin/sh
# t1952-daftar-ramah.sh: sign-up takes what people type (issue 19 item 8):
# a NIK with spaces and a phone with dashes or spaces are normalised, not
# refused; the NIK field opens the number pad (inputmode="numeric"); a
# password equal to or holding the username, or one of the common
# passwords of data/sandi-umum.txt (compiled in), is refused with a clear
# message.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/jar
PW=Kebun-Sawit-Tepi-Sungai

signup() {
	_w=$1
	shift
	_c=$(csrf_from /daftar "$J")
	expect_status "$_w" POST /daftar -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
	    --data-urlencode "nama=Rahmat Hidayat" --data-urlencode "pengguna=rahmat.h" "$@"
}

expect_status 200 GET /daftar -c "$J" -b "$J"
expect_contains '<input id="f-nik" name="nik" type="text" inputmode="numeric"' "$BODY"
expect_contains 'id="f-telepon" name="telepon" type="tel"' "$BODY"

# the list is there and long enough
N=$(wc -l <"$ROOT/data/sandi-umum.txt")
check "data/sandi-umum.txt has at least 10,000 entries ($N)" test "$N" -ge 10000
check "data/sandi-umum.txt is sorted bytewise" env LC_ALL=C sort -c "$ROOT/data/sandi-umum.txt"

# common passwords, in any case: refused, nothing written
for p in password123 qwertyuiop Bismillah123 1234567890 sayangku123 indonesia1945; do
	signup 422 --data-urlencode "nik=1408011203900003" --data-urlencode "telepon=081234567890" \
	    --data-urlencode "sandi=$p" --data-urlencode "sandi2=$p"
	expect_contains 'id="e-sandi">Kata sandi ini termasuk yang paling sering dipakai' "$BODY"
done
# the username, alone or inside
for p in rahmat.h12345 Rahmat.H-Sawit-2026 xxrahmat.hxx; do
	signup 422 --data-urlencode "nik=1408011203900003" --data-urlencode "telepon=081234567890" \
	    --data-urlencode "sandi=$p" --data-urlencode "sandi2=$p"
	expect_contains 'id="e-sandi">Kata sandi tidak boleh sama dengan atau memuat nama pengguna.' "$BODY"
done
check "nothing written" test "$(sql "SELECT count(*) FROM account WHERE username = 'rahmat.h'")" = 0

# NIK as printed on the card, phone with dashes and spaces: accepted, stored bare
signup 303 --data-urlencode "nik=1408 0112 0390 0003" --data-urlencode "telepon=0812-3456 7890" \
    --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
check "stored NIK and phone as digits" \
    test "$(sql "SELECT nik || ' ' || phone FROM account WHERE username = 'rahmat.h'")" = "1408011203900003 081234567890"
# other separators people use, another account
J=$WORK/jar2
_c=$(csrf_from /daftar "$J")
expect_status 303 POST /daftar -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
    --data-urlencode "nama=Siti Rahma" --data-urlencode "pengguna=siti.rahma" \
    --data-urlencode "nik=1408-0152-0390-0004" --data-urlencode "telepon=(0761) 123.456" \
    --data-urlencode "sandi=$PW-2" --data-urlencode "sandi2=$PW-2"
check "dashes in the NIK, brackets and dots in the phone" \
    test "$(sql "SELECT nik || ' ' || phone FROM account WHERE username = 'siti.rahma'")" = "1408015203900004 0761123456"
# a bad NIK is still refused after normalising
J=$WORK/jar3
_c=$(csrf_from /daftar "$J")
expect_status 422 POST /daftar -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
    --data-urlencode "nama=Budi" --data-urlencode "pengguna=budi.x" \
    --data-urlencode "nik=1408 0112 0390" --data-urlencode "telepon=0812 3456 7890" \
    --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
expect_contains 'id="e-nik"' "$BODY"
expect_contains 'value="1408 0112 0390"' "$BODY"

finish
