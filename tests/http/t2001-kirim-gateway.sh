#!/bin/sh
# t2001-kirim-gateway.sh: `pamong kirim` delivers the outbox over the
# WhatsApp gateway shape and an SMS gateway (issue 15): the contract's
# request (POST wa_url, Authorization: <wa_token>, target 62..., message),
# retries with backoff after 500/429/timeouts, no retry after a 4xx,
# gagal with the reason after the fifth attempt, the per-channel rate
# limit, channels without a URL off, a misconfigured channel reported
# while the others are delivered, and the option checks.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

kirim_data
start_gateway

# --- the options ----------------------------------------------------------
"$PAMONG" kirim --data "$DATA" --cepat >"$WORK/o" 2>&1
expect_eq "unknown option: exit 2" "$?" 2
expect_contains "pamong kirim --data DIR" "$WORK/o"
"$PAMONG" kirim >"$WORK/o" 2>&1
expect_eq "without --data: exit 2" "$?" 2

# --- no kanal.conf: every channel off, nothing sent, exit 0 ---------------
queue whatsapp 081234500001 "Pesan pertama"
Q1=$QID
kirim
expect_eq "no configuration: exit 0" "$KIRIM_RC" 0
expect_eq "no configuration: the row waits" "$(state "$Q1")" antre
expect_eq "no configuration: no request" "$(gw_count)" 0

# --- the gateway shape ----------------------------------------------------
kanal "# uji" "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" \
    "wa_token = rahasia-wa" "batas_waktu = 2"
kirim
expect_eq "delivered: exit 0" "$KIRIM_RC" 0
expect_contains "1 terkirim" "$WORK/kirim.out"
expect_eq "terkirim" "$(state "$Q1")" terkirim
expect_eq "one request" "$(gw_count)" 1
check "POST to wa_url with Authorization: <wa_token>" \
    grep -q '"path": "/kirim", "auth": "rahasia-wa"' "$GW_LOG"
check "target in 62 form" grep -q '"target": "6281234500001"' "$GW_LOG"
check "the message" grep -q '"message": "Pesan pertama"' "$GW_LOG"
expect_eq "provider id kept" "$(sql "SELECT provider_id FROM outbox WHERE id = $Q1")" gw-1
expect_eq "attempt logged" "$(sql "SELECT n || ' ' || result FROM outbox_attempt WHERE outbox_id = $Q1")" "1 terkirim"
kirim
expect_eq "a second round sends nothing again" "$(gw_count)" 1

# --- temporary failures: 500, 429, timeout; then success ------------------
echo "500 429 hang" >"$GW_MODES"
queue whatsapp 6281234500002 "Pesan kedua"
Q2=$QID
T0=$(date +%s)
kirim
expect_eq "after 500: back in the queue" "$(state "$Q2")" antre
expect_eq "after 500: due in 1 minute" "$(sql "SELECT next_at - $T0 BETWEEN 59 AND 62 FROM outbox WHERE id = $Q2")" 1
expect_eq "the reason is kept" "$(sql "SELECT reason FROM outbox WHERE id = $Q2")" "HTTP 500"
kirim
expect_eq "not due yet: no new request" "$(gw_count)" 2
due "$Q2"; kirim
expect_eq "after 429: 5 minutes" "$(sql "SELECT next_at - $T0 BETWEEN 299 AND 305 FROM outbox WHERE id = $Q2")" 1
due "$Q2"
T1=$(date +%s)
kirim
T2=$(date +%s)
check "a hanging gateway is cut off by batas_waktu (2 s)" test $((T2 - T1)) -le 5
expect_eq "after a timeout: 15 minutes" "$(sql "SELECT next_at - $T0 BETWEEN 899 AND 910 FROM outbox WHERE id = $Q2")" 1
check "the timeout is the reason" test -n "$(sql "SELECT reason FROM outbox WHERE id = $Q2 AND reason LIKE '%timed out%'")"
due "$Q2"; kirim
expect_eq "then delivered" "$(state "$Q2")" terkirim
expect_eq "four attempts logged" "$(sql "SELECT group_concat(result, ',') FROM (SELECT result FROM outbox_attempt WHERE outbox_id = $Q2 ORDER BY n)")" "ulang,ulang,ulang,terkirim"

# --- a permanent error (400) is not retried ------------------------------
echo "400" >"$GW_MODES"
queue whatsapp 6281234500003 "Pesan ketiga"
Q3=$QID
kirim
expect_eq "400: gagal at once" "$(state "$Q3")" gagal
expect_eq "400: the reason" "$(sql "SELECT reason FROM outbox WHERE id = $Q3")" "HTTP 400"
N=$(gw_count)
kirim
expect_eq "gagal is never sent again" "$(gw_count)" "$N"

# --- five temporary failures: gagal -------------------------------------
echo "500 500 500 500 500" >"$GW_MODES"
queue whatsapp 6281234500004 "Pesan keempat"
Q4=$QID
for i in 1 2 3 4 5; do due "$Q4"; kirim; done
expect_eq "after 5 attempts: gagal" "$(state "$Q4")" gagal
expect_eq "5 attempts" "$(sql "SELECT attempts FROM outbox WHERE id = $Q4")" 5
due "$Q4"; N=$(gw_count); kirim
expect_eq "and no sixth" "$(gw_count)" "$N"

# --- SMS over the generic gateway; a misconfigured e-mail channel -------
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" \
    "wa_token = rahasia-wa" "sms_url = http://127.0.0.1:$GW_PORT/sms" \
    "sms_token = rahasia-sms" "smtp_url = ftp://salah" "batas_waktu = 2"
queue sms 081234500005 "Pesan SMS"
Q5=$QID
queue email warga@example.org "Surel"
Q6=$QID
kirim
expect_eq "misconfigured channel: exit 1" "$KIRIM_RC" 1
expect_contains "kanal email salah" "$WORK/kirim.out"
expect_eq "the SMS still went" "$(state "$Q5")" terkirim
check "SMS: POST sms_url with its token" grep -q '"path": "/sms", "auth": "rahasia-sms"' "$GW_LOG"
expect_eq "the e-mail waits" "$(state "$Q6")" antre

# --- a broken file: reported, exit 1 --------------------------------------
kanal "wa_url http://x" "kunci_aneh = 1"
kirim
expect_eq "broken kanal.conf: exit 1" "$KIRIM_RC" 1
expect_contains "baris 1" "$WORK/kirim.out"

# --- the rate limit: 3 a minute --------------------------------------------
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" \
    "wa_token = t" "wa_per_menit = 3"
sql "DELETE FROM outbox_attempt"
for i in 1 2 3 4 5; do queue whatsapp 0812345100$i "Batas $i"; done
N=$(gw_count)
kirim
expect_eq "3 a minute: 3 sent" "$(($(gw_count) - N))" 3
expect_eq "2 wait" "$(sql "SELECT count(*) FROM outbox WHERE body LIKE 'Batas %' AND state = 'antre'")" 2
kirim
expect_eq "still 3 within the minute" "$(($(gw_count) - N))" 3

finish
