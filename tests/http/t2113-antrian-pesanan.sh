#!/bin/sh
# t2113-antrian-pesanan.sh: the booking's QR code and the citizen's own
# bookings (issue 16: "the booking gives a code and a QR").  The booking
# page shows a QR code that reads back (zbarimg) as the booking code, so
# a kiosk's scanner types it into the check-in field; /antrian lists the
# citizen's active bookings, each with its page /antrian/pesan/{kode}
# (QR again, status, a cancel button with CSRF); another citizen's
# booking reads as unknown (404); a cancelled booking shows no QR and
# leaves the list, audited; the kiosk says the code can be scanned.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/qr-lib.sh"

start_server
WJ=$WORK/warga.jar
XJ=$WORK/lain.jar
TOMORROW=$(TZ=Asia/Jakarta date -d tomorrow +%F)

check "login warga.demo" login warga.demo "$PW" "$WJ"
expect_status 200 GET /antrian -b "$WJ"
expect_not_contains 'Pesanan aktif Anda' "$BODY"
T=$(csrf_from /antrian "$WJ")
expect_status 201 POST /antrian -b "$WJ" --data-urlencode "csrf=$T" \
    --data-urlencode "layanan=DUK-03" --data-urlencode "tanggal=$TOMORROW" \
    --data-urlencode "sesi=pagi"
KODE=$(sql "SELECT kode FROM antrian_pesan")
expect_contains '<svg class="qr"' "$BODY"
expect_contains '<title id="qr-pesan">Kode QR berisi kode pemesanan</title>' "$BODY"
QR=$(qr_read "$BODY")
check "the booking's QR reads back as its code ($QR)" test -n "$KODE" -a "$QR" = "$KODE"
expect_contains "href=\"/antrian/pesan/$KODE\"" "$BODY"

# the list on /antrian and the booking's own page
expect_status 200 GET /antrian -b "$WJ"
expect_contains 'Pesanan aktif Anda' "$BODY"
expect_contains "<a href=\"/antrian/pesan/$KODE\">$KODE</a>: DUK-03, $TOMORROW, sesi pagi" "$BODY"
expect_status 200 GET "/antrian/pesan/$KODE" -b "$WJ"
expect_contains "<strong>$KODE</strong>" "$BODY"
expect_contains 'Aktif: belum check-in' "$BODY"
QR=$(qr_read "$BODY")
check "the booking page's QR reads back as its code" test "$QR" = "$KODE"
expect_contains "action=\"/antrian/pesan/$KODE/batal\"" "$BODY"

# another citizen, and nobody signed in
add_user warga.lain warga "" 1408015203850004
check "login warga.lain" login warga.lain "$PW" "$XJ"
expect_status 404 GET "/antrian/pesan/$KODE" -b "$XJ"
expect_not_contains "$KODE" "$BODY"
TX=$(csrf_from /antrian "$XJ")
expect_status 404 POST "/antrian/pesan/$KODE/batal" -b "$XJ" --data-urlencode "csrf=$TX"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' "$BASE/antrian/pesan/$KODE")
check "not signed in: not shown ($code)" sh -c "test $code = 302 || test $code = 303 || test $code = 401"
expect_status 404 GET /antrian/pesan/ZZZZZZZZZZZZ -b "$WJ"
expect_status 404 GET "/antrian/pesan/%3Cscript%3E" -b "$WJ"
expect_eq "still active after the refusals" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$KODE'")" aktif

# cancel: CSRF required, then the booking is batal, audited, off the list
T=$(csrf_from "/antrian/pesan/$KODE" "$WJ")
expect_status 403 POST "/antrian/pesan/$KODE/batal" -b "$WJ" --data-urlencode "x=1"
expect_eq "no cancel without CSRF" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$KODE'")" aktif
code=$(curl -s -m 20 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$WJ" \
    --data-urlencode "csrf=$T" "$BASE/antrian/pesan/$KODE/batal")
case $code in
30[23]" $BASE/antrian/pesan/$KODE?batal=1") ok "cancel redirects to the booking ($code)" ;;
*) fail "cancel redirects to the booking ($code)" ;;
esac
expect_eq "cancelled" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$KODE'")" batal
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.pesan_batal'")" 1
expect_status 200 GET "/antrian/pesan/$KODE?batal=1" -b "$WJ"
expect_contains 'Pesanan telah dibatalkan.' "$BODY"
expect_contains 'Dibatalkan' "$BODY"
expect_not_contains '<svg class="qr"' "$BODY"
expect_not_contains "/batal\"" "$BODY"
expect_status 409 POST "/antrian/pesan/$KODE/batal" -b "$WJ" --data-urlencode "csrf=$T"
expect_contains 'tidak aktif lagi' "$BODY"
expect_status 200 GET /antrian -b "$WJ"
expect_not_contains 'Pesanan aktif Anda' "$BODY"

# the kiosk says the code can be scanned
expect_status 200 GET /antrian/kiosk/MPP-SIAK
expect_contains 'pindai kode QR pesanan' "$BODY"
finish
