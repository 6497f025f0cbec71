#!/bin/sh
# t1305-spbe-cli.sh: `pamong spbe skor FILE.csv [--kerangka FILE]`.
. "$(dirname "$0")/test-lib.sh"

OUT=$WORK/out
ERR=$WORK/err
# gen LEVEL...: a CSV with the given level for indicators 1..47 (the last
# argument repeats).
gen() {
	echo "indikator,level"
	i=1
	while [ $i -le 47 ]; do
		[ $# -gt 1 ] && { l=$1; shift; } || l=$1
		echo "$i,$l"
		i=$((i + 1))
	done
}
run() {
	"$@" >"$OUT" 2>"$ERR"
}

for l in 1 2 3 4 5; do
	gen $l >"$WORK/all$l.csv"
done
check "all 3" run "$PAMONG" spbe skor "$WORK/all3.csv"
check "all 3 -> Indeks SPBE 3.00 Baik" test "$(tail -n 1 "$OUT")" = "Indeks SPBE 3.00 Baik"
check "aspect lines" test "$(grep -c '^Aspek A[1-8] ' "$OUT")" = 8
check "domain lines" test "$(grep -c '^Domain D[1-4] ' "$OUT")" = 4
run "$PAMONG" spbe skor "$WORK/all1.csv"
check "all 1 -> 1.00 Kurang" test "$(tail -n 1 "$OUT")" = "Indeks SPBE 1.00 Kurang"
run "$PAMONG" spbe skor "$WORK/all5.csv"
check "all 5 -> 5.00 Memuaskan" test "$(tail -n 1 "$OUT")" = "Indeks SPBE 5.00 Memuaskan"

# mixed: the demo 2025 vector, Σ = 23500
gen 3 3 2 3 3 2 2 2 2 3 3 3 2 2 3 3 3 2 3 2 1 2 1 1 2 1 1 2 1 1 1 \
    3 3 3 3 2 3 2 2 2 3 3 2 2 3 3 2 >"$WORK/siak.csv"
check "mixed file" run "$PAMONG" spbe skor "$WORK/siak.csv"
check "mixed -> Indeks SPBE 2.35 Cukup" test "$(tail -n 1 "$OUT")" = "Indeks SPBE 2.35 Cukup"
check "A5 1.375 rounds to 1.38" grep -q '^Aspek A5 Penerapan Manajemen SPBE: 1.38$' "$OUT"
check "D4 2.5604 -> 2.56" grep -q '^Domain D4 Layanan SPBE: 2.56$' "$OUT"
# 2.595 -> 2.60 Baik: all 2, 32-33 at 3, 42-47 at 5 (Σ 25950)
gen 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 \
    3 3 2 2 2 2 2 2 2 2 5 >"$WORK/b260.csv"
run "$PAMONG" spbe skor "$WORK/b260.csv"
check "2.595 -> Indeks SPBE 2.60 Baik" test "$(tail -n 1 "$OUT")" = "Indeks SPBE 2.60 Baik"

# errors name the row and exit non-zero
gen 3 | sed '/^17,/d' >"$WORK/missing.csv"
check "missing row fails" sh -c "! '$PAMONG' spbe skor '$WORK/missing.csv' >'$OUT' 2>'$ERR'"
check "missing names indicator 17" grep -q 'indikator 17 (Tingkat Kematangan Layanan Jaringan Intra) tidak ada dalam berkas' "$ERR"
check "no index line on error" sh -c "! grep -q 'Indeks SPBE' '$OUT'"
{ gen 3; echo "5,4"; } >"$WORK/dup.csv"
check "duplicate row fails" sh -c "! '$PAMONG' spbe skor '$WORK/dup.csv' >'$OUT' 2>'$ERR'"
check "duplicate names row 49 and row 6" grep -q 'baris 49: indikator 5 sudah diisi pada baris 6' "$ERR"
gen 3 | sed 's/^9,3$/9,6/' >"$WORK/range.csv"
check "out-of-range level fails" sh -c "! '$PAMONG' spbe skor '$WORK/range.csv' >'$OUT' 2>'$ERR'"
check "out-of-range names row 10" grep -q 'baris 10: level indikator 9 harus bilangan bulat 1 sampai 5, bukan "6"' "$ERR"
{ gen 3; echo "48,3"; } >"$WORK/unknown.csv"
check "unknown indicator fails" sh -c "! '$PAMONG' spbe skor '$WORK/unknown.csv' >'$OUT' 2>'$ERR'"
check "unknown names row 49" grep -q 'baris 49: indikator 48 tidak ada dalam kerangka' "$ERR"
gen 3 | sed '1s/.*/no,nilai/' >"$WORK/head.csv"
check "bad header fails" sh -c "! '$PAMONG' spbe skor '$WORK/head.csv' >'$OUT' 2>'$ERR'"
check "bad header named" grep -q 'baris 1: kepala berkas harus "indikator,level"' "$ERR"
check "missing file fails" sh -c "! '$PAMONG' spbe skor '$WORK/nope.csv' >'$OUT' 2>'$ERR'"

# --kerangka: another framework is a data change; a broken one is named
FW=$ROOT/data/spbe-permenpanrb-59-2020.json
check "explicit --kerangka" run "$PAMONG" spbe skor "$WORK/all3.csv" --kerangka "$FW"
check "explicit --kerangka -> 3.00 Baik" test "$(tail -n 1 "$OUT")" = "Indeks SPBE 3.00 Baik"
sed 's/"bobot": "2.75"/"bobot": "2.7"/' "$FW" >"$WORK/bad.json"
check "a framework not summing to 100 is refused" sh -c "! '$PAMONG' spbe skor '$WORK/all3.csv' --kerangka '$WORK/bad.json' >'$OUT' 2>'$ERR'"
check "its problem is named" grep -q 'Kerangka: jumlah bobot indikator aspek "A7"' "$ERR"

finish
