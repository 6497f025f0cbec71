#!/bin/sh
# t0004-serve-port.sh: the test library's server start survives a port
# taken between choosing it and Kore's bind() (CI run of stop 25: t0901
# failed when a sanitized Kore hung in exit() after "bind(): Address
# already in use").  A port that another process listens on, and one
# where another HTTP server answers, are both handed out first: the
# server must end up on a third port, its own, and no Kore of the failed
# tries may stay behind.
. "$(dirname "$0")/test-lib.sh"

# two taken ports: a bare listener and a foreign HTTP server
python3 -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
print(s.getsockname()[1]); sys.stdout.flush(); time.sleep(120)' \
    >"$WORK/p1" &
L1=$!
python3 -c '
import http.server, sys
h = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
print(h.server_address[1]); sys.stdout.flush(); h.serve_forever()' \
    >"$WORK/p2" 2>/dev/null &
L2=$!
trap 'kill $L1 $L2 2>/dev/null' EXIT
i=0
while { [ ! -s "$WORK/p1" ] || [ ! -s "$WORK/p2" ]; } && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
T1=$(cat "$WORK/p1") T2=$(cat "$WORK/p2")
check "two ports are taken ($T1, $T2)" test -n "$T1" -a -n "$T2"

# _t_free_port hands out the taken ones first (its ss check bypassed, as
# when the port is taken just after the check)
echo 0 >"$WORK/n"
_t_free_port() {
	_n=$(cat "$WORK/n")
	echo $((_n + 1)) >"$WORK/n"
	case $_n in
	0) echo "$T1" ;;
	1) echo "$T2" ;;
	*) echo $(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 )) ;;
	esac
}

DATA=$(mktemp -d "${TMPDIR:-/tmp}/pamong-data.XXXXXX")
_t_demo_data "$DATA" "$WORK/init.log" || fail "pamong init --demo"
SERVER_LOG=$WORK/server.log
before=$(date +%s)
_t_serve "$SERVER_LOG" http 100 env LD_PRELOAD="$(_t_preload)" \
    PAMONG_WORKERS=1 "$PAMONG" serve --data "$DATA"
check "the server started on a third port" test -n "$SERVER_PID" -a \
    "$PORT" != "$T1" -a "$PORT" != "$T2"
check "after three tries" test "$(cat "$WORK/n")" = 3
check "without waiting out a hung exit (under 20 s)" \
    test $(($(date +%s) - before)) -lt 20
check "the first try was told the port was taken" \
    grep -q "Address already in use" "$SERVER_LOG"
expect_status 200 GET /layanan
expect_contains "KPG-02" "$BODY"
check "two tries were killed (${_T_SERVE_KILLED:-none})" \
    test "$(echo $_T_SERVE_KILLED | wc -w)" = 2
left=
for p in $_T_SERVE_KILLED; do
	kill -0 "$p" 2>/dev/null && left="$left $p"
	pgrep -P "$p" >/dev/null 2>&1 && left="$left $p's workers"
done
check "no Kore of the failed tries is left (${left:-none})" test -z "$left"
stop_server
finish
