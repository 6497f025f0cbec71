#!/bin/sh
# t2106-antrian-struk.sh: the 80 mm receipt of a ticket (issue 16):
# a valid PDF (qpdf), 80 x 110 mm, with the number, the service, the
# people ahead, and a QR that decodes (zbarimg) to the ticket's follow URL.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
K=$(kios_token)
ambil "$K" DUK-01 >/dev/null
expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" \
    -d '{"lokasi":"MPP-SIAK","layanan":"DUK-01","prioritas":true}'
KODE=$(jfield kode <"$BODY")
PDF=$WORK/struk.pdf
expect_status 200 GET /antrian/tiket/$KODE/struk
cp "$BODY" "$PDF"
expect_header content-type '^[^:]*: *application/pdf'
expect_header content-disposition 'antrean-A-002\.pdf'
check "qpdf --check" sh -c "qpdf --check \"$PDF\" >/dev/null"
expect_eq "page size 80 x 110 mm" "$(pdfinfo "$PDF" | sed -n 's/^Page size: *//p')" "226.77 x 311.81 pts"
expect_eq "one page" "$(pdfinfo "$PDF" | sed -n 's/^Pages: *//p')" 1
pdftotext -layout "$PDF" "$WORK/struk.txt"
expect_contains 'A-002' "$WORK/struk.txt"
expect_contains 'Mal Pelayanan Publik Kabupaten Siak' "$WORK/struk.txt"
expect_contains 'Di depan Anda: 1 orang (prioritas)' "$WORK/struk.txt"
expect_contains 'Penerbitan Kartu Keluarga' "$WORK/struk.txt"
expect_contains "$KODE" "$WORK/struk.txt"
pdftoppm -r 200 -png "$PDF" "$WORK/struk"
expect_eq "QR decodes to the follow URL" \
    "$(zbarimg -q --raw "$WORK"/struk*.png 2>/dev/null | head -n 1)" "$BASE/antrian/tiket/$KODE"
# the follow page links to it; an unknown ticket has none
expect_status 200 GET /antrian/tiket/$KODE
expect_contains "href=\"/antrian/tiket/$KODE/struk\"" "$BODY"
expect_status 404 GET /antrian/tiket/ZZZZZZZZZZZZ/struk
finish
