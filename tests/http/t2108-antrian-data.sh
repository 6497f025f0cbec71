#!/bin/sh
# t2108-antrian-data.sh: the queue's figures as open data (issue 16):
# /data/antrian.csv per service and day: tickets, finished, no-shows,
# kiosk share, waiting and service time (median, p90) in seconds; no
# personal data; bad input refused.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
K=$(kios_token)
AUTH="Authorization: Bearer $(token loket.disdukcapil)"
for i in 1 2 3 4 5; do ambil "$K" DUK-02 >/dev/null; done
expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -d '{"lokasi":"MPP-SIAK","layanan":"DUK-02"}'
act() {
	curl -s -m 20 -o /dev/null -w '%{http_code}' -H "$CT" -H "$AUTH" \
	    -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":2,\"nomor\":\"$1\",\"aksi\":\"$2\"}" \
	    "$BASE/api/v1/antrian/aksi"
}
panggil() {
	curl -s -m 20 -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":2}' \
	    "$BASE/api/v1/antrian/panggil" | jfield nomor
}
# B-001..B-004 served, B-005 no-show, B-006 still waiting
for n in 1 2 3 4; do
	expect_eq "call B-00$n" "$(panggil)" B-00$n
	expect_eq "start B-00$n" "$(act B-00$n mulai)" 200
	expect_eq "finish B-00$n" "$(act B-00$n selesai)" 200
done
expect_eq "call B-005" "$(panggil)" B-005
act B-005 ulang >/dev/null
expect_eq "no-show B-005" "$(act B-005 tidak_hadir)" 200
# known durations: waits 60, 120, 180, 240, 600 s; service 300, 60, 120, 900 s
sql "UPDATE antrian_tiket SET dipanggil_at = diambil_at + CASE nomor WHEN 'B-001' THEN 60 WHEN 'B-002' THEN 120 WHEN 'B-003' THEN 180 WHEN 'B-004' THEN 240 ELSE 600 END WHERE nomor <> 'B-006'"
sql "UPDATE antrian_tiket SET dilayani_at = dipanggil_at + 10, selesai_at = dipanggil_at + 10 + CASE nomor WHEN 'B-001' THEN 300 WHEN 'B-002' THEN 60 WHEN 'B-003' THEN 120 ELSE 900 END WHERE status = 'selesai'"
TGL=$(sql "SELECT tanggal FROM antrian_tiket LIMIT 1")

expect_status 200 GET "/data/antrian.csv?lokasi=MPP-SIAK&tanggal=$TGL"
expect_header content-type '^[^:]*: *text/csv'
expect_eq "header" "$(head -n 1 "$BODY" | tr -d '\r')" \
    "tanggal,lokasi,instansi,layanan,nama_layanan,tiket,selesai,tidak_hadir,batal,dari_kios,tunggu_median_detik,tunggu_p90_detik,layanan_median_detik,layanan_p90_detik"
expect_eq "one service row" "$(tail -n +2 "$BODY" | wc -l | tr -d ' ')" 1
ROW=$(tail -n 1 "$BODY" | tr -d '\r')
expect_eq "counts and times" "$(printf '%s' "$ROW" | awk -F, '{print $1, $2, $4, $(NF-8), $(NF-7), $(NF-6), $(NF-5), $(NF-4), $(NF-3), $(NF-2), $(NF-1), $NF}')" \
    "$TGL MPP-SIAK DUK-02 6 4 1 0 5 180 600 120 900"
expect_not_contains 'loket.disdukcapil' "$BODY"
# the default day is today; an empty day has only the header
expect_status 200 GET /data/antrian.csv
expect_eq "today's rows" "$(tail -n +2 "$BODY" | wc -l | tr -d ' ')" 1
expect_status 200 "GET" "/data/antrian.csv?tanggal=2020-01-01"
expect_eq "an empty day" "$(wc -l <"$BODY" | tr -d ' ')" 1
expect_status 400 GET "/data/antrian.csv?tanggal=kemarin"
expect_status 404 GET "/data/antrian.csv?lokasi=TIDAK-ADA"
finish
