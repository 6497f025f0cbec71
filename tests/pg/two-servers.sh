#!/bin/sh
# two-servers.sh: two app servers on one PostgreSQL database (issue 14),
# run by tests/pg/run.sh with PAMONG_TEST_PG=postgresql://USER@HOST:PORT
# of its throw-away cluster and PGBIN.  Two `pamong serve` on two
# loopback ports share one data directory and one database:
#   - applications and complaints sent to both at once are numbered
#     without gaps or duplicates;
#   - an idempotency key used on one server answers the same application
#     on the other;
#   - a page cached by one server shows a write made through the other
#     within a poll of the change counter (LISTEN/NOTIFY);
#   - one server is killed with SIGKILL (parent and workers) while
#     submissions run: every submission that was answered 201 is there
#     afterwards, the numbers stay gapless, and the audit chain and the
#     transparency log verify.
. "$(dirname "$0")/../http/test-lib.sh"
. "$(dirname "$0")/../http/api-app-lib.sh"
. "$(dirname "$0")/../http/adu-lib.sh"

. "$(dirname "$0")/pg-lib.sh"
pg_demo pamong_two

# serve NAME: start a server on a free port (another if that one was
# taken meanwhile); sets PID_NAME and BASE_NAME
serve() {
	if _t_serve "$WORK/server-$1.log" http 600 env \
	    LD_PRELOAD="$(_t_preload)" _STDBUF_O=L PAMONG_WORKERS=2 \
	    "$PAMONG" serve --data "$DATA"; then
		eval "PID_$1=$SERVER_PID; BASE_$1=$BASE"
		SERVER_PID=
		return 0
	fi
	fail "server $1 did not answer"
	cat "$WORK/server-$1.log" >&2
	return 1
}
# hard_kill PID: SIGKILL to the server's parent and workers at once
hard_kill() {
	_kids=$(pgrep -P "$1" | tr '\n' ' ')
	kill -9 "$1" $_kids 2>/dev/null
	wait "$1" 2>/dev/null
}
stop_both() {
	for _p in $PID_A $PID_B; do
		kill "$_p" 2>/dev/null
	done
	for _p in $PID_A $PID_B; do
		_i=0
		while _t_alive "$_p" && [ $_i -lt 100 ]; do
			sleep 0.1
			_i=$((_i + 1))
		done
		hard_kill "$_p"
	done
}
trap 'stop_both' EXIT

serve A || finish
serve B || { stop_both; finish; }
BASE=$BASE_A
TW=$(token warga.demo)
check "a citizen's token from server A" test -n "$TW"
BASE=$BASE_B
check "the same token works on server B (one session table)" \
    test "$(curl -s -o /dev/null -w '%{http_code}' -m 20 \
    -H "Authorization: Bearer $TW" "$BASE_B/api/v1/permohonan")" = 200

# --- numbering: 16 applications, 8 to each server, all at once ---
app() { # N SERVER-BASE KEY: one KPG-02 in the background, code to a.N
	curl -s -m 60 -o "$WORK/ab.$1" -w '%{http_code}' \
	    -H "Authorization: Bearer $TW" -F layanan=KPG-02 \
	    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Melamar pekerjaan' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
	    -F isian.lama_tinggal=12 -F 'isian.status_tinggal=Milik sendiri' \
	    -F isian.rt_rw=001/003 -F "berkas.ktp_el=@$PDF" \
	    -F "berkas.kartu_keluarga=@$PNG" \
	    -F "berkas.surat_pengantar_rt_rw=@$JPG" \
	    -F "kunci_idempoten=$3" "$2/api/v1/permohonan" >"$WORK/a.$1"
}
pids=
i=1
while [ $i -le 16 ]; do
	if [ $((i % 2)) = 0 ]; then b=$BASE_A; else b=$BASE_B; fi
	app $i "$b" "dua-server-$i" &
	pids="$pids $!"
	i=$((i + 1))
done
wait $pids
n201=$(cat "$WORK"/a.* | tr -d '\n' | grep -o 201 | wc -l)
check "16 applications over two servers: 16 answered 201 ($n201)" \
    test "$n201" = 16
check "16 rows" test "$(sql "SELECT count(*) FROM permohonan")" = 16
nums=$(sql "SELECT nomor FROM permohonan ORDER BY nomor" | sed 's|.*/||')
check "application numbers 00001..00016, no gap, no duplicate" test \
    "$(echo $nums)" = "$(seq -f %05g 1 16 | tr '\n' ' ' | sed 's/ $//')"

# --- idempotency across servers ---
app 90 "$BASE_A" idem-lintas
N=$(jget j.nomor "$WORK/ab.90")
app 91 "$BASE_B" idem-lintas
check "a key first used on A answers 201 there" test "$(cat "$WORK/a.90")" = 201
check "the same key on B answers 200 with the same number" \
    test "$(cat "$WORK/a.91")" = 200 -a "$(jget j.nomor "$WORK/ab.91")" = "$N"
check "one application for the key" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE nomor = '$N'")" = 1

# --- the page cache across servers ---
J=$WORK/op.jar
BASE=$BASE_A
login op.kampungdalam "$PW" "$J" && ok "op.kampungdalam signs in on A" ||
    fail "sign in on A"
TITLE="Pengumuman lintas server"
c=$(csrf_from /petugas/pengumuman "$J")
expect_status 303 POST /petugas/pengumuman -b "$J" -c "$J" \
    --data-urlencode "csrf=$c" -d jenis=layanan_baru \
    --data-urlencode "judul=$TITLE" \
    --data-urlencode "isi=Mulai bulan depan layanan ini dapat diajukan daring dari kampung."
ID=$(sql "SELECT id FROM pengumuman WHERE judul = '$TITLE'")
for k in 1 2 3 4 5 6; do	# B caches the page without it, both workers
	curl -s -m 20 "$BASE_B/pengumuman" >"$WORK/pb"
done
check "B serves /pengumuman without it" \
    sh -c "! grep -qF '$TITLE' '$WORK/pb'"
c=$(csrf_from /petugas/pengumuman "$J")
expect_status 303 POST "/petugas/pengumuman/$ID/terbit" -b "$J" -c "$J" \
    --data-urlencode "csrf=$c"
t0=$(date +%s%N)
i=0
while [ $i -lt 100 ]; do
	curl -s -m 20 "$BASE_B/pengumuman" | grep -qF "$TITLE" && break
	sleep 0.02
	i=$((i + 1))
done
ms=$((($(date +%s%N) - t0) / 1000000))
echo "# the write on A was on B's cached page after $ms ms"
check "B shows A's write within 2 s ($ms ms; the workers poll every 250 ms)" \
    test "$i" -lt 100 -a "$ms" -lt 2000
n=0
for k in 1 2 3 4 5 6 7 8; do
	curl -s -m 20 "$BASE_B/pengumuman" | grep -qF "$TITLE" && n=$((n + 1))
done
check "and on every fetch after ($n of 8)" test "$n" = 8

# --- SIGKILL of server A while complaints arrive at both ---
GOOD=$(adu_json)
adu() { # N SERVER-BASE
	curl -s -m 60 -o "$WORK/cb.$1" -w '%{http_code}' \
	    -H "Authorization: Bearer $TW" -H 'Content-Type: application/json' \
	    --data-binary "$GOOD" "$2/api/v1/pengaduan" >"$WORK/c.$1" \
	    2>/dev/null
}
pids=
i=1
while [ $i -le 40 ]; do
	if [ $((i % 2)) = 0 ]; then b=$BASE_A; else b=$BASE_B; fi
	adu $i "$b" &
	pids="$pids $!"
	[ $i = 20 ] && { sleep 0.2; hard_kill "$PID_A"; }
	i=$((i + 1))
done
wait $pids
check "server A is gone" sh -c "! curl -s -o /dev/null -m 2 '$BASE_A/'"
acked=0
lost=0
i=1
while [ $i -le 40 ]; do
	if [ "$(cat "$WORK/c.$i")" = 201 ]; then
		acked=$((acked + 1))
		m=$(jget j.nomor "$WORK/cb.$i")
		[ "$(sql "SELECT count(*) FROM pengaduan WHERE nomor = '$m'")" = 1 ] ||
		    lost=$((lost + 1))
	fi
	i=$((i + 1))
done
echo "# $acked of 40 complaints acknowledged (A killed after 20 were sent)"
check "server B answered all its 20 complaints 201" test \
    "$(i=1; while [ $i -le 40 ]; do [ $((i % 2)) = 1 ] && cat "$WORK/c.$i"; echo; i=$((i + 1)); done | grep -c '^201$')" = 20
check "every acknowledged complaint is stored ($lost lost of $acked)" \
    test "$lost" = 0 -a "$acked" -ge 20
check "complaint numbers gapless and unique" test "$(sql \
    "SELECT max(urut) - min(urut) + 1 = count(*) AND count(DISTINCT nomor) = count(*) FROM pengaduan")" = t
# B goes on alone; A comes back on the same data
adu 41 "$BASE_B"
check "B files the next complaint" test "$(cat "$WORK/c.41")" = 201
serve A
adu 42 "$BASE_A"
check "A, restarted, files the next" test "$(cat "$WORK/c.42")" = 201
check "numbers still gapless" test "$(sql \
    "SELECT max(urut) - min(urut) + 1 = count(*) FROM pengaduan")" = t

# --- one audit chain and one transparency log, two writers ---
check "audit chain verifies" "$PAMONG" audit verify --data "$DATA"
check "transparency log verifies" "$PAMONG" log verify --data "$DATA"
check "one audit event per complaint" test "$(sql \
    "SELECT (SELECT count(*) FROM audit_event WHERE action = 'pengaduan.ajukan') = count(*) FROM pengaduan")" = t

stop_both
trap - EXIT
for s in A B; do
	SERVER_LOG=$WORK/server-$s.log
	# the killed server's log ends abruptly; sanitizers must be silent
	check_server_log
done
SERVER_LOG=
finish
