#!/bin/sh
# t1501-ikm-cli.sh: `pamong ikm --csv FILE [--bobot 0.11]`: the reference's
# 29-respondent example (tests/fixtures/ikm-29.csv has exactly its column
# sums) with both weightings, the extremes, missing answers, and malformed
# files: each error names the row and exits non-zero.
. "$(dirname "$0")/test-lib.sh"

FIX=$ROOT/tests/fixtures/ikm-29.csv
OUT=$WORK/out
ERR=$WORK/err

# run_ikm WANT_RC ARGS...: run the CLI, output in $OUT/$ERR
run_ikm() {
	_want=$1
	shift
	"$PAMONG" ikm "$@" >"$OUT" 2>"$ERR"
	_rc=$?
	if { [ "$_want" = 0 ] && [ $_rc = 0 ]; } ||
	    { [ "$_want" != 0 ] && [ $_rc != 0 ]; }; then
		ok "pamong ikm $* -> exit $_rc"
	else
		fail "pamong ikm $* -> exit $_rc (expected $_want): $(cat "$ERR")"
	fi
}

# the fixture reproduces the reference's sums: 105 101 100 116 102 105 106 105 115
check "fixture has 29 respondents" test "$(sed 1d "$FIX" | wc -l)" = 29
check "fixture column sums are the reference's" test "$(sed 1d "$FIX" |
    awk -F, '{for (i = 1; i <= 9; i++) s[i] += $i} END {for (i = 1; i <= 9; i++) printf "%s%d", (i > 1 ? " " : ""), s[i]}')" = "105 101 100 116 102 105 106 105 115"

run_ikm 0 --csv "$FIX"
check "exact 1/9: last line" test "$(tail -n 1 "$OUT")" = "IKM 91.48 A Sangat Baik"
expect_contains "Responden: 29" "$OUT"
expect_contains "U1 Persyaratan: jumlah 105, jawaban 29, NRR 3.6207" "$OUT"
expect_contains "U4 Biaya/Tarif: jumlah 116, jawaban 29, NRR 4.0000" "$OUT"
expect_contains "U9 Sarana dan Prasarana: jumlah 115, jawaban 29, NRR 3.9655" "$OUT"
check "nine NRR lines" test "$(grep -c '^U[1-9] .*NRR [1-4]\.[0-9][0-9][0-9][0-9]$' "$OUT")" = 9

run_ikm 0 --csv "$FIX" --bobot 0.11
check "printed 0.11: last line" test "$(tail -n 1 "$OUT")" = "IKM 90.56 A Sangat Baik"
run_ikm 1 --csv "$FIX" --bobot 0.12
expect_contains "--bobot" "$ERR"

# extremes
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; for i in 1 2 3; do echo 4,4,4,4,4,4,4,4,4; done; } >"$WORK/all4.csv"
run_ikm 0 --csv "$WORK/all4.csv"
check "all 4 -> 100.00 A" test "$(tail -n 1 "$OUT")" = "IKM 100.00 A Sangat Baik"
run_ikm 0 --csv "$WORK/all4.csv" --bobot 0.11
check "all 4 with 0.11 -> 99.00" test "$(tail -n 1 "$OUT")" = "IKM 99.00 A Sangat Baik"
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo 1,1,1,1,1,1,1,1,1; } >"$WORK/all1.csv"
run_ikm 0 --csv "$WORK/all1.csv"
check "all 1 -> 25.00 D" test "$(tail -n 1 "$OUT")" = "IKM 25.00 D Tidak Baik"

# missing answers: u1 is 4 and 2 over two answers (NRR 3), the rest 4
printf 'u1,u2,u3,u4,u5,u6,u7,u8,u9\r\n4,4,4,4,4,4,4,4,4\r\n2,4,4,4,4,4,4,4,4\r\n,4,4,4,4,4,4,4,4\r\n' >"$WORK/missing.csv"
run_ikm 0 --csv "$WORK/missing.csv"
expect_contains "U1 Persyaratan: jumlah 6, jawaban 2, NRR 3.0000" "$OUT"
check "per-element denominators: 97.22" test "$(tail -n 1 "$OUT")" = "IKM 97.22 A Sangat Baik"

# malformed files
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo 4,4,4,4,4,4,4,4,4; echo 3,3,3,3,7,3,3,3,3; } >"$WORK/bad-value.csv"
run_ikm 1 --csv "$WORK/bad-value.csv"
expect_contains 'Baris 3, kolom u5: nilai "7"' "$ERR"
check "no IKM line on error" test "$(grep -c '^IKM' "$OUT")" = 0
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo 4,4,4,4,4,4,4,4,4; echo 4,4,4,4,4,4,4,4,4; echo 3,3,3; } >"$WORK/bad-count.csv"
run_ikm 1 --csv "$WORK/bad-count.csv"
expect_contains "Baris 4: harus berisi 9 kolom, terbaca 3 kolom" "$ERR"
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo 'a,4,4,4,4,4,4,4,4'; } >"$WORK/bad-text.csv"
run_ikm 1 --csv "$WORK/bad-text.csv"
expect_contains 'Baris 2, kolom u1: nilai "a"' "$ERR"
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo '3.5,4,4,4,4,4,4,4,4'; } >"$WORK/bad-dec.csv"
run_ikm 1 --csv "$WORK/bad-dec.csv"
expect_contains 'Baris 2, kolom u1: nilai "3.5"' "$ERR"
{ echo u1,u2,u3,u4,u5,u6,u7,u8; echo 4,4,4,4,4,4,4,4; } >"$WORK/bad-head.csv"
run_ikm 1 --csv "$WORK/bad-head.csv"
expect_contains "Baris 1: kepala kolom" "$ERR"
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo '"4,4,4,4,4,4,4,4,4'; } >"$WORK/bad-quote.csv"
run_ikm 1 --csv "$WORK/bad-quote.csv"
expect_contains "Baris 2" "$ERR"
echo u1,u2,u3,u4,u5,u6,u7,u8,u9 >"$WORK/empty.csv"
run_ikm 1 --csv "$WORK/empty.csv"
expect_contains "tidak berisi satu pun responden" "$ERR"
{ echo u1,u2,u3,u4,u5,u6,u7,u8,u9; echo ',4,4,4,4,4,4,4,4'; } >"$WORK/no-u1.csv"
run_ikm 1 --csv "$WORK/no-u1.csv"
expect_contains "Unsur U1 tidak memiliki satu pun jawaban" "$ERR"
run_ikm 1 --csv "$WORK/does-not-exist.csv"
expect_contains "tidak dapat dibaca" "$ERR"
run_ikm 1
finish
