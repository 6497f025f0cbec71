#!/bin/sh
# t0103-api-catalog.sh: GET /api/v1/layanan[/kode] and /api/v1/wilayah shapes.
. "$(dirname "$0")/test-lib.sh"

start_server

# --- list ---
expect_status 200 GET /api/v1/layanan
expect_header content-type '^[^:]*: *application/json'
expect_json 'Array.isArray(j.data) && j.data.length === 44' "$BODY"
expect_json 'j.data.every(x => Object.keys(x).sort().join() === "biaya_rp,jangka_waktu_hari,kode,nama,persyaratan,produk,tingkat,unit")' "$BODY"
expect_json 'j.data.every(x => typeof x.kode === "string" && typeof x.nama === "string" && typeof x.produk === "string" && Number.isInteger(x.jangka_waktu_hari) && Array.isArray(x.persyaratan) && x.persyaratan.length > 0 && ["kabupaten", "kecamatan", "kampung"].includes(x.tingkat))' "$BODY"
# unit: OPD code for kabupaten services, null below
expect_json 'j.data.every(x => (x.tingkat === "kabupaten") === (typeof x.unit === "string"))' "$BODY"
expect_json 'j.data.every(x => x.tingkat === "kabupaten" || x.unit === null)' "$BODY"
# biaya_rp: integer, or null for retribusi
expect_json 'j.data.find(x => x.kode === "PTSP-02").biaya_rp === null' "$BODY"
expect_json 'j.data.find(x => x.kode === "KPG-02").biaya_rp === 0' "$BODY"
expect_json 'j.data.find(x => x.kode === "DUK-01").unit === "DISDUKCAPIL"' "$BODY"

expect_status 200 GET '/api/v1/layanan?q=domisili'
expect_json 'j.data.map(x => x.kode).sort().join() === "KPG-02,KPG-03"' "$BODY"
expect_json 'j.data.find(x => x.kode === "KPG-02").persyaratan[0] === "KTP-el"' "$BODY"
expect_status 200 GET '/api/v1/layanan?tingkat=kecamatan'
expect_json 'j.data.length === 4 && j.data.every(x => x.tingkat === "kecamatan")' "$BODY"
expect_status 200 GET '/api/v1/layanan?unit=DISDUKCAPIL'
expect_json 'j.data.length === 10 && j.data.every(x => x.unit === "DISDUKCAPIL")' "$BODY"
expect_status 200 GET '/api/v1/layanan?unit=14.08.01.1001&q=domisili'
expect_json 'j.data.length === 2' "$BODY"
expect_status 200 GET '/api/v1/layanan?q=%22+OR+*'
expect_json 'Array.isArray(j.data)' "$BODY"
expect_status 400 GET '/api/v1/layanan?tingkat=provinsi'
expect_json 'j.galat.kode === "filter_tidak_sah" && j.galat.pesan.length > 0' "$BODY"
expect_status 400 GET '/api/v1/layanan?unit=TIDAKADA'
expect_json 'j.galat.kode === "filter_tidak_sah"' "$BODY"

# --- one service ---
expect_status 200 GET /api/v1/layanan/PTSP-02
expect_json 'j.kode === "PTSP-02" && j.tingkat === "kabupaten" && j.unit === "DPMPTSP"' "$BODY"
expect_json 'j.biaya_rp === null && j.jangka_waktu_hari === 30' "$BODY"
expect_json '["prosedur", "pengaduan", "dasar_hukum", "produk"].every(k => typeof j[k] === "string" && j[k].length > 0)' "$BODY"
expect_json 'Array.isArray(j.persyaratan) && j.persyaratan.length === 6' "$BODY"
expect_json 'typeof j.sumber.keterangan === "string" && Array.isArray(j.sumber.tautan) && j.sumber.tautan.length === 2 && j.sumber.tautan[0].startsWith("https://")' "$BODY"
expect_json 'j.penyedia.jenis === "opd" && j.penyedia.kode === "DPMPTSP" && j.penyedia.nama.includes("Pelayanan Terpadu Satu Pintu")' "$BODY"
expect_status 200 GET /api/v1/layanan/KPG-02
expect_json 'j.unit === null && j.penyedia.jenis === "kampung" && j.penyedia.kode === null' "$BODY"
expect_json 'j.biaya_rp === 0 && j.sumber.tautan.length === 0' "$BODY"
expect_status 404 GET /api/v1/layanan/TIDAK-ADA
expect_header content-type '^[^:]*: *application/json'
expect_json 'j.galat.kode === "tidak_ditemukan"' "$BODY"

# --- regions ---
expect_status 200 GET /api/v1/wilayah
expect_json 'j.data.length === 1 && j.data[0].kode === "14.08" && j.data[0].nama === "Kabupaten Siak" && j.data[0].tingkat === "kabupaten"' "$BODY"
expect_status 200 GET '/api/v1/wilayah?induk=14.08'
expect_json 'j.data.length === 14 && j.data.every(x => x.tingkat === "kecamatan")' "$BODY"
expect_json 'j.data.every(x => Object.keys(x).sort().join() === "kode,nama,tingkat")' "$BODY"
expect_json 'j.data[0].kode === "14.08.01" && j.data[0].nama === "Siak"' "$BODY"
expect_status 200 GET '/api/v1/wilayah?induk=14.08.01'
expect_json 'j.data.length === 8' "$BODY"
expect_json 'j.data.find(x => x.kode === "14.08.01.1001").nama === "Kampung Dalam"' "$BODY"
expect_json 'j.data.find(x => x.kode === "14.08.01.1001").tingkat === "kelurahan"' "$BODY"
expect_json 'j.data.find(x => x.kode === "14.08.01.2003").tingkat === "kampung"' "$BODY"
expect_status 200 GET '/api/v1/wilayah?induk=14.08.01.1001'
expect_json 'Array.isArray(j.data) && j.data.length === 0' "$BODY"
expect_status 404 GET '/api/v1/wilayah?induk=14.09'
expect_json 'j.galat.kode === "tidak_ditemukan"' "$BODY"
expect_status 400 GET '/api/v1/wilayah?induk=bukan'
expect_json 'j.galat.kode === "induk_tidak_sah"' "$BODY"
expect_status 400 GET '/api/v1/wilayah?induk='
expect_status 400 GET '/api/v1/wilayah?induk=14.08.01.1001.9'

finish
