#!/bin/sh
# t2206-db-terkunci.sh: the database locked by another process for 10 s
# (issue 21, faults).  An sqlite3 shell holds BEGIN EXCLUSIVE on
# pamong.db for 10 s while a citizen submits: every submission is either
# accepted or refused with a clear Indonesian message (503, "pesan"),
# nothing is half-written (no rows, no stored file of a refused one),
# pages still read, and once the lock is gone submissions are accepted
# again without a restart.  SQLite only (PostgreSQL's locks are the
# database server's; tests/pg/outage.sh covers its outage).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

if [ -n "${PAMONG_TEST_PG:-}" ]; then
	ok "skipped: SQLite's file lock (PostgreSQL: tests/pg/outage.sh)"
	finish
fi
start_server
T=$(token warga.demo)
check "citizen signs in" test -n "$T"
kpg02 201 "$T"
check "a submission before the lock: 201" test -n "$NOMOR"

n0=$(sql "SELECT count(*) FROM permohonan")
# another process takes the write lock and keeps it for 10 s
(echo "BEGIN EXCLUSIVE;"; sleep 10; echo "COMMIT;") |
    sqlite3 -batch "$DATA/pamong.db" >"$WORK/lock.log" 2>&1 &
LOCK=$!
sleep 1
expect_status 200 GET /layanan
check "pages still read while the database is locked" true
refused=0
accepted=0
other=0
i=0
# submit until the lock is gone: each waits for the lock up to 5 s
while _t_alive $LOCK && [ $i -lt 6 ]; do
	# a document of its own, so that a stored file left by a refused
	# submission would show
	cp "$PDF" "$WORK/ktp$i.pdf"
	printf '%% uji kunci %s %s\n' "$i" "$(date +%s%N)" >>"$WORK/ktp$i.pdf"
	code=$(curl -s -m 60 -D "$WORK/h$i" -o "$WORK/r$i.json" \
	    -w '%{http_code}' -H "Authorization: Bearer $T" -F layanan=KPG-02 \
	    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Uji kunci basis data' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
	    -F isian.lama_tinggal=12 -F 'isian.status_tinggal=Milik sendiri' \
	    -F isian.rt_rw=001/003 -F "berkas.ktp_el=@$WORK/ktp$i.pdf" \
	    -F "berkas.kartu_keluarga=@$PNG" \
	    -F "berkas.surat_pengantar_rt_rw=@$JPG" "$BASE/api/v1/permohonan")
	echo "# while locked: $code $(head -c 300 "$WORK/r$i.json")"
	case $code in
	503) refused=$((refused + 1))
	    R=$WORK/r$i.json
	    RKTP=$WORK/ktp$i.pdf
	    RH=$WORK/h$i ;;
	201) accepted=$((accepted + 1)) ;;
	*) other=$((other + 1)) ;;
	esac
	i=$((i + 1))
done
wait $LOCK
check "while locked a submission is refused ($refused refused, $accepted accepted once the lock went, $other other)" \
    test "$refused" -ge 1 -a "$other" = 0
check "the refusal is 503 tidak_tersedia with Retry-After" \
    sh -c "grep -q '\"tidak_tersedia\"' '$R' && grep -qi '^retry-after: 5' '$RH'"
check "it says in Indonesian that nothing changed and to try again" \
    grep -q "tidak ada yang berubah. Silakan coba lagi" "$R"
check "it names no internal error" \
    sh -c "! grep -qi 'error\|sqlite\|locked' '$R'"
check "the other process held the lock and committed" test ! -s "$WORK/lock.log"
check "nothing half-written: one application per 201, no other" \
    test "$(sql "SELECT count(*) FROM permohonan")" = $((n0 + accepted))
check "every document row has its stored file" \
    test "$(sql "SELECT count(*) FROM berkas")" -le \
    "$(find "$DATA/berkas" -type f | wc -l)"
check "the database is intact" test "$(sql "PRAGMA integrity_check")" = ok
check "the audit chain is intact" \
    sh -c "'$PAMONG' audit verify --data '$DATA' >/dev/null"
# the refused submission sent again, as its answer asks: its document's
# file (content-addressed: stored before the rows, kept when the
# transaction failed) is taken up, so no file is left without a row
K_KTP=$RKTP kpg02 201 "$T"
check "after the lock, the refused submission sent again is accepted without a restart" \
    test -n "$NOMOR"
check "then every stored file is named by a row" \
    test "$(find "$DATA/berkas" -type f | wc -l)" = \
    "$(sql "SELECT count(*) FROM berkas")"
finish
