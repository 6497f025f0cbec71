#!/bin/sh
# p2001-kirim: outbox delivery throughput (issue 15).  A fresh --demo data
# directory (SQLite), the WhatsApp gateway stand-in of the tests
# (tests/http/gateway-standin.py, answers "ok" at once), N queued
# messages, then `pamong kirim` rounds: first one worker, then the same N
# again with two workers at once.  Prints messages/s for each and checks
# that every message was sent exactly once.  Knobs: N (default 2000),
# PAMONG (default build/pamong).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
N=${N:-2000}
PY=/usr/bin/python3
W=$(mktemp -d "${TMPDIR:-/tmp}/pamong-p2001.XXXXXX")
GW=
stop() {
	[ -n "$GW" ] && kill "$GW" 2>/dev/null && wait "$GW" 2>/dev/null
	rm -rf "$W"
}
trap stop EXIT
"$PAMONG" init --data "$W/d" --demo >"$W/init.log" 2>&1 || { cat "$W/init.log"; exit 1; }
PORT=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
: >"$W/modes"
$PY "$ROOT/tests/http/gateway-standin.py" --port "$PORT" --log "$W/gw.log" \
    --modes "$W/modes" >"$W/gw.out" 2>&1 &
GW=$!
i=0
while ! grep -q ready "$W/gw.out" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
printf 'wa_mode = gateway\nwa_url = http://127.0.0.1:%s/kirim\nwa_token = t\nwa_per_menit = 100000\n' \
    "$PORT" >"$W/d/kanal.conf"
DB=$W/d/pamong.db
fill() {
	sqlite3 "$DB" "DELETE FROM outbox_attempt; DELETE FROM outbox;
	    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
	    INSERT INTO outbox(channel, recipient, body, created_at, next_at)
	    SELECT 'whatsapp', '0812' || printf('%08d', i), 'Pesan uji ' || i, 1, 1 FROM n"
	: >"$W/gw.log"
}
now() { date +%s.%N; }
rate() {	# rate LABEL T0 T1
	awk -v n="$N" -v a="$2" -v b="$3" -v l="$1" 'BEGIN { printf "%s: %d messages in %.2f s = %.0f messages/s\n", l, n, b - a, n / (b - a) }'
}
check() {
	sent=$(sqlite3 "$DB" "SELECT count(*) FROM outbox WHERE state = 'terkirim' AND attempts = 1")
	reqs=$(wc -l <"$W/gw.log")
	uniq=$(grep -o '"message": "Pesan uji [0-9]*"' "$W/gw.log" | sort -u | wc -l)
	echo "  terkirim once: $sent of $N; gateway requests: $reqs, distinct: $uniq"
	[ "$sent" = "$N" ] && [ "$reqs" = "$N" ] && [ "$uniq" = "$N" ]
}
ok=0
fill
t0=$(now); "$PAMONG" kirim --data "$W/d" >/dev/null 2>&1; t1=$(now)
rate "1 worker " "$t0" "$t1"; check || ok=1
fill
t0=$(now)
"$PAMONG" kirim --data "$W/d" >/dev/null 2>&1 &
a=$!
"$PAMONG" kirim --data "$W/d" >/dev/null 2>&1 &
b=$!
wait $a; wait $b
t1=$(now)
rate "2 workers" "$t0" "$t1"; check || ok=1
exit $ok
