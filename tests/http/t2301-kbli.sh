#!/bin/sh
# t2301-kbli.sh: the KBLI search and lookup (issue 17, contract):
# GET /api/v1/kbli?q=TEXT&versi=2020|2025 → {"data": [{kode, judul, versi}]},
# code matches first; GET /api/v1/kbli/{kode}?versi=2020 → the entry with
# its parents, or 404; bad input answered in Indonesian; the guide page
# /perizinan searches the same list without JavaScript.
. "$(dirname "$0")/test-lib.sh"

start_server

expect_status 200 GET '/api/v1/kbli?q=jagung&versi=2020'
expect_header content-type 'application/json'
expect_json "j.data.length >= 1 && j.data[0].kode === '01111' && j.data[0].judul === 'Pertanian Jagung' && j.data[0].versi === '2020'" "$BODY"
expect_json "j.data.every(e => typeof e.kode === 'string' && typeof e.judul === 'string' && e.versi === '2020')" "$BODY"

# code matches first, then title matches, in code order
expect_status 200 GET '/api/v1/kbli?q=011'
expect_json "j.data[0].kode === '011' && j.data[1].kode === '0111' && j.data.slice(0, 4).every(e => e.kode.startsWith('011'))" "$BODY"
expect_status 200 GET '/api/v1/kbli?q=73'
expect_json "j.data[0].kode === '73' && j.data[0].judul === 'Periklanan dan Penelitian Pasar'" "$BODY"
# words: all of them, any case
expect_status 200 GET '/api/v1/kbli?q=PADI%20hibrida'
expect_json "j.data.length === 1 && j.data[0].kode === '01121'" "$BODY"
expect_status 200 GET '/api/v1/kbli?q=tidakadasamasekali'
expect_json "Array.isArray(j.data) && j.data.length === 0" "$BODY"
# KBLI 2025
expect_status 200 GET '/api/v1/kbli?q=jagung&versi=2025'
expect_json "j.data.length >= 1 && j.data[0].kode === '01111' && j.data[0].versi === '2025'" "$BODY"

# one entry with its parents
expect_status 200 GET '/api/v1/kbli/01111?versi=2020'
expect_json "j.kode === '01111' && j.judul === 'Pertanian Jagung' && j.versi === '2020'" "$BODY"
expect_json "j.induk.kategori.kode === 'A' && j.induk.golongan_pokok.kode === '01' && j.induk.golongan.kode === '011' && j.induk.subgolongan.kode === '0111'" "$BODY"
expect_json "j.induk.golongan_pokok.judul === 'Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI'" "$BODY"
expect_status 200 GET '/api/v1/kbli/47'
expect_json "j.induk.kategori.kode === 'G' && !('golongan' in j.induk)" "$BODY"
expect_status 200 GET '/api/v1/kbli/A'
expect_json "j.kode === 'A' && Object.keys(j.induk).length === 0" "$BODY"
# 2025: a parent the list does not hold is null
expect_status 200 GET '/api/v1/kbli/01121?versi=2025'
expect_json "j.induk.golongan.kode === '011' && j.induk.subgolongan === null" "$BODY"

# bad input: clear Indonesian, no crash
expect_status 404 GET '/api/v1/kbli/99999'
expect_json "j.galat.kode === 'tidak_ditemukan' && /tidak ditemukan/.test(j.galat.pesan)" "$BODY"
expect_status 404 GET '/api/v1/kbli/0111x'
expect_json "/tidak sah/.test(j.galat.pesan)" "$BODY"
expect_status 404 GET '/api/v1/kbli/1234567'
expect_status 400 GET '/api/v1/kbli?q=jagung&versi=2019'
expect_json "j.galat.kode === 'versi_tidak_sah' && /2020 atau 2025/.test(j.galat.pesan)" "$BODY"
expect_status 400 GET '/api/v1/kbli?q='
expect_json "j.galat.kode === 'q_tidak_sah'" "$BODY"
expect_status 400 GET '/api/v1/kbli'
expect_status 400 GET "/api/v1/kbli?q=$(printf 'a%.0s' $(seq 1 101))"
expect_status 400 GET '/api/v1/kbli?q=%ff'
expect_status 405 POST '/api/v1/kbli?q=jagung' -d x=1

# the guide page
expect_status 200 GET '/perizinan?q=jagung&versi=2020'
expect_contains 'Pertanian Jagung' "$BODY"
expect_contains '01111' "$BODY"
expect_status 200 GET '/perizinan?q=%3Cscript%3E'
expect_not_contains '<script>' "$BODY"
expect_contains '&lt;script&gt;' "$BODY"

finish
