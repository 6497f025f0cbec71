# test-lib.sh: shared helpers for the HTTP tests (sourced, not run).
#
# Usage in tests/http/tNNNN-name.sh:
#	. "$(dirname "$0")/test-lib.sh"
#	start_server
#	expect_status 200 GET /layanan
#	expect_contains "Layanan" "$BODY"
#	finish
#
# Helpers: start_server, stop_server, prod_prepare, prod_newcert and
# start_prod_server (production mode, see there), login USER PASS JAR,
# csrf_from URL JAR, expect_status CODE METHOD URL [curl args...],
# expect_contains / expect_not_contains TEXT FILE, expect_header NAME
# REGEX, expect_json JS-EXPR FILE, check DESC CMD..., ok DESC, fail DESC,
# sql "SELECT ...", finish (stops the server, fails on sanitizer or sandbox reports in its
# log, prints "N passed, N failed", exits 1 on any failure).
#
# Variables: $ROOT (repository), $PAMONG (CLI, default build/pamong; the
# runner sets build/san/pamong), $DATA (data directory), $BASE (server
# URL), $WORK (scratch directory, removed at exit), and after every
# expect_status: $BODY and $HEADERS (files with the last response).
# URLs starting with "/" are relative to $BASE.
#
# With a sanitized $PAMONG, Kore gets LD_PRELOAD of gcc's libasan and
# libubsan (Kore dlopen()s pamong.so, and ASan must be loaded first);
# reports from the sandboxed workers land in the server log, which
# finish checks.

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
case $PAMONG in /*) ;; *) PAMONG=$ROOT/$PAMONG ;; esac
# Sanitized binaries: leaks are not failures, report and keep going.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export PAMONG

T_PASS=0
T_FAIL=0
DATA=
BASE=
PORT=
SERVER_PID=
SERVER_LOG=
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pamong-test.XXXXXX")
BODY=$WORK/body
HEADERS=$WORK/headers
: >"$BODY"
: >"$HEADERS"

# ok DESC / fail DESC: count one check and say so.
ok() {
	T_PASS=$((T_PASS + 1))
	echo "ok   - $*"
}
fail() {
	T_FAIL=$((T_FAIL + 1))
	echo "FAIL - $*"
}

# check DESC CMD...: run CMD, ok DESC if it succeeds, fail DESC if not.
check() {
	_d=$1
	shift
	if "$@"; then ok "$_d"; else fail "$_d"; fi
}

_t_cleanup() {
	stop_server
	# PAMONG_TEST_SERVER_LOGS=DIR keeps the server log as DIR/tNNNN-*.log
	[ -n "${PAMONG_TEST_SERVER_LOGS:-}" ] && [ -n "$SERVER_LOG" ] &&
	    cp "$SERVER_LOG" "$PAMONG_TEST_SERVER_LOGS/$(basename "$0" .sh).log" \
		2>/dev/null
	[ -n "$DATA" ] && rm -rf "$DATA"
	rm -rf "$WORK"
}
trap _t_cleanup EXIT

# On PostgreSQL (PAMONG_TEST_PG), a script's own `sqlite3 DIR/pamong.db
# SQL` goes where sql goes when DIR has a db.conf: $WORK/pgbin/sqlite3
# comes first on PATH; other databases still get the real sqlite3.
if [ -n "${PAMONG_TEST_PG:-}" ]; then
	mkdir -p "$WORK/pgbin"
	cat >"$WORK/pgbin/sqlite3" <<EOSH
#!/bin/sh
db=
sql=
for a; do
	case \$a in -*) ;; *) if [ -z "\$db" ]; then db=\$a; else sql=\$a; fi ;; esac
done
if [ -n "\$db" ] && [ -f "\$(dirname "\$db")/db.conf" ]; then
	exec python3 "$ROOT/tests/http/pgsql.py" \\
	    "\$(cat "\$(dirname "\$db")/db.conf")" "\$sql"
fi
PATH="$PATH" exec sqlite3 "\$@"
EOSH
	chmod 755 "$WORK/pgbin/sqlite3"
	PATH=$WORK/pgbin:$PATH
	export PATH
fi
trap 'exit 130' INT TERM

# _t_url URL: prefix $BASE to a path.
_t_url() {
	case $1 in /*) echo "$BASE$1" ;; *) echo "$1" ;; esac
}

# _t_free_port: print a loopback TCP port nobody listens on.
_t_free_port() {
	while :; do
		_p=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
		# without ss (iproute2), a taken port shows as a failed start
		if ! command -v ss >/dev/null 2>&1 ||
		    ! ss -Htln "sport = :$_p" 2>/dev/null | grep -q .; then
			echo "$_p"
			return
		fi
	done
}

# _t_serve LOG SCHEME TENTHS CMD...: run `CMD... --listen 127.0.0.1:PORT`
# in the background on a free PORT, its output line-buffered (libstdbuf
# in LD_PRELOAD, see _t_preload) and appended to LOG, and wait
# up to TENTHS tenths of a second until it answers at SCHEME://127.0.0.1:PORT/.
# Another port is tried (up to 5 times) when the server exits, or says
# its port was taken meanwhile: then it is killed at once, as a sanitized
# Kore can hang in exit() after its "bind(): Address already in use"
# (a p11-kit destructor waits on glibc's locale lock; seen in CI).  An
# answer counts only from a socket that SERVER_PID itself listens on
# (checked with ss where there is one), never from another test's server
# on the same port.  Sets PORT, BASE and SERVER_PID; 0 once it answers,
# else 1 with SERVER_PID empty (and 1 at once on a seccomp "sandbox
# violation": no other port would help).  The pids of the tries it killed
# are appended to _T_SERVE_KILLED.
_t_serve() {
	_sl=$1 _ssch=$2 _sten=$3
	shift 3
	for _try in 1 2 3 4 5; do
		PORT=$(_t_free_port)
		BASE=$_ssch://127.0.0.1:$PORT
		_soff=$(stat -c %s "$_sl" 2>/dev/null || echo 0)
		env _STDBUF_O=L _STDBUF_E=L "$@" --listen "127.0.0.1:$PORT" \
		    >>"$_sl" 2>&1 &
		SERVER_PID=$!
		_si=0
		while [ $_si -lt "$_sten" ]; do
			_snew=$(tail -c +$((_soff + 1)) "$_sl" 2>/dev/null)
			case $_snew in
			*'sandbox violation'*)
				_t_kill9 "$SERVER_PID"
				return 1 ;;
			*'Address already in use'*) break ;;
			esac
			if curl -s -o /dev/null -m 2 "$BASE/"; then
				! command -v ss >/dev/null 2>&1 && return 0
				ss -Htlnp "sport = :$PORT" 2>/dev/null |
				    grep -q "pid=$SERVER_PID," && return 0
				break # another server's port
			fi
			_t_alive "$SERVER_PID" || break
			sleep 0.1
			_si=$((_si + 1))
		done
		echo "# server did not start on port $PORT (try $_try)" >&2
		_T_SERVE_KILLED="${_T_SERVE_KILLED:-} $SERVER_PID"
		_t_kill9 "$SERVER_PID"
	done
	return 1
}

# _t_kill9 PID: SIGKILL to a server's parent and its workers at once, and
# reap it; empties SERVER_PID.
_t_kill9() {
	_kids=$(pgrep -P "$1" 2>/dev/null | tr '\n' ' ')
	# shellcheck disable=SC2086
	kill -9 "$1" $_kids 2>/dev/null
	wait "$1" 2>/dev/null
	SERVER_PID=
}

# _t_preload: LD_PRELOAD for Kore when $PAMONG is a sanitized build.  Kore
# dlopen()s pamong.so, so the ASan runtime must be loaded first; libstdbuf
# makes Kore's stdout log line-buffered so it is readable while running.
_t_preload() {
	_pre=
	if ldd "$PAMONG" 2>/dev/null | grep -q libasan; then
		for _l in libasan.so libubsan.so; do
			_f=$(${CC:-gcc} -print-file-name=$_l 2>/dev/null)
			[ -f "$_f" ] && _pre="$_pre $_f"
		done
	fi
	for _f in /usr/libexec/coreutils/libstdbuf.so \
	    /usr/lib/coreutils/libstdbuf.so; do
		[ -f "$_f" ] && { _pre="$_pre $_f"; break; }
	done
	echo "${_pre# }"
}

# _t_alive PID: the process runs.  A server that exited (e.g. its port was
# taken meanwhile) stays a zombie until the shell reaps it, and kill -0
# succeeds on a zombie, so its state is read too.
_t_alive() {
	kill -0 "$1" 2>/dev/null &&
	    ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat" 2>/dev/null
}

# _t_demo_data DIR LOG: fill DIR with a demo data directory and LOG with
# what `pamong init --demo` printed.  The directory is made once per
# program and seed data (a template under the build directory, keyed on
# their size and time; the first script makes it under a lock, the
# others wait and copy it), since `init --demo` costs about 10 s under
# ASan, most of it the PBKDF2 wrapping of the demo signers' keys.  Every
# script still gets its own copy.  0 on success.
_t_demo_data() {
	_key=$( (stat -c '%n %Y %s' "$PAMONG" "$ROOT"/data/*; \
	    echo "${PAMONG_SEED_DIR:-} ${PAMONG_TEST_PG:-}" \
	    "${PAMONG_TEST_PG_RUN:-}") 2>/dev/null | md5sum | cut -c1-12)
	_tpl=$ROOT/build/test-demo/$_key
	mkdir -p "$ROOT/build/test-demo"
	# a lock left by a killed run is stale after 5 minutes
	find "$ROOT/build/test-demo" -maxdepth 1 -name '*.lock' -mmin +5 \
	    -exec rmdir {} + 2>/dev/null
	if [ ! -f "$_tpl/.done" ] && mkdir "$_tpl.lock" 2>/dev/null; then
		rm -rf "$_tpl"
		if [ -n "${PAMONG_TEST_PG:-}" ]; then
			_t_pg_createdb "pamong_tpl_$_key" >"$_tpl.log" 2>&1 &&
			    "$PAMONG" init --data "$_tpl" --demo \
			    --db "$PAMONG_TEST_PG/pamong_tpl_$_key" \
			    >>"$_tpl.log" 2>&1 &&
			    _t_pg_shims "$PAMONG_TEST_PG/pamong_tpl_$_key" \
			    >>"$_tpl.log" 2>&1 && touch "$_tpl/.done"
		else
			"$PAMONG" init --data "$_tpl" --demo >"$_tpl.log" 2>&1 &&
			    touch "$_tpl/.done"
		fi
		rmdir "$_tpl.lock"
	fi
	_i=0
	while [ ! -f "$_tpl/.done" ] && [ -d "$_tpl.lock" ] && [ $_i -lt 1800 ]
	do
		sleep 0.1
		_i=$((_i + 1))
	done
	if [ ! -f "$_tpl/.done" ]; then
		cat "$_tpl.log" >"$2" 2>/dev/null
		return 1
	fi
	cp -a "$_tpl/." "$1/" && rm -f "$1/.done" && cp "$_tpl.log" "$2" ||
	    return 1
	[ -n "${PAMONG_TEST_PG:-}" ] || return 0
	# PostgreSQL: a database of the script's own, copied from the
	# template's (CREATE DATABASE ... TEMPLATE), named in DIR/db.conf
	_db=pamong_$(basename "$1" | tr -c 'a-zA-Z0-9\n' _ | tr A-Z a-z)
	_t_pg_createdb "$_db" "pamong_tpl_$_key" >>"$2" 2>&1 &&
	    printf '%s\n' "$PAMONG_TEST_PG/$_db" >"$1/db.conf" &&
	    chmod 600 "$1/db.conf"
}

# _t_pg_shims URL: the schema pamong_test in the template database, for
# the scripts' own queries only (tests/http/pgsql.py puts it on its
# search_path; the server's search_path does not have it): = and <>
# between text and integers, compared as text, as SQLite compares a
# column of TEXT affinity with a number; hex(x) as SQLite's (upper case);
# as_text(x) as SQLite's CAST(x AS TEXT) (a blob's UTF-8 text, 1 or 0
# for a boolean).
_t_pg_shims() {
	psql -X -q -v ON_ERROR_STOP=1 -d "$1" <<'EOSQL'
CREATE SCHEMA pamong_test;
CREATE FUNCTION pamong_test.ti_eq(a text, b bigint) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT a = CAST(b AS text) $$;
CREATE FUNCTION pamong_test.ti_ne(a text, b bigint) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT a <> CAST(b AS text) $$;
CREATE FUNCTION pamong_test.it_eq(a bigint, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(a AS text) = b $$;
CREATE FUNCTION pamong_test.it_ne(a bigint, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(a AS text) <> b $$;
CREATE FUNCTION pamong_test.hex(b bytea) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT upper(encode(b, 'hex')) $$;
CREATE FUNCTION pamong_test.hex(t text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT upper(encode(convert_to(t, 'UTF8'),
    'hex')) $$;
CREATE FUNCTION pamong_test.as_text(b bytea) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT convert_from(b, 'UTF8') $$;
CREATE FUNCTION pamong_test.as_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT t $$;
CREATE FUNCTION pamong_test.as_text(x boolean) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(CAST(x AS int) AS text) $$;
CREATE FUNCTION pamong_test.as_text(x anyelement) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(x AS text) $$;
CREATE OPERATOR pamong_test.= (LEFTARG = text, RIGHTARG = bigint,
    FUNCTION = pamong_test.ti_eq);
CREATE OPERATOR pamong_test.<> (LEFTARG = text, RIGHTARG = bigint,
    FUNCTION = pamong_test.ti_ne);
CREATE OPERATOR pamong_test.= (LEFTARG = bigint, RIGHTARG = text,
    FUNCTION = pamong_test.it_eq);
CREATE OPERATOR pamong_test.<> (LEFTARG = bigint, RIGHTARG = text,
    FUNCTION = pamong_test.it_ne);
EOSQL
}

# _t_pg_createdb NAME [TEMPLATE]: a new database NAME in the cluster of
# $PAMONG_TEST_PG (postgresql://USER@HOST:PORT, set by tests/pg/run.sh),
# a copy of TEMPLATE if given.  Copies of one template made at the same
# time may find it busy: retried.  0 on success.
_t_pg_createdb() {
	_tq=
	[ -n "${2:-}" ] && _tq=" TEMPLATE \"$2\""
	_i=0
	while [ $_i -lt 50 ]; do
		psql -X -q -v ON_ERROR_STOP=1 -d "$PAMONG_TEST_PG/postgres" \
		    -c "CREATE DATABASE \"$1\"$_tq" && return 0
		_i=$((_i + 1))
		sleep 0.2
	done
	return 1
}

# start_server: init a demo data directory and serve it on a free port.
start_server() {
	DATA=$(mktemp -d "${TMPDIR:-/tmp}/pamong-data.XXXXXX")
	if ! _t_demo_data "$DATA" "$WORK/init.log"; then
		cat "$WORK/init.log" >&2
		fail "pamong init --data DATA --demo"
		finish
	fi
	SERVER_LOG=$WORK/server.log
	if ! _t_serve "$SERVER_LOG" http 100 env LD_PRELOAD="$(_t_preload)" \
	    PAMONG_WORKERS=2 "$PAMONG" serve --data "$DATA"; then
		cat "$SERVER_LOG" >&2
		fail "server did not answer within 10 s"
		finish
	fi
}

# Production mode (`pamong serve --prod`: TLS, workers as an unprivileged
# user chrooted into the data directory, seccomp), for the scripts that
# test it (t0900, t1004):
#	prod_prepare			# root only, else skip; sets the below
#	check "openssl made a certificate" prod_newcert
#	...				# anything before the start
#	start_prod_server		# https://127.0.0.1:PORT in $BASE
#
# prod_prepare: skip the script (one ok, finish) unless run as root, as
# Kore chroots and changes user.  Else set PUSER (the worker user: a
# dedicated system user pamong-test, created once and kept; two runs
# racing on useradd both end with it; else nobody) and PUID, make TLS
# (certificate directory) and RUN (Kore's pid files), both 0700 under
# $WORK, and a demo data directory $DATA owned by $PUSER, mode 0700,
# whose root CA key has been moved to $WORK/root.key (taken offline).
prod_prepare() {
	if [ "$(id -u)" != 0 ]; then
		echo "skip: $(basename "$0" .sh | cut -d- -f1) needs root" \
		    "(Kore chroots and changes user)"
		ok "skip: production mode needs root"
		finish
	fi
	PUSER=pamong-test
	getent passwd "$PUSER" >/dev/null 2>&1 ||
	    useradd --system --user-group --no-create-home \
		--home-dir /nonexistent --shell /usr/sbin/nologin "$PUSER" \
		>/dev/null 2>&1
	getent passwd "$PUSER" >/dev/null 2>&1 || PUSER=nobody
	PUID=$(id -u "$PUSER")
	echo "# workers run as $PUSER (uid $PUID)"
	TLS=$WORK/tls
	RUN=$WORK/run
	mkdir -p "$TLS" "$RUN"
	chmod 700 "$TLS" "$RUN"
	DATA=$(mktemp -d "${TMPDIR:-/tmp}/pamong-data.XXXXXX")
	if ! _t_demo_data "$DATA" "$WORK/init.log"; then
		cat "$WORK/init.log" >&2
		fail "pamong init --data DATA --demo"
		finish
	fi
	# as the operator must before going live: the root CA key leaves the
	# data directory (serve --prod refuses to start while it is there)
	mv "$DATA/pki/root.key" "$WORK/root.key"
	chown -R "$PUSER": "$DATA"
	chmod 700 "$DATA"
}

# prod_newcert: a throw-away ECDSA P-256 certificate for localhost and
# 127.0.0.1, $TLS/cert.pem with its key $TLS/key.pem (0600); replaces the
# previous one.  0 on success.
prod_newcert() {
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
	    -keyout "$TLS/key.pem" -out "$TLS/cert.pem" -days 2 \
	    -subj /CN=localhost \
	    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >/dev/null 2>&1 &&
	    chmod 600 "$TLS/key.pem"
}

# start_prod_server: serve $DATA with `pamong serve --prod` (2 workers as
# $PUSER, the certificate in $TLS, pid files in $RUN, and $PROD_ARGS,
# default --allow-demo since prod_prepare makes demo data) on a free port; set
# PORT, BASE (https) and SERVER_PID, which is Kore's parent (the subshell
# execs pamong, which execs Kore).  umask 077 (as under a hardened systemd
# unit) makes SQLite fchmod() the -wal and -shm files it creates.  curl
# must trust the certificate (CURL_CA_BUNDLE).  Waits up to about 15 s,
# gives up at once on a crashing worker, and tries another port only if
# Kore exited (the port was taken meanwhile); ok once it answers, else
# fail and finish.
# _t_root_only PATH: PATH and every directory above it belong to root and
# only root can write them (sticky directories such as /tmp excepted), as
# `serve --prod` demands of pamong.so.
_t_root_only() {
	_p=$(readlink -f "$1") || return 1
	while :; do
		set -- $(stat -c '%u %a %F' "$_p") || return 1
		[ "$1" = 0 ] || return 1
		case $3 in
		directory) [ $(( 0$2 & 01000 )) -ne 0 ] ||
		    [ $(( 0$2 & 022 )) -eq 0 ] || return 1 ;;
		*) [ $(( 0$2 & 022 )) -eq 0 ] || return 1 ;;
		esac
		[ "$_p" = / ] && return 0
		_p=$(dirname "$_p")
	done
}

# _t_prod_pamong: the CLI for `serve --prod` (tests call it too): $PAMONG, or when its
# pamong.so is not root's alone (a build tree of another user) a copy of
# both in $WORK/bin, made root-owned and 0755.
_t_prod_pamong() {
	_so=$(dirname "$PAMONG")/pamong.so
	if _t_root_only "$_so" && _t_root_only "$PAMONG"; then
		echo "$PAMONG"
		return
	fi
	[ -x "$WORK/bin/pamong" ] && { echo "$WORK/bin/pamong"; return; }
	mkdir -p "$WORK/bin"
	cp "$PAMONG" "$_so" "$WORK/bin/"
	chown -R root:root "$WORK/bin"
	chmod 755 "$WORK/bin" "$WORK/bin/pamong" "$WORK/bin/pamong.so"
	echo "$WORK/bin/pamong"
}

start_prod_server() {
	SERVER_LOG=$WORK/server.log
	# shellcheck disable=SC2086
	if ! _t_serve "$SERVER_LOG" https 150 sh -c 'umask 077; exec "$@"' sh \
	    env LD_PRELOAD="$(_t_preload)" PAMONG_WORKERS=2 "$(_t_prod_pamong)" \
	    serve --data "$DATA" --prod --cert "$TLS/cert.pem" \
	    --key "$TLS/key.pem" --user "$PUSER" --run-dir "$RUN" \
	    ${PROD_ARGS---allow-demo}; then
		cat "$SERVER_LOG" >&2
		fail "production server did not answer over https within 15 s"
		finish
	fi
	ok "production server answers over https (certificate verified)"
}

# stop_server: stop Kore (parent first; it drains its workers) and wait.
stop_server() {
	[ -n "$SERVER_PID" ] || return 0
	# its workers, to be killed with it: a SIGKILLed Kore parent leaves
	# them running (issue 14, outage.sh)
	_kids=$(pgrep -P "$SERVER_PID" 2>/dev/null | tr '\n' ' ')
	kill "$SERVER_PID" 2>/dev/null
	_i=0
	while _t_alive "$SERVER_PID" && [ $_i -lt 100 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	# shell-quoted list on purpose: one pid a word
	# shellcheck disable=SC2086
	_t_alive "$SERVER_PID" && kill -9 "$SERVER_PID" $_kids 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
}

# expect_status CODE METHOD URL [curl args...]: one request; the body is
# left in $BODY, the response headers in $HEADERS.  It may take up to 60 s:
# a signing under the sanitizers on a loaded machine (two cores, five
# builds beside the suite) took more than 20 s (t0303, t1202, t1603).
expect_status() {
	_want=$1 _m=$2 _what="$2 $3" _u=$(_t_url "$3")
	shift 3
	if [ "$_m" = HEAD ]; then
		set -- --head "$@"
	else
		set -- -X "$_m" "$@"
	fi
	: >"$BODY"
	_got=$(curl -s -m 60 -o "$BODY" -D "$HEADERS" -w '%{http_code}' \
	    "$@" "$_u")
	[ "$_m" = HEAD ] && : >"$BODY"
	if [ "$_got" = "$_want" ]; then
		ok "$_what -> $_want"
	else
		fail "$_what -> $_got (expected $_want)"
		return 1
	fi
}

# expect_contains TEXT FILE / expect_not_contains TEXT FILE: fixed string.
expect_contains() {
	if grep -qF -- "$1" "$2"; then
		ok "contains: $1"
	else
		fail "missing: $1 (in $(basename "$2"))"
		return 1
	fi
}
expect_not_contains() {
	if grep -qF -- "$1" "$2"; then
		fail "must not contain: $1 (in $(basename "$2"))"
		return 1
	else
		ok "does not contain: $1"
	fi
}

# expect_header NAME REGEX: the last response has a header NAME whose
# "name: value" line, or whose value alone, matches the extended REGEX.
expect_header() {
	_line=$(grep -i "^$1:" "$HEADERS" | tr -d '\r')
	if printf '%s\n' "$_line" | grep -Eq -- "$2" ||
	    printf '%s\n' "$_line" | sed 's/^[^:]*: *//' | grep -Eq -- "$2"; then
		ok "header $1 ~ $2"
	else
		fail "header $1 !~ $2: ${_line:-(none)}"
		return 1
	fi
}

# expect_json JS-EXPR FILE: the JSON in FILE makes the expression (over
# `j`) true, e.g. expect_json 'j.galat.kode === "tidak_ditemukan"' "$BODY".
expect_json() {
	if node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
	    process.exit((0, eval)("(j) => (" + process.argv[2] + ")")(j) ? 0 : 1);' \
	    "$2" "$1" 2>/dev/null; then
		ok "json: $1"
	else
		fail "json: $1 (in $(basename "$2")): $(head -c 300 "$2")"
		return 1
	fi
}

# csrf_from URL JAR: print the csrf hidden input value of the page.
csrf_from() {
	curl -s -m 20 -b "$2" -c "$2" "$(_t_url "$1")" |
	    sed -n 's/.*<input type="hidden" name="csrf" value="\([^"]*\)".*/\1/p' |
	    head -n 1
}

# login USER PASS JAR: sign in through /masuk; 0 on a 303 with a session.
login() {
	_c=$(csrf_from /masuk "$3")
	[ -n "$_c" ] || return 1
	_code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$3" -c "$3" \
	    --data-urlencode "pengguna=$1" --data-urlencode "sandi=$2" \
	    --data-urlencode "csrf=$_c" "$BASE/masuk")
	[ "$_code" = 303 ] && grep -q 'pamong_sesi' "$3"	# or __Host-pamong_sesi
}

# sql "SELECT ...": run SQL on the data directory's database.
sql() {
	if [ -f "$DATA/db.conf" ]; then
		python3 "$ROOT/tests/http/pgsql.py" "$(cat "$DATA/db.conf")" "$*"
		return
	fi
	sqlite3 -batch -bail "$DATA/pamong.db" "$@"
}

# check_server_log: fail if a sanitizer, the sandbox or a dead worker spoke.
check_server_log() {
	[ -n "$SERVER_LOG" ] && [ -f "$SERVER_LOG" ] || return 0
	_pat='ERROR: AddressSanitizer|runtime error:|seccomp violation|died from sandbox violation|\(hdlr: [^)]*\) gone|restarting worker'
	if grep -Eq "$_pat" "$SERVER_LOG"; then
		fail "server log is clean"
		echo "--- server log (${SERVER_LOG}):" >&2
		awk '!seen[$0]++' "$SERVER_LOG" | grep -v privsep | head -n 200 >&2
		echo "---" >&2
	else
		ok "server log is clean"
	fi
}

# finish: stop the server, check its log, print the totals, exit.
finish() {
	trap - INT TERM
	stop_server
	check_server_log
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ] || exit 1
	exit 0
}
