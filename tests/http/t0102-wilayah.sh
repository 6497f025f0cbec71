#!/bin/sh
# t0102-wilayah.sh: the region pages GET /wilayah and /wilayah/<kode>.
. "$(dirname "$0")/test-lib.sh"

start_server

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

expect_status 200 GET /wilayah
expect_contains '<h1>Wilayah Kabupaten Siak</h1>' "$BODY"
expect_contains '14 kecamatan' "$BODY"
expect_contains '131 kampung dan kelurahan' "$BODY"
expect_eq "kecamatan links" \
    "$(grep -o 'href="/wilayah/14\.08\.[0-9][0-9]"' "$BODY" | sort -u | wc -l | tr -d ' ')" 14
expect_contains 'href="/wilayah/14.08.01">Kecamatan Siak</a>' "$BODY"
expect_contains 'href="/wilayah/14.08.10">Kecamatan Kandis</a>' "$BODY"

# a kecamatan lists its kampung/kelurahan
expect_status 200 GET /wilayah/14.08.01
expect_contains '<h1>Kecamatan Siak</h1>' "$BODY"
expect_contains '8 kampung dan kelurahan' "$BODY"
expect_contains 'href="/wilayah/14.08.01.1001">Kelurahan Kampung Dalam</a>' "$BODY"
expect_contains 'href="/wilayah/14.08.01.2003">Kampung Langkai</a>' "$BODY"
expect_contains 'href="/layanan?unit=14.08.01"' "$BODY"

# a kampung lists what its residents can use, by office
expect_status 200 GET /wilayah/14.08.01.1001
expect_contains 'Kampung Dalam</h1>' "$BODY"
expect_contains '44 layanan tersedia' "$BODY"
expect_contains 'href="/wilayah/14.08.01">Kecamatan Siak</a>' "$BODY"
expect_contains 'Di kantor lurah Kelurahan Kampung Dalam (13)' "$BODY"
expect_contains 'Di kantor camat Kecamatan Siak (4)' "$BODY"
expect_contains 'Di perangkat daerah Kabupaten Siak (27)' "$BODY"
expect_contains 'href="/layanan/KPG-02"' "$BODY"
expect_contains 'href="/layanan/DUK-01"' "$BODY"
expect_status 200 GET /wilayah/14.08.01.2003
expect_contains 'Di kantor penghulu Kampung Langkai (13)' "$BODY"

# the kabupaten is the index; other codes are not found
expect_status 303 GET /wilayah/14.08
expect_header location '/wilayah$'
expect_status 404 GET /wilayah/14.08.99
expect_contains 'Wilayah yang Anda cari tidak ditemukan' "$BODY"
expect_status 404 GET /wilayah/14.09.01
expect_status 404 GET /wilayah/bukan-kode
expect_status 404 GET '/wilayah/%3Cscript%3E'
expect_not_contains '<script>' "$BODY"

finish
