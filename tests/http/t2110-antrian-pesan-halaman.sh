#!/bin/sh
# t2110-antrian-pesan-halaman.sh: online booking through the pages
# (issue 16): /antrian for everyone, the form for a signed-in citizen
# (labels, CSRF), the booking with its code and check-in window, a
# second booking refused with the form kept; check-in at the kiosk by
# typing the code (CSRF), which gives a ticket.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
WJ=$WORK/warga.jar
KJ=$WORK/kiosk.jar
TODAY=$(TZ=Asia/Jakarta date +%F)

expect_status 200 GET /antrian
expect_contains 'Pesan Antrean Daring' "$BODY"
expect_contains 'href="/masuk?lanjut=/antrian"' "$BODY"
expect_not_contains 'name="layanan"' "$BODY"
expect_status 401 POST /antrian --data-urlencode "layanan=DUK-01"
check "login warga.demo" login warga.demo "$PW" "$WJ"
expect_status 200 GET /antrian -b "$WJ"
for f in 'for="f-layanan"' 'id="f-layanan"' 'for="f-tanggal"' 'for="sesi-pagi"' 'for="sesi-siang"' 'name="csrf"'; do
	expect_contains "$f" "$BODY"
done
T=$(csrf_from /antrian "$WJ")
expect_status 403 POST /antrian -b "$WJ" --data-urlencode "layanan=DUK-03" \
    --data-urlencode "tanggal=$TODAY" --data-urlencode "sesi=pagi"
expect_eq "no booking without CSRF" "$(sql "SELECT count(*) FROM antrian_pesan")" 0
expect_status 201 POST /antrian -b "$WJ" --data-urlencode "csrf=$T" --data-urlencode "layanan=DUK-03" \
    --data-urlencode "tanggal=$TODAY" --data-urlencode "sesi=pagi"
KODE=$(sql "SELECT kode FROM antrian_pesan")
expect_contains "<strong>$KODE</strong>" "$BODY"
expect_contains '07.00–08.15 WIB' "$BODY"
expect_status 409 POST /antrian -b "$WJ" --data-urlencode "csrf=$T" --data-urlencode "layanan=DUK-03" \
    --data-urlencode "tanggal=$TODAY" --data-urlencode "sesi=siang"
expect_contains 'sudah memiliki pesanan aktif' "$BODY"
expect_contains '<option value="DUK-03" selected>' "$BODY"
expect_contains 'id="sesi-siang" name="sesi" value="siang" checked' "$BODY"
expect_eq "still one booking" "$(sql "SELECT count(*) FROM antrian_pesan")" 1

# check-in at the kiosk
expect_status 200 GET /antrian/kiosk/MPP-SIAK -c "$KJ" -b "$KJ"
expect_contains 'action="/antrian/kiosk/MPP-SIAK/checkin"' "$BODY"
expect_contains 'for="f-kode"' "$BODY"
TK=$(csrf_from /antrian/kiosk/MPP-SIAK "$KJ")
expect_status 403 POST /antrian/kiosk/MPP-SIAK/checkin -b "$KJ" --data-urlencode "kode=$KODE"
expect_status 404 POST /antrian/kiosk/MPP-SIAK/checkin -b "$KJ" --data-urlencode "csrf=$TK" --data-urlencode "kode=ZZZZZZZZZZZZ"
expect_status 201 POST /antrian/kiosk/MPP-SIAK/checkin -b "$KJ" --data-urlencode "csrf=$TK" --data-urlencode "kode=$KODE"
expect_contains '<strong>C-001</strong>' "$BODY"
expect_eq "checked in" "$(sql "SELECT status FROM antrian_pesan")" checkin
expect_status 409 POST /antrian/kiosk/MPP-SIAK/checkin -b "$KJ" --data-urlencode "csrf=$TK" --data-urlencode "kode=$KODE"
expect_contains 'tidak aktif lagi' "$BODY"
finish
