#!/bin/sh
# t2502-sakip-publik.sh: the public SAKIP pages and open data (issue 22)
# on the demo plans (data/sakip-demo.csv): the cascade from the RPJMD to
# the OPDs' indicators on /sakip, one unit's quarters with the capaian
# rules (cumulative sums, nilai akhir, negative polarity), the SVG chart
# beside the table, CSV/JSON without personal data; only verified
# realisations count.
. "$(dirname "$0")/test-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

start_server

expect_eq "demo indicators seeded" "$(sql "SELECT count(*) FROM sakip_indikator")" 12
expect_eq "seed audited once" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.demo'")" 1
expect_eq "RPJMD has no unit, plans are demo" \
    "$(sql "SELECT count(*) FROM sakip_rencana WHERE jenis = 'rpjmd' AND unit_id IS NULL AND demo = 1")" 1

expect_status 200 GET /sakip
expect_contains "Kinerja Pemerintah Daerah (SAKIP)" "$BODY"
expect_contains "Tujuan: Menurunkan kemiskinan" "$BODY"
expect_contains 'href="/sakip/unit/DINSOSP3A#DINSOSP3A-1"' "$BODY"
expect_contains 'href="/data/sakip.csv?tahun=2026"' "$BODY"
# RPJMD-3.1 poverty, negative, latest quarter TW3: T 5.35 R 5.08 ->
# (10.70 - 5.08) / 5.35 = 105.05
expect_contains "Persentase penduduk miskin</a> <span class=\"sakip-unit\">(Dinas Sosial" "$BODY"
expect_contains "capaian s.d. triwulan 3 <b>105,05 %</b>" "$BODY"
expect_contains 'href="/sakip/unit/DPMPTSP?tahun=2026"' "$BODY"
expect_status 200 GET /
expect_contains 'href="/sakip"' "$BODY"

expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains "Kinerja Dinas Penanaman Modal" "$BODY"
expect_contains '<svg class="sakip-grafik" role="img" aria-labelledby="g-capaian"' "$BODY"
expect_contains 'aria-describedby="g-capaian"' "$BODY"
# DPMPTSP-2 cumulative positive: targets 300 each, 280+330+310 = 920
# of 900 after TW3 -> 102.22; after TW1 280/300 = 93.33
expect_contains "<tr><th scope=\"row\">DPMPTSP-2</th><td>Jumlah izin yang diterbitkan</td><td>102,22</td></tr>" "$BODY"
expect_contains "<tr><th scope=\"row\">Triwulan 1</th><td>300</td><td>280</td><td>93,33</td></tr>" "$BODY"
# DPMPTSP-3 nilai akhir with TW3 not reported: TW2 86 of 85
expect_contains "<tr><th scope=\"row\">DPMPTSP-3</th><td>Persentase pengaduan selesai dalam 10 hari kerja</td><td>101,18</td></tr>" "$BODY"
expect_contains "<tr><th scope=\"row\">Triwulan 3</th><td>88</td><td>–</td><td>–</td></tr>" "$BODY"
expect_contains "Kepala Bidang Pelayanan Perizinan" "$BODY"
expect_status 404 GET /sakip/unit/TIDAKADA
expect_status 404 GET "/sakip/unit/DPMPTSP?tahun=1999"
expect_status 404 GET "/sakip?tahun=abcd"

# an unverified realisation does not count in public
sql "UPDATE sakip_realisasi SET status = 'diajukan' WHERE triwulan = 3 AND indikator_id = (SELECT id FROM sakip_indikator WHERE kode = 'DPMPTSP-2')" >/dev/null
# (another URL: the direct SQL change does not empty the page cache)
expect_status 200 GET "/sakip/unit/DPMPTSP?tahun=2026"
# now 610 of 600 after TW2 -> 101.67
expect_contains "<td>Jumlah izin yang diterbitkan</td><td>101,67</td>" "$BODY"

expect_status 200 GET /data/sakip.csv
expect_header Content-Type 'text/csv'
expect_contains "tahun,unit_kode,unit_nama,rpjmd,indikator_kode,indikator,induk_kode,satuan,polaritas,kumulatif,triwulan,target,realisasi,capaian_persen" "$BODY"
expect_contains "2026,DINSOSP3A,\"Dinas Sosial" "$BODY"
expect_contains ",RPJMD-3.1,Persentase penduduk miskin,,persen,negatif,0,3,5.35,5.08,105.05" "$BODY"
expect_contains ",DPMPTSP-2,Jumlah izin yang diterbitkan,RPJMD-2.1,izin,positif,1,1,300,280,93.33" "$BODY"
expect_eq "48 rows (12 indicators x 4 quarters)" "$(($(wc -l <"$BODY") - 1))" 48
expect_status 200 GET "/data/sakip.json?tahun=2026"
expect_json 'j.tahun === 2026 && j.indikator.length === 12' "$BODY"
expect_json 'j.indikator.find(i => i.kode === "RPJMD-3.1").triwulan[2].capaian_persen === "105.05"' "$BODY"
expect_json 'j.indikator.find(i => i.kode === "DPMPTSP-3").triwulan[2].realisasi === null' "$BODY"
expect_json 'j.indikator.find(i => i.kode === "DPMPTSP-1").induk_kode === "RPJMD-2.1"' "$BODY"
# no personal data: no account, officer name, or NIK fields
expect_not_contains "diajukan_oleh" "$BODY"
expect_not_contains '"nik"' "$BODY"
finish
