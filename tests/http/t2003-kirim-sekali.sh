#!/bin/sh
# t2003-kirim-sekali.sh: never two deliveries of one notification
# (issue 15): two `pamong kirim` at once share the queue without sending
# a row twice; a worker killed with SIGKILL while sending leaves its rows
# claimed until the lease ends, nothing it recorded as terkirim is sent
# again, and the rest is delivered after the lease.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

kirim_data
start_gateway
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" \
    "wa_token = t" "wa_per_menit = 1000" "batas_waktu = 20"

# --- two workers at once ---------------------------------------------------
i=10
while [ $i -lt 50 ]; do
	queue whatsapp "08123450$i" "Serentak $i"
	i=$((i + 1))
done
i=0; : >"$GW_MODES"
while [ $i -lt 40 ]; do printf 'slow ' >>"$GW_MODES"; i=$((i + 1)); done
"$PAMONG" kirim --data "$DATA" >"$WORK/k1" 2>&1 &
P1=$!
"$PAMONG" kirim --data "$DATA" >"$WORK/k2" 2>&1 &
P2=$!
wait $P1; R1=$?
wait $P2; R2=$?
expect_eq "both workers exit 0" "$R1 $R2" "0 0"
S1=$(sed -n 's/^\([0-9]*\) terkirim.*/\1/p' "$WORK/k1")
S2=$(sed -n 's/^\([0-9]*\) terkirim.*/\1/p' "$WORK/k2")
expect_eq "together they sent 40" "$((S1 + S2))" 40
check "both worked ($S1 + $S2)" test "$S1" -gt 0 -a "$S2" -gt 0
expect_eq "40 requests" "$(gw_count Serentak)" 40
expect_eq "40 different messages" "$(grep -o '"message": "Serentak [0-9]*"' "$GW_LOG" | sort -u | wc -l)" 40
expect_eq "all terkirim, each after one attempt" "$(sql "SELECT count(*) FROM outbox WHERE body LIKE 'Serentak %' AND state = 'terkirim' AND attempts = 1")" 40

# --- SIGKILL while sending -------------------------------------------------
for i in 1 2 3 4 5; do queue whatsapp "0812346000$i" "Mati $i"; done
echo "ok ok hang" >"$GW_MODES"
"$PAMONG" kirim --data "$DATA" >"$WORK/k3" 2>&1 &
P3=$!
i=0
while [ "$(gw_count Mati)" -lt 3 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
kill -9 $P3
wait $P3 2>/dev/null
expect_eq "3 requests before the kill" "$(gw_count Mati)" 3
expect_eq "two recorded as sent" "$(sql "SELECT count(*) FROM outbox WHERE body LIKE 'Mati %' AND state = 'terkirim'")" 2
expect_eq "three still claimed" "$(sql "SELECT count(*) FROM outbox WHERE body LIKE 'Mati %' AND state = 'mengirim'")" 3
kirim
expect_eq "while the lease holds nothing is sent again" "$(gw_count Mati)" 3
# the lease ends (as if its time had passed)
sql "UPDATE outbox SET lease_until = 1 WHERE state = 'mengirim'"
kirim
expect_eq "after the lease: all five terkirim" "$(sql "SELECT count(*) FROM outbox WHERE body LIKE 'Mati %' AND state = 'terkirim'")" 5
expect_eq "the two recorded ones were not sent again" "$(grep -c '"message": "Mati [12]"' "$GW_LOG")" 2
expect_eq "the unanswered one was tried again" "$(grep -c '"message": "Mati 3"' "$GW_LOG")" 2
expect_eq "the other two once" "$(grep -c '"message": "Mati [45]"' "$GW_LOG")" 2
expect_eq "the retried row counts two attempts" "$(sql "SELECT attempts FROM outbox WHERE body = 'Mati 3'")" 2

finish
