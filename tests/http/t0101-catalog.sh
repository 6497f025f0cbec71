#!/bin/sh
# t0101-catalog.sh: the public catalog pages GET /layanan and /layanan/<kode>.
. "$(dirname "$0")/test-lib.sh"

start_server

# nlinks: how many service links the last page lists.
nlinks() {
	grep -o 'href="/layanan/[A-Z][A-Z0-9-]*"' "$BODY" | wc -l | tr -d ' '
}

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

# --- the whole catalog ---
expect_status 200 GET /layanan
expect_contains '44 layanan ditemukan' "$BODY"
expect_eq "service links on /layanan" "$(nlinks)" 44
# filters are labelled selects
expect_contains '<label for="f-tingkat">' "$BODY"
expect_contains '<select id="f-tingkat" name="tingkat">' "$BODY"
expect_contains '<label for="f-unit">' "$BODY"
expect_contains '<select id="f-unit" name="unit">' "$BODY"
expect_contains '<label for="f-kampung">' "$BODY"
expect_contains '<option value="DISDUKCAPIL">' "$BODY"
expect_contains '<option value="14.08.01.1001">' "$BODY"
expect_contains '<optgroup label="Kecamatan Siak">' "$BODY"
# fees: free, rupiah-free and retribusi
expect_contains 'Biaya: Gratis' "$BODY"
expect_contains 'Biaya: Retribusi sesuai Perda' "$BODY"
expect_contains '1 hari kerja' "$BODY"

# --- search ---
expect_status 200 GET '/layanan?q=domisili'
expect_contains '2 layanan ditemukan' "$BODY"
expect_contains 'href="/layanan/KPG-02"' "$BODY"
expect_contains 'href="/layanan/KPG-03"' "$BODY"
expect_contains 'value="domisili"' "$BODY"
expect_status 200 GET '/layanan?q=DOMIS'
expect_contains '2 layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?q=domisili+usaha'
expect_contains '1 layanan ditemukan' "$BODY"
expect_contains 'href="/layanan/KPG-03"' "$BODY"
expect_status 200 GET '/layanan?q=tidakadalayananini'
expect_contains '0 layanan ditemukan' "$BODY"
expect_contains 'Tidak ada layanan yang cocok' "$BODY"
# FTS syntax and SQL from a user are only words; markup is escaped
expect_status 200 GET '/layanan?q=%22+OR+name%3Ax*+NEAR(+%5E'
expect_contains 'layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?q=%27%29%3B+DROP+TABLE+layanan%3B+--'
expect_contains '0 layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?q=%25'
expect_contains '0 layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'
expect_not_contains '<script>alert(1)' "$BODY"
expect_contains '&lt;script&gt;' "$BODY"
expect_eq "layanan rows intact" "$(sql 'SELECT count(*) FROM layanan')" 44

# --- filters ---
expect_status 200 GET '/layanan?tingkat=kampung'
expect_contains '13 layanan ditemukan' "$BODY"
expect_contains '<option value="kampung" selected>' "$BODY"
expect_status 200 GET '/layanan?tingkat=kecamatan'
expect_contains '4 layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?tingkat=kabupaten'
expect_contains '27 layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?unit=DISDUKCAPIL'
expect_contains '10 layanan ditemukan' "$BODY"
expect_contains '<option value="DISDUKCAPIL" selected>' "$BODY"
expect_status 200 GET '/layanan?unit=14.08.01'
expect_contains '4 layanan ditemukan' "$BODY"
expect_contains '<option value="14.08.01" selected>Kecamatan Siak' "$BODY"
expect_status 200 GET '/layanan?kampung=14.08.01.1001'
expect_contains '44 layanan ditemukan' "$BODY"
expect_contains 'Kelurahan Kampung Dalam' "$BODY"
expect_status 200 GET '/layanan?kampung=14.08.01.1001&tingkat=kecamatan'
expect_contains '4 layanan ditemukan' "$BODY"
expect_contains 'Kecamatan Siak</p>' "$BODY"
expect_status 200 GET '/layanan?q=akta&unit=DISDUKCAPIL'
expect_contains 'href="/layanan/DUK-04"' "$BODY"
expect_not_contains 'href="/layanan/KPG-' "$BODY"

# --- unknown filter values: an Indonesian notice, the rest still works ---
expect_status 200 GET '/layanan?tingkat=provinsi'
expect_contains 'Tingkat layanan yang dipilih tidak dikenal' "$BODY"
expect_contains 'Isian tersebut diabaikan' "$BODY"
expect_contains '44 layanan ditemukan' "$BODY"
expect_status 200 GET '/layanan?unit=TIDAKADA'
expect_contains 'Perangkat daerah atau unit yang dipilih tidak dikenal' "$BODY"
expect_status 200 GET '/layanan?kampung=14.08.01&q=domisili'
expect_contains 'Kampung/kelurahan yang dipilih tidak dikenal' "$BODY"
expect_contains '2 layanan ditemukan' "$BODY"
expect_status 200 GET "/layanan?q=$(printf 'a%.0s' $(seq 1 101))"
expect_contains 'Kata kunci pencarian paling banyak 100 karakter' "$BODY"
expect_status 200 GET '/layanan?tingkat=x&unit=y&kampung=z&q=domisili'
expect_contains '2 layanan ditemukan' "$BODY"

# --- one service: the full Standar Pelayanan ---
expect_status 200 GET /layanan/KPG-02
expect_contains '<h1>Surat Keterangan Domisili Penduduk</h1>' "$BODY"
expect_contains '<dl class="standar">' "$BODY"
for dt in Penyelenggara Persyaratan 'Sistem, Mekanisme, dan Prosedur' \
    'Jangka Waktu Penyelesaian' 'Biaya/Tarif' 'Produk Pelayanan' \
    'Penanganan Pengaduan, Saran, dan Masukan' 'Dasar Hukum' \
    'Sumber Jangka Waktu dan Biaya'; do
	expect_contains "<dt>$dt</dt>" "$BODY"
done
expect_contains '<li>KTP-el</li>' "$BODY"
expect_contains '<li>Surat pernyataan tinggal (bagi pendatang/menumpang)</li>' "$BODY"
expect_contains 'Gratis' "$BODY"
expect_contains 'UU 6/2014' "$BODY"
expect_not_contains 'href="/admin/layanan/KPG-02"' "$BODY"

expect_status 200 GET /layanan/PTSP-02
expect_contains 'Retribusi sesuai Perda' "$BODY"
expect_contains 'href="/layanan?unit=DPMPTSP"' "$BODY"
expect_contains 'href="https://sippn.menpan.go.id/' "$BODY"
expect_contains '30 hari kerja' "$BODY"

expect_status 404 GET /layanan/TIDAK-ADA
expect_contains 'Layanan yang Anda cari tidak ditemukan' "$BODY"
expect_contains '<html lang="id">' "$BODY"
expect_status 404 GET '/layanan/%3Cb%3E'
expect_not_contains '<b>' "$BODY"
expect_status 405 POST /layanan -d x=1

# --- Beranda shows live counts ---
expect_status 200 GET /
expect_contains '<strong>44</strong> layanan' "$BODY"
expect_contains '<strong>14</strong> kecamatan' "$BODY"
expect_contains '<strong>122</strong> kampung dan <strong>9</strong> kelurahan' "$BODY"
expect_contains 'href="/wilayah"' "$BODY"

finish
