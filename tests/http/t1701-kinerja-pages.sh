#!/bin/sh
# t1701-kinerja-pages.sh: the public performance pages after a journey:
# /kinerja ranks Kampung Dalam with its figures, sorting by a query
# parameter, the unit page has accessible SVG trend charts each with a
# data table and a row per service; bad parameters are refused in
# Indonesian; no personal data on the public pages.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/kinerja-lib.sh"

start_server
expect_status 200 GET /kinerja
expect_contains "Belum ada permohonan dalam periode ini." "$BODY"
kinerja_journey

# --- the ranking -------------------------------------------------------------
expect_status 200 GET /kinerja
expect_contains "Kinerja Pelayanan Publik Kabupaten Siak" "$BODY"
expect_contains "<a href=\"/kinerja/$KD?periode=$YEAR\">Kelurahan Kampung Dalam</a>" "$BODY"
expect_contains "aria-sort=\"descending\">Tepat waktu" "$BODY"
# Kampung Dalam's row: 3 received, 1 completed, 100 % on time, median 0,
# p90 0, 1 in progress, 1 rejected, 0 withdrawn, 1 overdue, no IKM yet
row=$(tr -d '\n' <"$BODY" | grep -o "Kelurahan Kampung Dalam</a></th>.*" | sed 's|</tr>.*||')
check "ranking row has the journey's figures" test "$(printf '%s' "$row" | sed 's/<[^>]*>/|/g; s/||*/|/g')" = "Kelurahan Kampung Dalam|3|1|100,0 %|0|0|1|1|0|1|–|"
expect_contains "<strong>0</strong> pengaduan diterima (0 dijawab unit dalam batas waktu)" "$BODY"
no_personal "$BODY"
expect_status 200 GET "/kinerja?urut=median&periode=$YEAR"
expect_contains "aria-sort=\"ascending\">Median (hari kerja)" "$BODY"
expect_contains "href=\"/kinerja?periode=$YEAR&amp;urut=tepat\"" "$BODY"
expect_status 200 GET "/kinerja?urut=terlambat&periode=$MONTH"
expect_contains "Kampung Dalam" "$BODY"
# a year without applications
expect_status 200 GET "/kinerja?periode=2001"
expect_contains "Belum ada permohonan dalam periode ini." "$BODY"

# --- bad parameters ----------------------------------------------------------
for p in "periode=2026-13" "periode=26" "periode=1999" "periode=2026-3" "periode=abcd"; do
	expect_status 400 GET "/kinerja?$p"
	expect_contains "Parameter periode tidak sah" "$BODY"
done
expect_status 400 GET "/kinerja?urut=acak"
expect_contains "Parameter urut tidak sah" "$BODY"
expect_status 400 GET "/kinerja/$KD?periode=2026-00"
expect_status 404 GET /kinerja/TIDAK-ADA
expect_contains "Unit dengan kode itu tidak ditemukan." "$BODY"

# --- the unit page -------------------------------------------------------------
expect_status 200 GET "/kinerja/$KD?periode=$YEAR"
expect_contains "<h1>Kinerja Kelurahan Kampung Dalam</h1>" "$BODY"
check "three charts" test "$(grep -o '<svg viewBox' "$BODY" | wc -l)" = 3
check "each chart has role img, title and desc" test "$(grep -o 'role="img" aria-labelledby="g-[a-z]*-t g-[a-z]*-d"' "$BODY" | wc -l)" = 3
check "each chart is a captioned figure" test "$(grep -o '<figcaption id="g-[a-z]*-cap">' "$BODY" | wc -l)" = 3
check "each chart has its data table" test "$(grep -o '<caption id="g-[a-z]*-tc">' "$BODY" | wc -l)" = 3
expect_contains '<title id="g-jumlah-t">Permohonan diterima dan selesai per bulan, Kelurahan Kampung Dalam' "$BODY"
expect_contains "Jumlah setahun: diterima 3, selesai 1." "$BODY"
# this month's row of the first table: 3 received, 1 completed
m=$(TZ=Asia/Jakarta date +%m)
bulan=$(echo "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember" | cut -d' ' -f$((1${m} - 100)))
tbl=$(tr -d '\n' <"$BODY" | grep -o '<caption id="g-jumlah-tc">.*' | sed 's|</table>.*||')
check "table row of $bulan" sh -c "printf '%s' '$tbl' | grep -q '<th scope=\"row\">$bulan</th><td>3</td><td>1</td>'"
expect_contains '<a href="/layanan/KPG-02">Surat Keterangan Domisili Penduduk</a>' "$BODY"
expect_contains "(KPG-02, 1 hari kerja)" "$BODY"
no_personal "$BODY"
# a unit without applications still has a page
expect_status 200 GET "/kinerja/DISDUKCAPIL?periode=$YEAR"
expect_contains "Belum ada permohonan layanan unit ini dalam periode ini." "$BODY"
expect_status 200 GET "/kinerja/$KD?periode=$MONTH"
expect_contains "permohonan diterima" "$BODY"
finish
