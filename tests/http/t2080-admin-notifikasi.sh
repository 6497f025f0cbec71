#!/bin/sh
# t2080-admin-notifikasi.sh: /admin/notifikasi (issue 15) for the
# superadmin only: each channel's state from kanal.conf (a misconfigured
# one named with its reason, no secret shown), the queue, failures with
# the provider's reason and masked recipients, counts per channel per
# day, and the audited resend of a failed message (CSRF, only gagal).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

start_server
start_gateway
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" \
    "wa_token = token-rahasia-sekali" "smtp_url = smtp://127.0.0.1:1" "sms_per_menit = 30"
SA=$WORK/sa.jar
AK=$WORK/ak.jar
check "superadmin signs in" login superadmin Siak-Demo-2026 "$SA"
check "an unit admin signs in" login admin.kominfo Siak-Demo-2026 "$AK"

echo 400 >"$GW_MODES"
queue whatsapp 081234598765 "Akan gagal"
QF=$QID
queue whatsapp 081234500066 "Akan terkirim"
queue email budi@example.org "Menunggu"
kirim

expect_status 303 GET /admin/notifikasi
expect_status 403 GET /admin/notifikasi -b "$AK"
expect_status 200 GET /admin/notifikasi -b "$SA"
expect_contains "<td>whatsapp</td><td>aktif</td><td>60</td>" "$BODY"
expect_contains "<td>email</td><td>salah: smtp_dari harus alamat e-mail pengirim</td>" "$BODY"
expect_contains "<td>sms</td><td>mati (tanpa URL)</td><td>30</td>" "$BODY"
expect_not_contains "token-rahasia-sekali" "$BODY"
expect_contains "<td>email</td><td>antre</td><td>1</td>" "$BODY"
expect_contains "<td>$QF</td><td>whatsapp</td><td>08***8765</td><td>1</td><td>HTTP 400</td>" "$BODY"
expect_not_contains "081234598765" "$BODY"
DAY=$(TZ=Asia/Jakarta date +%Y-%m-%d)
expect_contains "<tr><td>$DAY</td><td>whatsapp</td><td>gagal</td><td>1</td></tr>" "$BODY"
expect_contains "<tr><td>$DAY</td><td>whatsapp</td><td>terkirim</td><td>1</td></tr>" "$BODY"

# --- open data: counts only ----------------------------------------------------
expect_status 200 GET /data/notifikasi.csv
expect_header Content-Type 'text/csv'
expect_contains "tanggal,saluran,status,jumlah" "$BODY"
expect_contains "$DAY,whatsapp,gagal,1" "$BODY"
expect_contains "$DAY,email,antre,1" "$BODY"
expect_not_contains "0812" "$BODY"
expect_not_contains "budi" "$BODY"

# --- resend --------------------------------------------------------------------
expect_status 403 POST "/admin/notifikasi/$QF/ulang" -b "$SA" -d ""
C=$(csrf_from /admin/notifikasi "$SA")
expect_status 403 POST "/admin/notifikasi/$QF/ulang" -b "$AK" --data-urlencode "csrf=$C"
expect_status 303 POST "/admin/notifikasi/$QF/ulang" -b "$SA" --data-urlencode "csrf=$C"
expect_eq "back in the queue" "$(state "$QF")" antre
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'notifikasi.kirim_ulang' AND object_id = '$QF'")" 1
expect_status 409 POST "/admin/notifikasi/$QF/ulang" -b "$SA" --data-urlencode "csrf=$C"
expect_status 404 POST "/admin/notifikasi/abc/ulang" -b "$SA" --data-urlencode "csrf=$C"
kirim
expect_eq "sent on the next round" "$(state "$QF")" terkirim

finish
