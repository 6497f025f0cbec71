#!/bin/sh
# t1702-kinerja-data.sh: the open performance data after a journey:
# /data/kinerja.csv and /api/v1/kinerja carry the same figures with the
# columns of the data dictionary /data/kamus; unit and periode filter;
# bad parameters are 400 with an Indonesian galat; and no export holds
# the demo citizen's NIK, name, phone or e-mail, nor an application number.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/kinerja-lib.sh"

HEAD='periode,unit_kode,unit_nama,unit_jenis,layanan_kode,layanan_nama,jangka_waktu_hari,diterima,selesai,ditolak,dicabut,dalam_proses,median_hari_kerja,p90_hari_kerja,selesai_berstandar,selesai_tepat_waktu,tepat_waktu_persen,terlambat_kini,pengaduan_diterima,pengaduan_tepat_waktu,ikm,ikm_responden,dihitung_pada'

start_server
kinerja_journey

# --- CSV -----------------------------------------------------------------------
expect_status 200 GET "/data/kinerja.csv"
expect_header Content-Type '^text/csv; charset=utf-8'
check "CSV header" test "$(head -n 1 "$BODY" | tr -d '\r')" = "$HEAD"
check "CRLF line ends" test "$(head -n 1 "$BODY" | od -c | grep -c '\\r')" = 1
cp "$BODY" "$WORK/all.csv"
# the regency row first, then Kampung Dalam's total, then its service
check "regency row" sh -c "sed -n 2p '$WORK/all.csv' | grep -q '^$YEAR,,Kabupaten Siak,kabupaten,,,,3,1,1,0,1,0,0,1,1,100.0,1,0,0,,0,$YEAR-'"
check "unit row" sh -c "grep -q '^$YEAR,$KD,Kelurahan Kampung Dalam,kampung,,,,3,1,1,0,1,0,0,1,1,100.0,1,0,0,,0,' '$WORK/all.csv'"
check "service row" sh -c "grep -q '^$YEAR,$KD,Kelurahan Kampung Dalam,kampung,KPG-02,Surat Keterangan Domisili Penduduk,1,3,1,1,0,1,0,0,1,1,100.0,1,,,,0,' '$WORK/all.csv'"
check "every row has 23 fields" test "$(awk -F, '{print NF}' "$WORK/all.csv" | sort -u | tr -d '\r')" = 23
no_personal "$WORK/all.csv"
# filters
expect_status 200 GET "/data/kinerja.csv?unit=DISDUKCAPIL&periode=$YEAR"
check "a unit without applications: header and its empty row" test "$(wc -l <"$BODY")" = 2
expect_contains "DISDUKCAPIL,Dinas Kependudukan dan Pencatatan Sipil" "$BODY"
expect_status 200 GET "/data/kinerja.csv?unit=$KD&periode=$MONTH"
check "unit filter: only Kampung Dalam" test "$(tail -n +2 "$BODY" | grep -vc "^$MONTH,$KD,")" = 0
check "unit filter: total and service rows" test "$(tail -n +2 "$BODY" | wc -l)" = 2
expect_status 200 GET "/data/kinerja.csv?periode=2001"
check "empty year: only the regency row" test "$(wc -l <"$BODY")" = 2
expect_status 400 GET "/data/kinerja.csv?periode=2026-13"
expect_json 'j.galat.kode === "periode_tidak_sah" && /Parameter periode tidak sah/.test(j.galat.pesan)' "$BODY"
expect_status 400 GET "/data/kinerja.csv?unit=TIDAK-ADA"
expect_json 'j.galat.kode === "unit_tidak_dikenal" && /tidak ada unit dengan kode itu/.test(j.galat.pesan)' "$BODY"

# --- JSON ----------------------------------------------------------------------
expect_status 200 GET "/api/v1/kinerja"
expect_header Content-Type '^application/json'
cp "$BODY" "$WORK/all.json"
expect_json "j.periode === '$YEAR' && j.unit === null && j.kamus === '/data/kamus' && j.pengaduan_tersedia === true" "$BODY"
expect_json 'j.total.diterima === 3 && j.total.selesai === 1 && j.total.ditolak === 1 && j.total.dalam_proses === 1 && j.total.terlambat_kini === 1' "$BODY"
expect_json 'j.total.tepat_waktu_persen === 100 && j.total.median_hari_kerja === 0 && j.total.ikm === null' "$BODY"
expect_json "j.data.length === 2 && j.data[0].unit_kode === '$KD' && j.data[0].layanan_kode === null && j.data[1].layanan_kode === 'KPG-02'" "$BODY"
expect_json 'j.data[1].jangka_waktu_hari === 1 && j.data[1].pengaduan_diterima === null && j.data[0].pengaduan_diterima === 0' "$BODY"
expect_json '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/.test(j.dihitung_pada)' "$BODY"
# the same columns as the CSV (periode and dihitung_pada at the top)
cols=$(echo "$HEAD" | tr ',' '\n' | grep -v -e '^periode$' -e '^dihitung_pada$' | tr '\n' ',' | sed 's/,$//')
expect_json "Object.keys(j.data[1]).join() === '$cols'" "$BODY"
# the same figures as the CSV, column by column
check "JSON and CSV agree" node -e '
const fs = require("fs");
const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const lines = fs.readFileSync(process.argv[2], "utf8").trim().split("\r\n");
const head = lines[0].split(",");
const rows = lines.slice(2).map(l => l.split(","));
if (rows.length !== j.data.length) process.exit(1);
rows.forEach((r, i) => head.forEach((h, k) => {
	if (h === "periode" || h === "dihitung_pada") return;
	const v = j.data[i][h];
	const want = v === null ? "" : typeof v === "number" && h === "tepat_waktu_persen" ? v.toFixed(1) : String(v);
	if (r[k] !== want) { console.error(h, r[k], want); process.exit(1); }
}));' "$WORK/all.json" "$WORK/all.csv"
no_personal "$WORK/all.json"
expect_status 200 GET "/api/v1/kinerja?unit=$KD&periode=$MONTH"
expect_json "j.unit === '$KD' && j.periode === '$MONTH' && j.total === null && j.data.every(d => d.unit_kode === '$KD')" "$BODY"
expect_json 'j.data[0].diterima === 3' "$BODY"
expect_status 200 GET "/api/v1/kinerja?periode=2001-01"
expect_json 'j.data.length === 0 && j.total.diterima === 0 && j.total.median_hari_kerja === null && j.total.tepat_waktu_persen === null' "$BODY"
for p in "periode=2026-13" "periode=202" "periode=2101" "periode=2026-1x" "periode=2026-03-01"; do
	expect_status 400 GET "/api/v1/kinerja?$p"
	expect_json 'j.galat.kode === "periode_tidak_sah" && /YYYY-MM/.test(j.galat.pesan)' "$BODY"
done
expect_status 400 GET "/api/v1/kinerja?unit=XYZ"
expect_json 'j.galat.kode === "unit_tidak_dikenal"' "$BODY"

# --- the data dictionary --------------------------------------------------------
expect_status 200 GET /data/kamus
for c in $(echo "$HEAD" | tr ',' ' '); do
	expect_contains "<tr id=\"k-$c\"><th scope=\"row\"><code>$c</code>" "$BODY"
done
expect_contains "peringkat terdekat" "$BODY"
expect_contains "tidak memuat data pribadi" "$BODY"
finish
