#!/bin/sh
# t0002-cli.sh: the pamong command line: init, user add/list, wilayah import.
. "$(dirname "$0")/test-lib.sh"

FIX=$ROOT/tests/fixtures
DATA=$WORK/data
OUT=$WORK/out
ERR=$WORK/err

# counts: one line with the seeded table sizes.
counts() {
	sql "SELECT (SELECT count(*) FROM wilayah) || ' ' ||
	    (SELECT count(*) FROM unit WHERE kind = 'opd') || ' ' ||
	    (SELECT count(*) FROM unit WHERE kind = 'kecamatan') || ' ' ||
	    (SELECT count(*) FROM unit WHERE kind = 'kampung') || ' ' ||
	    (SELECT count(*) FROM layanan)"
}

# run CMD...: run with stdout in $OUT and stderr in $ERR.
run() {
	"$@" >"$OUT" 2>"$ERR"
}

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

# --- init: seeds Siak, and running it again changes nothing ---
check "pamong init --demo" run "$PAMONG" init --data "$DATA" --demo
expect_contains "Siak-Demo-2026" "$OUT"
expect_eq "seeded wilayah units(opd kec kampung) layanan" "$(counts)" "146 27 14 131 44"
accounts=$(sql "SELECT count(*) FROM account")
check "pamong init again" run "$PAMONG" init --data "$DATA" --demo
expect_eq "counts after second init" "$(counts)" "146 27 14 131 44"
expect_eq "accounts after second init" "$(sql "SELECT count(*) FROM account")" "$accounts"
check "pamong migrate is a no-op" run "$PAMONG" migrate --data "$DATA"

# --- user add: the password only from stdin, validated, in Indonesian ---
echo 'Uji-Sandi-Panjang-2026' | "$PAMONG" user add --data "$DATA" \
    --username petugas.uji --role operator --unit 14.08.01 \
    --name 'Petugas Uji' --password-stdin >"$OUT" 2>"$ERR"
expect_eq "user add exit status" "$?" 0
expect_eq "petugas.uji row" "$(sql "SELECT count(*) FROM account a JOIN
    account_role r ON r.account_id = a.id JOIN unit u ON u.id = a.unit_id
    WHERE a.username = 'petugas.uji' AND r.role = 'operator'
    AND u.code = '14.08.01'")" 1
check "password is stored hashed (argon2id)" test "$(sql "SELECT
    substr(pw_hash, 1, 9) FROM account WHERE username = 'petugas.uji'")" = '$argon2id'

echo 'pendek' | "$PAMONG" user add --data "$DATA" --username petugas.pendek \
    --role operator --unit 14.08.01 --name 'Petugas Pendek' \
    --password-stdin >"$OUT" 2>"$ERR"
check "short password is refused" test $? -ne 0
expect_contains "Kata sandi minimal" "$ERR"
expect_eq "no row for petugas.pendek" "$(sql "SELECT count(*) FROM account
    WHERE username = 'petugas.pendek'")" 0

"$PAMONG" user add --data "$DATA" --username petugas.argv --role operator \
    --unit 14.08.01 --name 'Petugas Argv' \
    --password 'Uji-Sandi-Panjang-2026' </dev/null >"$OUT" 2>"$ERR"
check "a password on argv is refused" test $? -ne 0
expect_contains "stdin" "$ERR"
expect_eq "no row for petugas.argv" "$(sql "SELECT count(*) FROM account
    WHERE username = 'petugas.argv'")" 0

echo 'Uji-Sandi-Panjang-2026' | "$PAMONG" user add --data "$DATA" \
    --username PETUGAS.UJI --role operator --unit 14.08.01 \
    --name 'Petugas Ganda' --password-stdin >"$OUT" 2>"$ERR"
check "a duplicate username (any case) is refused" test $? -ne 0
expect_eq "still one petugas.uji" "$(sql "SELECT count(*) FROM account
    WHERE username = 'petugas.uji'")" 1

check "user list" run "$PAMONG" user list --data "$DATA"
expect_contains "petugas.uji" "$OUT"
expect_contains "Petugas Uji" "$OUT"
expect_contains "warga.demo" "$OUT"
expect_not_contains "petugas.pendek" "$OUT"
expect_not_contains '$argon2' "$OUT"

# --- wilayah import: all or nothing, errors name the line ---
before=$(sql "SELECT count(*) FROM wilayah")
"$PAMONG" wilayah import --data "$DATA" "$FIX/wilayah-broken.csv" \
    >"$OUT" 2>"$ERR"
check "broken CSV is refused" test $? -ne 0
expect_contains "baris 4" "$ERR"
expect_eq "wilayah unchanged after broken CSV" \
    "$(sql "SELECT count(*) FROM wilayah")" "$before"
expect_eq "no row from the broken CSV" \
    "$(sql "SELECT count(*) FROM wilayah WHERE code LIKE '14.01%' OR code = '14'")" 0

printf 'code,name,level,parent_code\n14,Riau,provinsi,\n14.01,"Kabupaten Kampar,kabupaten,14\n' \
    >"$WORK/unterminated.csv"
"$PAMONG" wilayah import --data "$DATA" "$WORK/unterminated.csv" \
    >"$OUT" 2>"$ERR"
check "CSV with an open quote is refused" test $? -ne 0
expect_contains "baris" "$ERR"
expect_eq "wilayah unchanged after open quote" \
    "$(sql "SELECT count(*) FROM wilayah")" "$before"

check "wilayah import of the sample" run "$PAMONG" wilayah import \
    --data "$DATA" "$FIX/wilayah-sample.csv"
expect_contains "8 baris" "$OUT"
expect_eq "wilayah count after import (7 new, 1 existing)" \
    "$(sql "SELECT count(*) FROM wilayah")" "$((before + 7))"
expect_eq "kelurahan flag from the code" "$(sql "SELECT group_concat(code
    || '=' || kelurahan, ' ') FROM (SELECT * FROM wilayah WHERE code IN
    ('14.01.01.1011', '14.01.01.2009') ORDER BY code)")" \
    "14.01.01.1011=1 14.01.01.2009=0"
expect_eq "Kampar under Riau" "$(sql "SELECT parent_code FROM wilayah
    WHERE code = '14.01'")" 14
check "import again" run "$PAMONG" wilayah import --data "$DATA" \
    "$FIX/wilayah-sample.csv"
expect_eq "re-import is idempotent" \
    "$(sql "SELECT count(*) FROM wilayah")" "$((before + 7))"
expect_eq "units untouched by wilayah import" "$(counts)" \
    "$((before + 7)) 27 14 131 44"

"$PAMONG" wilayah import --data "$DATA" "$WORK/tidak-ada.csv" \
    >"$OUT" 2>"$ERR"
check "missing file is refused" test $? -ne 0
expect_contains "tidak dapat dibaca" "$ERR"

finish
