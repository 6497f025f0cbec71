#!/bin/sh
# t0201-signup.sh: citizen sign-up validates every field at once and logs in.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/jar
PW=Kata-Sandi-Warga-1
GOOD_NIK=1408014107900001

# signup JAR ARGS...: POST /daftar with a fresh CSRF token.
signup() {
	_j=$1
	shift
	_c=$(csrf_from /daftar "$_j")
	expect_status "$SIGNUP_WANT" POST /daftar -b "$_j" -c "$_j" \
	    --data-urlencode "csrf=$_c" "$@"
}

expect_status 200 GET /daftar -c "$J" -b "$J"
for f in nik nama telepon email pengguna sandi sandi2; do
	expect_contains "id=\"f-$f\"" "$BODY"
done
expect_contains '<label for="f-nik">' "$BODY"

# Bad NIK, short password, mismatched passwords: all errors at once.
SIGNUP_WANT=422
signup "$J" --data-urlencode "nik=1234" --data-urlencode "nama=Siti Aminah" \
    --data-urlencode "telepon=081234567890" --data-urlencode "email=" \
    --data-urlencode "pengguna=siti.aminah" --data-urlencode "sandi=pendek" \
    --data-urlencode "sandi2=lain"
expect_contains 'Periksa kembali isian berikut' "$BODY"
expect_contains 'NIK' "$BODY"
expect_contains 'Kata sandi minimal 10 karakter.' "$BODY"
expect_contains 'class="pesan-galat" id="e-nik"' "$BODY"
expect_contains 'class="pesan-galat" id="e-sandi"' "$BODY"
expect_contains 'aria-invalid="true"' "$BODY"
# values kept, the password never echoed
expect_contains 'value="Siti Aminah"' "$BODY"
expect_contains 'value="siti.aminah"' "$BODY"
expect_not_contains 'value="pendek"' "$BODY"
check "no row for a rejected sign-up" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'siti.aminah'")" = 0

# Good fields but the repeat differs.
signup "$J" --data-urlencode "nik=$GOOD_NIK" --data-urlencode "nama=Siti Aminah" \
    --data-urlencode "telepon=081234567890" --data-urlencode "pengguna=siti.aminah" \
    --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW-x"
expect_contains 'Ulangan kata sandi tidak sama dengan kata sandi.' "$BODY"
expect_contains 'id="e-sandi2"' "$BODY"
expect_not_contains "$PW" "$BODY"
check "no row when the passwords differ" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'siti.aminah'")" = 0

# Neither phone nor e-mail; a bad e-mail; an empty name.
signup "$J" --data-urlencode "nik=$GOOD_NIK" --data-urlencode "nama=" \
    --data-urlencode "email=bukan-surel" --data-urlencode "pengguna=siti.aminah" \
    --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
expect_contains 'Nama lengkap wajib diisi.' "$BODY"
expect_contains 'Alamat surel tidak sah.' "$BODY"
check "still no row" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'siti.aminah'")" = 0

# A taken username.
signup "$J" --data-urlencode "nik=$GOOD_NIK" --data-urlencode "nama=Siti Aminah" \
    --data-urlencode "telepon=081234567890" --data-urlencode "pengguna=warga.demo" \
    --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
expect_contains 'Nama pengguna sudah dipakai.' "$BODY"

# A good sign-up: a warga account, signed in, welcomed on /akun.
SIGNUP_WANT=303
signup "$J" --data-urlencode "nik=$GOOD_NIK" --data-urlencode "nama=Siti Aminah" \
    --data-urlencode "telepon=081234567890" --data-urlencode "email=siti@contoh.id" \
    --data-urlencode "pengguna=siti.aminah" --data-urlencode "sandi=$PW" \
    --data-urlencode "sandi2=$PW"
expect_header location '^[^:]*: */akun'
expect_header set-cookie 'pamong_sesi=[A-Za-z0-9_-]{43}; .*HttpOnly'
check "one account row" \
    test "$(sql "SELECT count(*) FROM account WHERE username = 'siti.aminah'")" = 1
check "its role is warga" \
    test "$(sql "SELECT group_concat(role) FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = 'siti.aminah'")" = warga
check "the password is stored as an Argon2id hash" \
    sh -c "sqlite3 '$DATA/pamong.db' \"SELECT pw_hash FROM account WHERE username = 'siti.aminah'\" | grep -q '^\\\$argon2id\\\$'"
check "the sign-up is audited" \
    test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.buat' AND object_id = 'siti.aminah'")" = 1
expect_status 200 GET '/akun?selamat=1' -b "$J" -c "$J"
expect_contains 'Selamat datang di Pamong' "$BODY"
expect_contains 'siti.aminah' "$BODY"
expect_contains '140801' "$BODY"
expect_not_contains "$GOOD_NIK" "$BODY"

# Signed in: /daftar sends the citizen to /akun.
expect_status 303 GET /daftar -b "$J" -c "$J"

# The same NIK cannot sign up twice.
J2=$WORK/jar2
SIGNUP_WANT=422
signup "$J2" --data-urlencode "nik=$GOOD_NIK" --data-urlencode "nama=Siti Lain" \
    --data-urlencode "telepon=081234567891" --data-urlencode "pengguna=siti.lain" \
    --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
expect_contains 'NIK sudah terdaftar.' "$BODY"

# The password is never written to the server log.
if grep -qF -- "$PW" "$SERVER_LOG"; then fail "password in server log"
else ok "password not in server log"; fi

finish
