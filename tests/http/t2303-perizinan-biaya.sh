#!/bin/sh
# t2303-perizinan-biaya.sh: the permit types as data and the public fee
# calculator (issue 17): GET /api/v1/perizinan/jenis lists every seeded
# type with its steps and deadlines; GET /api/v1/perizinan/biaya computes
# the reklame retribution (area × zone rate × days); /perizinan shows the
# types and the calculator without JavaScript; bad input refused.
. "$(dirname "$0")/test-lib.sh"

start_server

expect_status 200 GET /api/v1/perizinan/jenis
expect_json "['reklame','pbg','sip-bidan','sip-perawat','sip-dokter','sip-apoteker','izin-penelitian','verifikasi-ss'].every(k => j.data.some(t => t.kode === k))" "$BODY"
expect_json "j.data.every(t => t.langkah.some(s => s.kode === 'kelengkapan') && t.langkah.some(s => s.kode === 'keputusan'))" "$BODY"
expect_json "j.data.every(t => t.batas_hari_kerja >= t.langkah.reduce((a, s) => a + s.hari_kerja, 0))" "$BODY"
expect_json "j.data.find(t => t.kode === 'pbg').isian.some(f => f.kode === 'simbg')" "$BODY"
expect_json "j.data.find(t => t.kode === 'verifikasi-ss').isian.map(f => f.kode).join() === 'nib,oss'" "$BODY"

expect_status 200 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=4,5&zona=A&hari=30'
expect_json "j.rupiah === 337500 && j.jenis === 'reklame'" "$BODY"
expect_status 200 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=2&zona=C&hari=1'
expect_json "j.rupiah === 2000" "$BODY"
expect_status 400 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=2&zona=Z&hari=1'
expect_json "j.galat.kode === 'masukan_tidak_sah'" "$BODY"
expect_status 400 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=-2&zona=A&hari=1'
expect_status 400 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=2&zona=A&hari=99999'
expect_status 400 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=abc&zona=A&hari=1'
expect_status 400 GET '/api/v1/perizinan/biaya?jenis=pbg&luas=2&zona=A&hari=1'
expect_json "j.galat.kode === 'tanpa_rumus'" "$BODY"
expect_status 400 GET '/api/v1/perizinan/biaya?jenis=tidak-ada'
expect_json "j.galat.kode === 'jenis_tidak_sah'" "$BODY"

expect_status 200 GET '/perizinan'
expect_contains 'Persetujuan Bangunan Gedung (PBG)' "$BODY"
expect_contains 'Surat Izin Praktik Bidan' "$BODY"
expect_contains 'hari kerja' "$BODY"
expect_contains 'oss.go.id' "$BODY"
expect_contains 'href="/layanan/PTSP-06/ajukan"' "$BODY"
expect_status 200 GET '/perizinan?jenis=reklame&luas=4%2C5&zona=A&hari=30'
expect_contains 'Rp337.500' "$BODY"
expect_status 200 GET '/perizinan?jenis=reklame&luas=x&zona=A&hari=30'
expect_contains 'Masukan tidak sah' "$BODY"

finish
