#!/bin/sh
# t1304-spbe-export.sh: CSV and PDF export of an assessment (coordinator
# only); the CSV holds one row per indicator with its level, and feeds the
# CLI to the same index.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
JK=$WORK/kominfo JO=$WORK/op
login admin.kominfo "$PW" "$JK" && ok "login admin.kominfo" || fail "login admin.kominfo"
login op.dpmptsp "$PW" "$JO" && ok "login op.dpmptsp" || fail "login op.dpmptsp"
F25=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2025")

expect_status 200 GET "/spbe/penilaian/$F25.csv" -b "$JK"
expect_header content-type 'text/csv'
expect_header content-disposition 'attachment; filename="penilaian-spbe-2025-revisi-1.csv"'
check "CSV header" test "$(head -n 1 "$BODY" | tr -d '\r')" = \
    "indikator,level,nama_indikator,aspek,domain,bobot,nama_tingkat,unit_penanggung_jawab,penjelasan,jumlah_bukti"
check "CSV has 47 indicator rows" test "$(tail -n +2 "$BODY" | wc -l)" = 47
check "indicator 32 at 3 Transaksi, weight 2.75" grep -q '^32,3,Tingkat Kematangan Layanan Perencanaan,A7,D4,2.75,Transaksi,' "$BODY"
check "indicator 21 at 1 Rintisan" grep -q '^21,1,.*,A5,D3,1.50,Rintisan,' "$BODY"
# the first two columns are a CLI input: same index as the page
{ echo "indikator,level"; tail -n +2 "$BODY" | cut -d, -f1,2; } >"$WORK/levels.csv"
check "CLI on the export gives 2.35 Cukup" test "$("$PAMONG" spbe skor "$WORK/levels.csv" | tail -n 1)" = "Indeks SPBE 2.35 Cukup"

expect_status 200 GET "/spbe/penilaian/$F25.pdf" -b "$JK"
expect_header content-type 'application/pdf'
check "PDF magic" test "$(head -c 5 "$BODY")" = "%PDF-"
check "PDF has an end marker" grep -q '%%EOF' "$BODY"

expect_status 404 GET "/spbe/penilaian/$F25.xls" -b "$JK"
expect_status 404 GET "/spbe/penilaian/0$F25.csv" -b "$JK"
expect_status 403 GET "/spbe/penilaian/$F25.csv" -b "$JO"
expect_status 303 GET "/spbe/penilaian/$F25.pdf"

finish
