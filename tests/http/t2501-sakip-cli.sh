#!/bin/sh
# t2501-sakip-cli.sh: the two CLI contracts of issue 22.
# `pamong sakip capaian --target T --realisasi R --polaritas
# positif|negatif` prints the capaian with two decimals on its last line
# (half up, never below 0.00; target 0 is an error); `pamong akip skor
# FILE.csv` prints each component and ends "Nilai AKIP X.XX PREDIKAT";
# an unknown value or a component without answers names the row and
# exits non-zero.
. "$(dirname "$0")/test-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

# capaian T R P EXPECTED: the last line of stdout, exit 0
capaian() {
	"$PAMONG" sakip capaian --target "$1" --realisasi "$2" --polaritas "$3" \
	    >"$WORK/out" 2>"$WORK/err"
	_rc=$?
	expect_eq "capaian $3 T=$1 R=$2 exits 0" "$_rc" 0
	expect_eq "capaian $3 T=$1 R=$2 = $4" "$(tail -n 1 "$WORK/out")" "$4"
}
capaian 80 92 positif 115.00
capaian 1200 900 positif 75.00
capaian 5.50 5.08 negatif 107.64
capaian 5.00 6.00 negatif 80.00
capaian 7 6.5 negatif 107.14
capaian 8 9 negatif 87.50
capaian 2 5 negatif 0.00
expect_contains "Hasil hitung -50.00" "$WORK/out"
capaian 2 -1 positif 0.00
capaian 3 2 positif 66.67
capaian 8 1 positif 12.50
capaian 800 1 positif 0.13

"$PAMONG" sakip capaian --target 0 --realisasi 5 --polaritas positif \
    >"$WORK/out" 2>"$WORK/err"
expect_eq "target 0 exits 1" $? 1
expect_contains "target 0: capaian tidak dapat dihitung" "$WORK/err"
expect_eq "target 0 prints no capaian" "$(cat "$WORK/out")" ""
"$PAMONG" sakip capaian --target 0.000 --realisasi 0 --polaritas negatif \
    >/dev/null 2>"$WORK/err"
expect_eq "target 0.000 (negatif) exits 1" $? 1
"$PAMONG" sakip capaian --target 5,5 --realisasi 5 --polaritas positif \
    >/dev/null 2>"$WORK/err"
expect_eq "a decimal comma exits 2" $? 2
expect_contains "--target bukan angka desimal" "$WORK/err"
"$PAMONG" sakip capaian --target 5 --realisasi 5 --polaritas nilai_akhir \
    >/dev/null 2>"$WORK/err"
expect_eq "polaritas other than positif/negatif exits 2" $? 2
"$PAMONG" sakip capaian --target 5 --realisasi 5 >/dev/null 2>"$WORK/err"
expect_eq "missing --polaritas exits 2" $? 2
expect_contains "pamong sakip capaian --target T --realisasi R" "$WORK/err"
"$PAMONG" sakip capaian --target 5 --realisasi 5 --polaritas positif \
    --bulat >/dev/null 2>"$WORK/err"
expect_eq "unknown option exits 2" $? 2
expect_contains "opsi tidak dikenal: --bulat" "$WORK/err"
"$PAMONG" sakip hitung >/dev/null 2>&1
expect_eq "unknown subcommand exits 2" $? 2

# AKIP
"$PAMONG" akip skor "$ROOT/tests/fixtures/akip-70-14.csv" >"$WORK/out" 2>"$WORK/err"
expect_eq "akip skor exits 0" $? 0
expect_eq "last line" "$(tail -n 1 "$WORK/out")" "Nilai AKIP 70.14 BB"
expect_contains "Komponen perencanaan (Perencanaan Kinerja): 20.25 dari 30.00" "$WORK/out"
expect_contains "Komponen pengukuran (Pengukuran Kinerja): 20.71 dari 30.00" "$WORK/out"
expect_contains "Komponen pelaporan (Pelaporan Kinerja): 10.88 dari 15.00" "$WORK/out"
expect_contains "Komponen evaluasi (Evaluasi Akuntabilitas Kinerja Internal): 18.30 dari 25.00" "$WORK/out"

H=komponen,subkomponen,kriteria,jawaban
# sheet LETTER [EXTRA-ROWS]: every sub-component with one criterion
sheet() {
	{
		echo "$H"
		for k in perencanaan pengukuran pelaporan evaluasi; do
			for j in keberadaan kualitas pemanfaatan; do
				echo "$k,$j,k1,$1"
			done
		done
	} >"$WORK/s.csv"
}
for pair in "D 30.00 D" "C 50.00 C" "CC 60.00 CC" "BB 80.00 BB" "A 90.00 A" "AA 100.00 AA"; do
	set -- $pair
	sheet "$1"
	"$PAMONG" akip skor "$WORK/s.csv" >"$WORK/out" 2>&1
	expect_eq "all $1 -> Nilai AKIP $2 $3" "$(tail -n 1 "$WORK/out")" "Nilai AKIP $2 $3"
done
# 90.01: perencanaan keberadaan with 60 criteria, one AA among A
sheet A
grep -v '^perencanaan,keberadaan,' "$WORK/s.csv" >"$WORK/s2.csv"
echo "perencanaan,keberadaan,x0,AA" >>"$WORK/s2.csv"
i=1
while [ $i -lt 60 ]; do echo "perencanaan,keberadaan,x$i,A" >>"$WORK/s2.csv"; i=$((i + 1)); done
"$PAMONG" akip skor "$WORK/s2.csv" >"$WORK/out" 2>&1
expect_eq "90.01 is AA" "$(tail -n 1 "$WORK/out")" "Nilai AKIP 90.01 AA"
# 30.01: pelaporan keberadaan with 60 criteria, one C among D
sheet D
grep -v '^pelaporan,keberadaan,' "$WORK/s.csv" >"$WORK/s2.csv"
echo "pelaporan,keberadaan,x0,C" >>"$WORK/s2.csv"
i=1
while [ $i -lt 60 ]; do echo "pelaporan,keberadaan,x$i,D" >>"$WORK/s2.csv"; i=$((i + 1)); done
"$PAMONG" akip skor "$WORK/s2.csv" >"$WORK/out" 2>&1
expect_eq "30.01 is C" "$(tail -n 1 "$WORK/out")" "Nilai AKIP 30.01 C"

# errors name the row; exit status 1
sheet B
sed 's/^pengukuran,kualitas,k1,B$/pengukuran,kualitas,k1,F/' "$WORK/s.csv" >"$WORK/s2.csv"
"$PAMONG" akip skor "$WORK/s2.csv" >"$WORK/out" 2>"$WORK/err"
expect_eq "unknown answer exits 1" $? 1
expect_contains 'Baris 6: jawaban "F" tidak dikenal' "$WORK/err"
expect_not_contains "Nilai AKIP" "$WORK/out"
sed 's/^pelaporan,/laporan,/' "$WORK/s.csv" >"$WORK/s2.csv"
"$PAMONG" akip skor "$WORK/s2.csv" >"$WORK/out" 2>"$WORK/err"
expect_eq "unknown component exits 1" $? 1
expect_contains 'Baris 8: komponen "laporan" tidak dikenal' "$WORK/err"
grep -v '^evaluasi,' "$WORK/s.csv" >"$WORK/s2.csv"
"$PAMONG" akip skor "$WORK/s2.csv" >"$WORK/out" 2>"$WORK/err"
expect_eq "a component without answers exits 1" $? 1
expect_contains "Komponen evaluasi tidak memiliki jawaban" "$WORK/err"
"$PAMONG" akip skor "$WORK/tidak-ada.csv" >/dev/null 2>"$WORK/err"
expect_eq "a missing file exits 1" $? 1
"$PAMONG" akip skor >/dev/null 2>"$WORK/err"
expect_eq "no file exits 2" $? 2
expect_contains "pamong akip skor FILE.csv" "$WORK/err"
"$PAMONG" akip skor a.csv b.csv >/dev/null 2>&1
expect_eq "two files exit 2" $? 2
"$PAMONG" akip --help >"$WORK/out"
expect_eq "--help exits 0" $? 0
expect_contains "pamong akip skor FILE.csv" "$WORK/out"
finish
