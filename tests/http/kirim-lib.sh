# kirim-lib.sh: helpers of the notification delivery tests (t20NN,
# issue 15), sourced after test-lib.sh.  They start real local parts:
# an SMTP server (smtp-standin.py on Debian's python3-aiosmtpd) and an
# HTTP stand-in for the WhatsApp/SMS gateways (gateway-standin.py), both
# under /usr/bin/python3, and stop them at exit (by their own pids).
#
#	kirim_data		a demo data directory in $DATA without a server
#	start_smtp [ARGS]	SMTP on $SMTP_PORT, messages in $MAILDIR
#	start_gateway [ARGS]	HTTP stand-in on $GW_PORT, requests in
#				$GW_LOG, answers from the words of $GW_MODES
#	kanal LINES...		write $DATA/kanal.conf
#	queue CHANNEL TO TEXT	an outbox row due now (its id in $QID)
#	kirim			one `pamong kirim` round (output in $WORK/kirim.out)
#	state ID		the row's state
#	gw_count [FILTER]	requests the gateway logged (grep -c)

PY=/usr/bin/python3
HELPER_PIDS=
SMTP_PORT=
GW_PORT=
MAILDIR=$WORK/mail
GW_LOG=$WORK/gateway.jsonl
GW_MODES=$WORK/gateway.modes

_kirim_cleanup() {
	for _p in $HELPER_PIDS; do
		kill "$_p" 2>/dev/null
	done
	for _p in $HELPER_PIDS; do
		wait "$_p" 2>/dev/null
	done
	HELPER_PIDS=
	_t_cleanup
}
trap _kirim_cleanup EXIT

kirim_data() {
	DATA=$(mktemp -d "${TMPDIR:-/tmp}/pamong-data.XXXXXX")
	if ! _t_demo_data "$DATA" "$WORK/init.log"; then
		cat "$WORK/init.log" >&2
		fail "pamong init --data DATA --demo"
		finish
	fi
}

# _wait_ready FILE PID: until FILE says "ready" (10 s)
_wait_ready() {
	_i=0
	while [ $_i -lt 100 ]; do
		grep -q ready "$1" 2>/dev/null && return 0
		kill -0 "$2" 2>/dev/null || break
		sleep 0.1
		_i=$((_i + 1))
	done
	cat "$1" >&2
	return 1
}

start_smtp() {
	SMTP_PORT=$(_t_free_port)
	mkdir -p "$MAILDIR"
	$PY "$ROOT/tests/http/smtp-standin.py" --port "$SMTP_PORT" \
	    --dir "$MAILDIR" "$@" >"$WORK/smtp.out" 2>&1 &
	HELPER_PIDS="$HELPER_PIDS $!"
	_wait_ready "$WORK/smtp.out" $! || { fail "SMTP stand-in starts"; finish; }
}

start_gateway() {
	GW_PORT=$(_t_free_port)
	: >"$GW_LOG"
	: >"$GW_MODES"
	$PY "$ROOT/tests/http/gateway-standin.py" --port "$GW_PORT" \
	    --log "$GW_LOG" --modes "$GW_MODES" "$@" >"$WORK/gw.out" 2>&1 &
	HELPER_PIDS="$HELPER_PIDS $!"
	_wait_ready "$WORK/gw.out" $! || { fail "gateway stand-in starts"; finish; }
}

kanal() {
	printf '%s\n' "$@" >"$DATA/kanal.conf"
}

queue() {
	_now=$(date +%s)
	QID=$(sql "INSERT INTO outbox(channel, recipient, subject, body,
	    created_at, next_at) VALUES ('$1', '$2', 'Uji', '$3', $_now,
	    $_now) RETURNING id")
}

kirim() {
	"$PAMONG" kirim --data "$DATA" >"$WORK/kirim.out" 2>&1
	KIRIM_RC=$?
}

state() {
	sql "SELECT state FROM outbox WHERE id = $1"
}

# make row ID due now (skip its backoff wait)
due() {
	sql "UPDATE outbox SET next_at = 0 WHERE id = $1"
}

gw_count() {
	grep -c "${1:-.}" "$GW_LOG" 2>/dev/null || true
}

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
