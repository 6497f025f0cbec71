#!/bin/sh
# t2112-antrian-libur.sh: the MPP is closed on holidays and on days
# without opening hours (issue 16: "holidays from Pamong's calendar").
# At a site that enforces its hours, a booking for a date in hari_libur
# (the calendar the admin edits, the same one the working-day deadlines
# use) is refused with 422 hari_libur, a date whose weekday has no hours
# with 422 hari_tutup, and a kiosk ticket on a holiday with 422
# hari_libur; each with its Indonesian message and nothing written.  The
# booking page shows the same message and keeps the form.  A site that
# does not enforce hours (the demo MPP-SIAK) is not closed by holidays.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
TW=$(token warga.demo)
W="Authorization: Bearer $TW"
K=$(kios_token)
day() { TZ=Asia/Jakarta date -d "+$1 days" +%F; }
TODAY=$(TZ=Asia/Jakarta date +%F)
D2=$(day 2) D3=$(day 3) D4=$(day 4)
pesan() { # LAYANAN TANGGAL -> status code, body in $BODY
	curl -s -m 30 -o "$BODY" -w '%{http_code}' -H "$CT" -H "$W" \
	    -d "{\"lokasi\":\"$LOK\",\"layanan\":\"$1\",\"tanggal\":\"$2\",\"sesi\":\"siang\"}" \
	    "$BASE/api/v1/antrian/pesan"
}
tiket() { # LAYANAN -> status code, body in $BODY
	curl -s -m 30 -o "$BODY" -w '%{http_code}' -H "$CT" \
	    -H "Authorization: Bearer $K" \
	    -d "{\"lokasi\":\"$LOK\",\"layanan\":\"$1\",\"prioritas\":false}" \
	    "$BASE/api/v1/antrian/tiket"
}
libur() { # TANGGAL NAMA: a holiday in Pamong's calendar
	sql "DELETE FROM hari_libur WHERE tanggal = '$1'"
	sql "INSERT INTO hari_libur(tanggal, nama, jenis, dasar) VALUES ('$1', '$2', 'libur_daerah', '')"
}
counts() {
	sql "SELECT (SELECT count(*) FROM antrian_pesan) || '/' || (SELECT count(*) FROM antrian_tiket) || '/' || (SELECT count(*) FROM audit_event)"
}

# the demo site does not enforce hours: a holiday today changes nothing
libur "$TODAY" "Hari Jadi Uji"
expect_eq "demo site (hours not enforced): a ticket on a holiday" "$(tiket DUK-01)" 201
sql "DELETE FROM hari_libur WHERE tanggal = '$TODAY'"

# the site enforces its hours: open every day, all day
sql "UPDATE antrian_lokasi SET jam_berlaku = 1, batas_ambil = '' WHERE kode = '$LOK'"
sql "DELETE FROM antrian_jam WHERE lokasi_id = (SELECT id FROM antrian_lokasi WHERE kode = '$LOK')"
for h in 1 2 3 4 5 6 7; do
	sql "INSERT INTO antrian_jam(lokasi_id, hari, buka, tutup) SELECT id, $h, '00:00', '23:59' FROM antrian_lokasi WHERE kode = '$LOK'"
done
for d in "$D3" "$D4"; do sql "DELETE FROM hari_libur WHERE tanggal = '$d'"; done
libur "$D2" "Hari Jadi Kabupaten Siak (uji)"

N=$(counts)
expect_eq "booking on a holiday" "$(pesan DUK-01 "$D2")" 422
expect_json 'j.galat.kode === "hari_libur" && /hari libur/.test(j.galat.pesan)' "$BODY"
# the weekday of D4 has no hours
WD=$(TZ=Asia/Jakarta date -d "+4 days" +%u)
sql "DELETE FROM antrian_jam WHERE hari = $WD AND lokasi_id = (SELECT id FROM antrian_lokasi WHERE kode = '$LOK')"
expect_eq "booking on a day without hours" "$(pesan DUK-01 "$D4")" 422
expect_json 'j.galat.kode === "hari_tutup" && /tidak buka/.test(j.galat.pesan)' "$BODY"
# a kiosk ticket on a holiday (today)
libur "$TODAY" "Libur Uji Hari Ini"
expect_eq "kiosk ticket on a holiday" "$(tiket DUK-01)" 422
expect_json 'j.galat.kode === "hari_libur"' "$BODY"
expect_eq "refusals wrote nothing (bookings/tickets/audit)" "$(counts)" "$N"

# the next open day books; the holiday gone, the kiosk issues again
expect_eq "booking on an open day" "$(pesan DUK-01 "$D3")" 201
sql "DELETE FROM hari_libur WHERE tanggal = '$TODAY'"
expect_eq "kiosk ticket after the holiday is removed" "$(tiket DUK-01)" 201
# a holiday removed from the calendar opens the day for booking again
sql "DELETE FROM hari_libur WHERE tanggal = '$D2'"
expect_eq "booking once the holiday is removed" "$(pesan DUK-02 "$D2")" 201

# the booking page: the message, the form kept
WJ=$WORK/warga.jar
libur "$D2" "Hari Jadi Kabupaten Siak (uji)"
check "login warga.demo" login warga.demo "$PW" "$WJ"
T=$(csrf_from /antrian "$WJ")
N=$(counts)
expect_status 422 POST /antrian -b "$WJ" --data-urlencode "csrf=$T" \
    --data-urlencode "layanan=DUK-03" --data-urlencode "tanggal=$D2" \
    --data-urlencode "sesi=pagi"
expect_contains 'tutup karena hari libur' "$BODY"
expect_contains '<option value="DUK-03" selected>' "$BODY"
expect_eq "the page's refusal wrote nothing" "$(counts)" "$N"
finish
