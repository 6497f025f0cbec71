#!/bin/sh
# t2203-sehat.sh: GET /sehat, the health of an app server for load
# balancers and monitoring (issue 21): the database, the disk, the
# notification queue of each configured channel, the last full backup;
# 200 while it can serve, no secrets, never cached.  The 503 of a full
# disk is in t2204.
. "$(dirname "$0")/test-lib.sh"

start_server
expect_status 200 GET /sehat
expect_header content-type 'application/json'
expect_header cache-control no-store
expect_json "j.periksa.basis_data.keadaan === 'baik' && j.periksa.basis_data.waktu_us >= 0" "$BODY"
expect_json "j.periksa.disk.bebas_mb > 0 && j.periksa.disk.bebas_persen >= 0" "$BODY"
expect_json "['email', 'whatsapp', 'sms'].every(k => j.periksa.notifikasi[k].kanal === 'mati')" "$BODY"
expect_json "j.periksa.cadangan.terakhir === null && j.periksa.cadangan.keadaan === 'perhatian'" "$BODY"
expect_json "j.status === 'perhatian'" "$BODY"
check "no path of the data directory in it" \
    sh -c "! grep -qF '$DATA' '$BODY'"

# a full backup: recorded, and the last warning goes
"$PAMONG" cadangkan --data "$DATA" --ke "$WORK/c.tgz" >/dev/null 2>&1
check "a backup" test -s "$WORK/c.tgz"
expect_status 200 GET /sehat
expect_json "j.periksa.cadangan.keadaan === 'baik' && j.periksa.cadangan.umur_menit <= 1 && j.periksa.cadangan.bait > 1000" "$BODY"
expect_json "j.status === 'baik'" "$BODY"

# a configured channel with a message due for 20 minutes: perhatian
printf 'wa_mode = gateway\nwa_url = http://127.0.0.1:9/kirim\nwa_token = rahasia-uji\n' \
    >"$DATA/kanal.conf"
now=$(date +%s)
sql "INSERT INTO outbox(channel, recipient, body, state, created_at, next_at)
    VALUES ('whatsapp', '6281200000001', 'uji', 'antre', $((now - 1200)), 0)" \
    >/dev/null
expect_status 200 GET /sehat
expect_json "j.periksa.notifikasi.whatsapp.kanal === 'aktif' && j.periksa.notifikasi.whatsapp.antre === 1 && j.periksa.notifikasi.whatsapp.tertua_detik >= 1200" "$BODY"
expect_json "j.periksa.notifikasi.whatsapp.keadaan === 'perhatian' && j.status === 'perhatian'" "$BODY"
check "the channel's token is not shown" sh -c "! grep -q rahasia-uji '$BODY'"
stop_server
finish
