#!/bin/sh
# t2105-antrian-halaman.sh: the queue's pages (issue 16): the kiosk
# (buttons in one form, CSRF, works without JavaScript), following a
# ticket on a phone, the counter officer's page (scope, CSRF, actions,
# refusals shown with nothing changed), everything escaped.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
JAR=$WORK/kiosk.jar
LJ=$WORK/loket.jar
OJ=$WORK/op.jar

# --- kiosk ---
expect_status 200 GET /antrian/kiosk/MPP-SIAK -c "$JAR" -b "$JAR"
expect_contains 'Ambil Nomor Antrean' "$BODY"
expect_contains '<form method="post" action="/antrian/kiosk/MPP-SIAK"' "$BODY"
expect_contains 'name="layanan" value="DUK-01"' "$BODY"
expect_contains 'name="layanan" value="SAMSAT-PKB"' "$BODY"
expect_contains '<label for="prioritas">' "$BODY"
expect_not_contains '<script' "$BODY"
expect_status 404 GET /antrian/kiosk/TIDAK-ADA
TOK=$(csrf_from /antrian/kiosk/MPP-SIAK "$JAR")
check "kiosk form has a CSRF token" test -n "$TOK"
expect_status 403 POST /antrian/kiosk/MPP-SIAK -b "$JAR" --data-urlencode "layanan=DUK-01"
expect_eq "no ticket without CSRF" "$(sql "SELECT count(*) FROM antrian_tiket")" 0
expect_status 201 POST /antrian/kiosk/MPP-SIAK -b "$JAR" --data-urlencode "csrf=$TOK" --data-urlencode "layanan=DUK-01" --data-urlencode "prioritas=1"
expect_contains '<strong>A-001</strong>' "$BODY"
KODE=$(sql "SELECT kode FROM antrian_tiket WHERE nomor = 'A-001'")
expect_contains "/antrian/tiket/$KODE" "$BODY"
expect_eq "priority stored" "$(sql "SELECT prioritas FROM antrian_tiket WHERE nomor = 'A-001'")" 1
expect_status 422 POST /antrian/kiosk/MPP-SIAK -b "$JAR" --data-urlencode "csrf=$TOK" --data-urlencode "layanan=<script>"
expect_not_contains '<script>' "$BODY"
expect_contains 'tidak lengkap atau tidak sah' "$BODY"

# --- follow on a phone ---
expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -d '{"lokasi":"MPP-SIAK","layanan":"DUK-01"}'
K2=$(jfield kode <"$BODY")
expect_status 200 GET /antrian/tiket/$K2
expect_contains 'A-002' "$BODY"
expect_contains 'Menunggu dipanggil' "$BODY"
expect_contains '<dd>1 orang</dd>' "$BODY"
expect_contains 'sekitar 5 menit' "$BODY"
expect_status 404 GET /antrian/tiket/TIDAKADA1234
expect_status 404 GET "/antrian/tiket/%3Cb%3E"

# --- the counter page ---
expect_status 303 GET /antrian/loket
check "login loket.disdukcapil" login loket.disdukcapil "$PW" "$LJ"
expect_status 200 GET /antrian/loket -b "$LJ"
expect_contains 'href="/antrian/loket/MPP-SIAK/1"' "$BODY"
expect_contains 'href="/antrian/loket/MPP-SIAK/3"' "$BODY"
expect_not_contains 'href="/antrian/loket/MPP-SIAK/4"' "$BODY"
expect_contains 'href="/antrian/loket"' "$BODY"	# header link
expect_status 403 GET /antrian/loket/MPP-SIAK/4 -b "$LJ"
expect_status 404 GET /antrian/loket/MPP-SIAK/99 -b "$LJ"
expect_status 404 GET /antrian/loket/MPP-SIAK/1x -b "$LJ"
check "login op.disdukcapil" login op.disdukcapil "$PW" "$OJ"
expect_status 403 GET /antrian/loket -b "$OJ"
expect_status 200 GET /antrian/loket/MPP-SIAK/1 -b "$LJ"
expect_contains 'Panggil berikutnya' "$BODY"
expect_contains '<label for="f-alasan"' "$BODY"
T=$(csrf_from /antrian/loket/MPP-SIAK/1 "$LJ")
expect_status 403 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "aksi=panggil"
expect_eq "no call without CSRF" "$(sql "SELECT count(*) FROM antrian_panggilan")" 0
expect_status 303 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=panggil"
expect_header location '/antrian/loket/MPP-SIAK/1\?ok=1'
expect_status 200 GET "/antrian/loket/MPP-SIAK/1?ok=1" -b "$LJ"
expect_contains 'Tindakan telah dicatat.' "$BODY"
expect_contains '<strong>A-001</strong>' "$BODY"
expect_contains 'Panggil ulang' "$BODY"
# refused: finish before start -> 409 with the message, nothing changed
expect_status 409 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=selesai" --data-urlencode "nomor=A-001"
expect_contains 'tidak ada yang diubah' "$BODY"
expect_eq "A-001 still called" "$(status_of A-001)" "dipanggil@1#1"
expect_status 303 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=ulang" --data-urlencode "nomor=A-001"
expect_status 303 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=alih" --data-urlencode "nomor=A-001" --data-urlencode "ke_loket=3"
expect_eq "A-001 transferred to counter 3" "$(status_of A-001)" "menunggu@3#0"
expect_status 422 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=hapus" --data-urlencode "nomor=A-002"
# pause needs a reason; the page shows the paused counter
expect_status 422 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=jeda"
expect_contains 'Alasan jeda wajib diisi' "$BODY"
expect_status 303 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=jeda" --data-urlencode "alasan=<i>Istirahat</i>"
expect_status 200 GET /antrian/loket/MPP-SIAK/1 -b "$LJ"
expect_contains 'Loket dijeda: &lt;i&gt;Istirahat&lt;/i&gt;' "$BODY"
expect_status 200 GET /antrian/layar/MPP-SIAK
expect_contains 'Jeda: &lt;i&gt;Istirahat&lt;/i&gt;' "$BODY"
expect_status 303 POST /antrian/loket/MPP-SIAK/1 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=buka"
# another unit's counter: refused by POST too
expect_status 403 POST /antrian/loket/MPP-SIAK/4 -b "$LJ" --data-urlencode "csrf=$T" --data-urlencode "aksi=panggil"
expect_eq "audited page actions" "$(sql "SELECT group_concat(action, ',') FROM (SELECT action FROM audit_event WHERE action LIKE 'antrian.%' AND actor_id IS NOT NULL ORDER BY id)")" \
    "antrian.panggil,antrian.ulang,antrian.alih,antrian.jeda,antrian.buka"
finish
