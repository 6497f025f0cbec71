#!/bin/sh
# run.sh: catalog page throughput, Pamong against nginx serving the same HTML.
#
# Starts Pamong (build/pamong, fresh demo data) and nginx (a private config
# on another loopback port serving the HTML Pamong produced for the same
# path), then runs the same wrk load against each, one after the other,
# and prints req/s, p99 latency and the pamong/nginx ratio.  Results are
# not recorded automatically: copy them into bench/README.md by hand.
#
# BENCH_PATH=/v/ measures the public verification page of a signed
# letter: the script first makes one through the API (a KPG-02 by
# warga.demo, verified by op.kampungdalam, signed by
# penghulu.kampungdalam with the demo passphrase) and measures
# /v/{kode}.  That page carries an upload form, so every request without
# a cookie gets a fresh anonymous cookie and CSRF token (cache.c fills
# them into the cached page); nginx serves one fixed copy.
#
# Environment: BENCH_PATH (default /layanan), WORKERS (default 2, for both
# servers), DURATION (default 10s), CONNECTIONS (default 100),
# THREADS (default 2).
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
PAMONG=${PAMONG:-$ROOT/build/pamong}
BENCH_PATH=${BENCH_PATH:-/layanan}
WORKERS=${WORKERS:-2}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
NGINX=${NGINX:-/usr/sbin/nginx}

die() { echo "bench: $*" >&2; exit 1; }
for t in "$PAMONG" "$NGINX"; do [ -x "$t" ] || die "$t missing"; done
command -v wrk >/dev/null || die "wrk missing (scripts/install-deps.sh test)"
[ -f "$(dirname "$PAMONG")/pamong.so" ] ||
    die "$(dirname "$PAMONG")/pamong.so missing (make build)"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench.XXXXXX")
PAMONG_PID=
NGINX_PID=
cleanup() {
	for p in $PAMONG_PID $NGINX_PID; do
		kill "$p" 2>/dev/null
	done
	for p in $PAMONG_PID $NGINX_PID; do
		wait "$p" 2>/dev/null
	done
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# free_port: a loopback TCP port nobody listens on.
free_port() {
	while :; do
		p=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 + 20000 ))
		command -v ss >/dev/null 2>&1 || { echo "$p"; return; }
		ss -Htln "sport = :$p" | grep -q . || { echo "$p"; return; }
	done
}

# wait_http URL: wait up to 10 s for URL to answer.
wait_http() {
	i=0
	while [ $i -lt 100 ]; do
		curl -s -o /dev/null -m 2 "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# --- Pamong ---
"$PAMONG" init --data "$TMP/data" --demo >"$TMP/init.log" 2>&1 ||
    { cat "$TMP/init.log"; die "pamong init failed"; }
PPORT=$(free_port)
PAMONG_WORKERS=$WORKERS "$PAMONG" serve --data "$TMP/data" \
    --listen "127.0.0.1:$PPORT" >"$TMP/pamong.log" 2>&1 &
PAMONG_PID=$!
wait_http "http://127.0.0.1:$PPORT/" || { cat "$TMP/pamong.log"; die "pamong did not start"; }

# tok USER: a Bearer token of a demo account
tok() {
	curl -s -m 20 -H 'Content-Type: application/json' \
	    -d "{\"pengguna\":\"$1\",\"sandi\":\"Siak-Demo-2026\"}" \
	    "http://127.0.0.1:$PPORT/api/v1/sesi" |
	    sed -n 's/.*"token": *"\([^"]*\)".*/\1/p'
}
# act TOKEN NOMOR JSON: an officer's action on an application
act() {
	n=$(printf '%s' "$2" | sed 's|/|%2F|g')
	curl -s -m 60 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" \
	    -H 'Content-Type: application/json' -d "$3" \
	    "http://127.0.0.1:$PPORT/api/v1/permohonan/$n/tindakan"
}
if [ "$BENCH_PATH" = /v/ ]; then
	F=$ROOT/tests/fixtures/berkas
	nomor=$(curl -s -m 60 -H "Authorization: Bearer $(tok warga.demo)" \
	    -F layanan=KPG-02 -F wilayah=14.08.01.1001 \
	    -F 'isian.keperluan=Melamar pekerjaan' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
	    -F isian.lama_tinggal=12 -F 'isian.status_tinggal=Milik sendiri' \
	    -F isian.rt_rw=001/003 -F "berkas.ktp_el=@$F/surat.pdf" \
	    -F "berkas.kartu_keluarga=@$F/kk.png" \
	    -F "berkas.surat_pengantar_rt_rw=@$F/foto.jpg" \
	    "http://127.0.0.1:$PPORT/api/v1/permohonan" |
	    sed -n 's/.*"nomor": *"\([^"]*\)".*/\1/p')
	[ -n "$nomor" ] || die "cannot submit the application"
	[ "$(act "$(tok op.kampungdalam)" "$nomor" '{"tindakan":"verifikasi"}')" = 200 ] ||
	    die "cannot verify $nomor"
	[ "$(act "$(tok penghulu.kampungdalam)" "$nomor" \
	    '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}')" = 200 ] ||
	    die "cannot sign $nomor"
	kode=$(sqlite3 "$TMP/data/pamong.db" "SELECT d.kode FROM dokumen d
	    JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$nomor'")
	[ -n "$kode" ] || die "no document for $nomor"
	BENCH_PATH=/v/$kode
fi
code=$(curl -s -o "$TMP/page.html" -w '%{http_code}' "http://127.0.0.1:$PPORT$BENCH_PATH")
if [ "$code" != 200 ]; then
	echo "bench: $BENCH_PATH answered $code; measuring / instead" >&2
	BENCH_PATH=/
	code=$(curl -s -o "$TMP/page.html" -w '%{http_code}' "http://127.0.0.1:$PPORT/")
	[ "$code" = 200 ] || die "/ answered $code"
fi

# --- nginx: same bytes, same path, as the current user, nothing shared ---
mkdir -p "$TMP/www" "$TMP/nginx"
cp "$TMP/page.html" "$TMP/www/page.html"
chmod -R a+rX "$TMP/www"
chmod a+x "$TMP"
NPORT=$(free_port)
{
	[ "$(id -u)" -eq 0 ] && echo "user root;"
	cat <<CONF
worker_processes $WORKERS;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $TMP/nginx/body;
	proxy_temp_path $TMP/nginx/proxy;
	fastcgi_temp_path $TMP/nginx/fastcgi;
	server_tokens off;
	sendfile on;
	tcp_nopush on;
	open_file_cache max=16;
	keepalive_requests 1000;
	server {
		listen 127.0.0.1:$NPORT;
		root $TMP/www;
		default_type "text/html; charset=utf-8";
		location / { try_files /page.html =404; }
	}
}
CONF
} >"$TMP/nginx/nginx.conf"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g 'daemon off;' \
    >"$TMP/nginx/stderr.log" 2>&1 &
NGINX_PID=$!
wait_http "http://127.0.0.1:$NPORT$BENCH_PATH" ||
    { cat "$TMP/nginx/stderr.log" "$TMP/nginx/error.log"; die "nginx did not start"; }
curl -s "http://127.0.0.1:$NPORT$BENCH_PATH" | cmp -s - "$TMP/page.html" ||
    die "nginx does not serve the same bytes"

# --- load ---
# ms VALUE: wrk latency (e.g. 812.00us, 3.21ms, 1.02s) in milliseconds.
ms() {
	echo "$1" | awk '{ v = $1 + 0
	    if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0;
	    else if ($1 ~ /m$/) v *= 60000; else if ($1 ~ /s$/) v *= 1000
	    printf "%.2f", v }'
}
# load NAME URL: warm up, then measure; sets RPS_NAME, P99_NAME.
load() {
	wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$2" >/dev/null 2>&1
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" \
	    >"$TMP/wrk-$1.txt" 2>&1
	rps=$(awk '/^Requests\/sec:/ { print $2 }' "$TMP/wrk-$1.txt")
	p99=$(awk '$1 == "99%" { print $2 }' "$TMP/wrk-$1.txt")
	bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$TMP/wrk-$1.txt")
	err=$(grep 'Socket errors:' "$TMP/wrk-$1.txt")
	[ -n "$rps" ] || { cat "$TMP/wrk-$1.txt"; die "wrk failed against $1"; }
	eval "RPS_$1=\$rps P99_$1=\$(ms \$p99) BAD_$1=\${bad:-0}"
	[ -n "$err" ] && echo "bench: $1: $err" >&2
	[ "${bad:-0}" != 0 ] && echo "bench: $1: $bad non-2xx responses" >&2
	return 0
}

size=$(wc -c <"$TMP/page.html")
echo "Pamong catalog benchmark: GET $BENCH_PATH ($size bytes of HTML)"
echo "machine: $(nproc) CPU, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; $WORKERS workers each"
load pamong "http://127.0.0.1:$PPORT$BENCH_PATH"
load nginx "http://127.0.0.1:$NPORT$BENCH_PATH"
printf '%-8s %12s %12s %10s\n' server "req/s" "p99 (ms)" "non-2xx"
printf '%-8s %12s %12s %10s\n' pamong "$RPS_pamong" "$P99_pamong" "$BAD_pamong"
printf '%-8s %12s %12s %10s\n' nginx "$RPS_nginx" "$P99_nginx" "$BAD_nginx"
echo "ratio pamong/nginx (req/s): $(awk -v a="$RPS_pamong" -v b="$RPS_nginx" 'BEGIN { printf "%.3f", a / b }')"
[ "$BAD_pamong" = 0 ] && [ "$BAD_nginx" = 0 ]
