#!/bin/sh
# t2109-antrian-pesan.sh: online booking (issue 16): a citizen with a
# verified NIK books a service, day and session within the window and
# the quota, one active booking per NIK per service per day; the NIK is
# stored only as an HMAC and its last 4 digits; check-in on the day
# turns the booking into a ticket at the end of the line; a check-in on
# another day, a second check-in and bad input are refused with nothing
# changed; unchecked bookings of past days expire (`pamong tick`).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
TW=$(token warga.demo)
W="Authorization: Bearer $TW"
TODAY=$(TZ=Asia/Jakarta date +%F)
TOMORROW=$(TZ=Asia/Jakarta date -d tomorrow +%F)
IN8=$(TZ=Asia/Jakarta date -d '+8 days' +%F)
YESTERDAY=$(TZ=Asia/Jakarta date -d yesterday +%F)
SESI=$([ "$(TZ=Asia/Jakarta date +%H)" -lt 12 ] && echo pagi || echo siang)
K=$(kios_token)
pesan() { # LAYANAN TANGGAL SESI -> status code, body in $BODY
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" -H "$W" \
	    -d "{\"lokasi\":\"MPP-SIAK\",\"layanan\":\"$1\",\"tanggal\":\"$2\",\"sesi\":\"$3\"}" \
	    "$BASE/api/v1/antrian/pesan"
}
npesan() { sql "SELECT count(*) FROM antrian_pesan"; }

# two people already in line for DUK-01
ambil "$K" DUK-01 >/dev/null
ambil "$K" DUK-01 >/dev/null

expect_eq "book DUK-01 today" "$(pesan DUK-01 "$TODAY" "$SESI")" 201
expect_json 'j.status === "aktif" && /^[0-9A-Z]{12}$/.test(j.kode) && j.nik === "************0001" && j.checkin.mulai.length === 5' "$BODY"
KODE=$(jfield kode <"$BODY")
expect_eq "NIK stored as HMAC, last 4 only" \
    "$(sql "SELECT length(nik_hmac) || ' ' || nik4 || ' ' || (nik_hmac LIKE '%1408014507900001%') FROM antrian_pesan")" "64 0001 0"
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.pesan'")" 1

# refusals: nothing written
N=$(npesan)
expect_eq "second booking same service and day" "$(pesan DUK-01 "$TODAY" siang)" 409
expect_json 'j.galat.kode === "pesanan_ganda"' "$BODY"
expect_eq "8 days ahead" "$(pesan DUK-02 "$IN8" pagi)" 422
expect_json 'j.galat.kode === "diluar_jendela_pemesanan"' "$BODY"
expect_eq "yesterday" "$(pesan DUK-02 "$YESTERDAY" pagi)" 422
expect_eq "bad date" "$(pesan DUK-02 "besok" pagi)" 422
expect_eq "bad session" "$(pesan DUK-02 "$TOMORROW" malam)" 422
expect_eq "unknown service" "$(pesan XX-01 "$TOMORROW" pagi)" 422
# quota: DUK-04 holds one ticket per session; the kiosk took it
sql "UPDATE antrian_layanan SET kuota_pagi = 1, kuota_siang = 1 WHERE kode = 'DUK-04'"
expect_eq "kiosk takes DUK-04's one place" "$(ambil "$K" DUK-04)" D-001
expect_eq "booking beyond the quota" "$(pesan DUK-04 "$TODAY" "$SESI")" 409
expect_json 'j.galat.kode === "kuota_habis"' "$BODY"
expect_eq "refusals wrote nothing" "$(npesan)" "$N"
# only citizens book
expect_status 403 POST /api/v1/antrian/pesan -H "$CT" -H "Authorization: Bearer $(token op.disdukcapil)" \
    -d "{\"lokasi\":\"MPP-SIAK\",\"layanan\":\"DUK-02\",\"tanggal\":\"$TOMORROW\",\"sesi\":\"pagi\"}"
expect_status 401 POST /api/v1/antrian/pesan -H "$CT" -d '{}'

# one's own booking only
expect_status 200 GET /api/v1/antrian/pesan/$KODE -H "$W"
expect_json 'j.kode === "'"$KODE"'" && j.status === "aktif"' "$BODY"
expect_status 404 GET /api/v1/antrian/pesan/$KODE -H "Authorization: Bearer $(token loket.disdukcapil)"

# check-in: a ticket at the end of the line (no jumping ahead)
expect_status 201 POST /api/v1/antrian/checkin -H "$CT" -H "Authorization: Bearer $K" -d "{\"kode\":\"$KODE\"}"
expect_json 'j.nomor === "A-003" && j.di_depan === 2 && j.status === "menunggu"' "$BODY"
expect_eq "booking checked in, bound to its ticket" \
    "$(sql "SELECT p.status || ' ' || t.nomor FROM antrian_pesan p JOIN antrian_tiket t ON t.id = p.tiket_id WHERE p.kode = '$KODE'")" "checkin A-003"
NT=$(sql "SELECT count(*) FROM antrian_tiket")
expect_status 409 POST /api/v1/antrian/checkin -H "$CT" -d "{\"kode\":\"$KODE\"}"
expect_json 'j.galat.kode === "pesanan_tidak_aktif"' "$BODY"
expect_status 404 POST /api/v1/antrian/checkin -H "$CT" -d '{"kode":"ZZZZZZZZZZZZ"}'
# a booking for tomorrow cannot check in today
expect_eq "book DUK-02 tomorrow" "$(pesan DUK-02 "$TOMORROW" pagi)" 201
K2=$(jfield kode <"$BODY")
expect_status 409 POST /api/v1/antrian/checkin -H "$CT" -d "{\"kode\":\"$K2\"}"
expect_json 'j.galat.kode === "diluar_jendela_checkin"' "$BODY"
expect_eq "refused check-ins made no ticket" "$(sql "SELECT count(*) FROM antrian_tiket")" "$NT"
expect_eq "still active" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$K2'")" aktif

# expiry: an unchecked booking of a past day
sql "UPDATE antrian_pesan SET tanggal = '$YESTERDAY' WHERE kode = '$K2'"
"$PAMONG" tick --data "$DATA" >/dev/null 2>&1
expect_eq "tick exits 0" $? 0
expect_eq "expired" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$K2'")" kedaluwarsa
expect_eq "checked-in booking untouched" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$KODE'")" checkin
expect_eq "expiry audited" "$(sql "SELECT note FROM audit_event WHERE action = 'antrian.pesan_kedaluwarsa'")" "1 pesanan"
"$PAMONG" tick --data "$DATA" >/dev/null 2>&1
expect_eq "idempotent" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.pesan_kedaluwarsa'")" 1
# booking again for tomorrow (the expired one was moved to yesterday)
expect_eq "book DUK-02 tomorrow again" "$(pesan DUK-02 "$TOMORROW" pagi)" 201
K3=$(jfield kode <"$BODY")

# cancel: the owner only, an active booking only; frees the NIK's place
expect_status 404 POST /api/v1/antrian/pesan/$K3/batal -d "" -H "Authorization: Bearer $(token loket.disdukcapil)"
expect_eq "another's cancel changed nothing" "$(sql "SELECT status FROM antrian_pesan WHERE kode = '$K3'")" aktif
expect_status 200 POST /api/v1/antrian/pesan/$K3/batal -d "" -H "$W"
expect_json 'j.status === "batal"' "$BODY"
expect_status 409 POST /api/v1/antrian/pesan/$K3/batal -d "" -H "$W"
expect_json 'j.galat.kode === "pesanan_tidak_aktif"' "$BODY"
expect_status 409 POST /api/v1/antrian/pesan/$KODE/batal -d "" -H "$W"
expect_eq "cancel audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.pesan_batal'")" 1
expect_eq "the NIK may book that service and day again" "$(pesan DUK-02 "$TOMORROW" siang)" 201
expect_status 409 POST /api/v1/antrian/checkin -H "$CT" -d "{\"kode\":\"$K3\"}"
finish
