#!/bin/sh
# t1958-standar-kontak.sh: a service page says who sets its standard and
# what is known of its last review (issue 19 item 16), in plain words
# instead of "Nilai lazim; belum dikonfirmasi", and shows the contact and
# opening hours of the office that serves the visitor: the OPD's for a
# kabupaten service, the chosen (or signed-up) kampung's or its
# kecamatan's for a kampung or kecamatan service; a missing record is
# said plainly.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server

for k in KPG-02 KEC-01 DUK-01 PTSP-01; do
	expect_status 200 GET "/layanan/$k"
	expect_not_contains 'Nilai lazim' "$BODY"
	expect_not_contains 'belum dikonfirmasi oleh Standar' "$BODY"
	expect_not_contains 'typical' "$BODY"
	expect_contains '<dt>Penetap Standar Pelayanan</dt>' "$BODY"
	expect_contains 'Tanggal penetapan dan peninjauan terakhir standar ini belum tercatat di Pamong. Data layanan ini terakhir diubah di Pamong pada ' "$BODY"
	expect_contains 'Kontak dan Jam Layanan' "$BODY"
done
expect_status 200 GET /layanan/DUK-01
expect_contains '<dd>Kepala Dinas Kependudukan dan Pencatatan Sipil' "$BODY"
expect_contains 'sesuai Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik' "$BODY"
expect_contains 'href="tel:+6276420103"' "$BODY"
expect_status 200 GET /layanan/KEC-01
expect_contains '<dd>Camat, untuk kantor camat masing-masing' "$BODY"
expect_contains 'diberikan oleh kantor camat tempat Anda tinggal' "$BODY"
expect_status 200 GET /layanan/KPG-02
expect_contains '<dd>Penghulu kampung atau lurah, untuk kantornya masing-masing' "$BODY"
expect_contains 'Belum ada standar pelayanan Kabupaten Siak yang tercatat untuk layanan ini.' "$BODY"

# a kampung chosen: its office (demo contact of Kampung Dalam), its kecamatan's
expect_status 200 GET '/layanan/KPG-02?kampung=14.08.01.1001'
expect_contains 'href="tel:+6276420101"' "$BODY"
expect_contains 'Hari ini:' "$BODY"
expect_status 200 GET '/layanan/KEC-01?kampung=14.08.01.1001'
expect_contains 'class="kontak"' "$BODY"
expect_contains 'Kecamatan Siak' "$BODY"
# a kampung without a contact, or nonsense: said plainly, no crash
K=$(sql "SELECT code FROM wilayah WHERE level = 'desa' AND code LIKE '14.08.%' AND code NOT LIKE '14.08.01.%' ORDER BY code LIMIT 1")
expect_status 200 GET "/layanan/KPG-02?kampung=$K"
expect_contains 'belum tercatat di Pamong.' "$BODY"
expect_not_contains 'class="kontak"' "$BODY"
expect_status 200 GET '/layanan/KPG-02?kampung=%3Cscript%3E'
expect_contains 'tempat Anda tinggal' "$BODY"
expect_not_contains '<script>' "$BODY"

# signed in, the kampung named at sign-up
J=$WORK/jar
login warga.demo "$PW" "$J" || fail "login warga.demo"
sql "UPDATE account SET kampung_code = '14.08.01.1001' WHERE username = 'warga.demo'"
expect_status 200 GET /layanan/KPG-02 -b "$J"
expect_contains 'href="tel:+6276420101"' "$BODY"

finish
