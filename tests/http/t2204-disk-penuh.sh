#!/bin/sh
# t2204-disk-penuh.sh: a full disk (issue 21).  The data directory on a
# small tmpfs: with its space used up, a submission is refused with a
# clear message and nothing half-written, the data stays intact, pages
# still read, /sehat says so (503), and once space returns submissions
# are accepted again without a restart.  Needs root (mount); skipped
# otherwise, as the production tests are.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

if [ "$(id -u)" -ne 0 ] || [ -n "${PAMONG_TEST_PG:-}" ]; then
	# PostgreSQL keeps its rows on the database server's disk, not DATA
	ok "skipped: needs root for a tmpfs (and SQLite)"
	finish
fi
SMALL=$WORK/kecil
mkdir -p "$SMALL"
if ! mount -t tmpfs -o size=16m,mode=0755 tmpfs "$SMALL"; then
	ok "skipped: tmpfs cannot be mounted here"
	finish
fi
TMPDIR=$SMALL
start_server
unset TMPDIR
T=$(token warga.demo)
check "citizen signs in" test -n "$T"
kpg02 201 "$T"
check "a submission with room to spare: 201" test -n "$NOMOR"

expect_status 503 GET /sehat
expect_json "j.periksa.disk.keadaan === 'gangguan' && j.status === 'gangguan'" \
    "$BODY"

# use up the space
dd if=/dev/zero of="$SMALL/isi" bs=64k >/dev/null 2>&1
snapshot
n0=$(sql "SELECT count(*) FROM permohonan")
refusals=0
for i in 1 2 3; do
	code=$(curl -s -m 30 -o "$WORK/r.json" -w '%{http_code}' \
	    -H "Authorization: Bearer $T" -F layanan=KPG-02 \
	    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Uji disk penuh' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
	    -F isian.lama_tinggal=12 -F 'isian.status_tinggal=Milik sendiri' \
	    -F isian.rt_rw=001/003 -F "berkas.ktp_el=@$PDF" \
	    -F "berkas.kartu_keluarga=@$PNG" \
	    -F "berkas.surat_pengantar_rt_rw=@$JPG" "$BASE/api/v1/permohonan")
	case $code in
	5??) refusals=$((refusals + 1)) ;;
	esac
done
check "with the disk full every submission is refused (3 of 3)" \
    test "$refusals" = 3
check "with a message in Indonesian" \
    sh -c "grep -q '\"pesan\"' '$WORK/r.json' && ! grep -qi 'error' '$WORK/r.json'"
unchanged "nothing half-written while the disk was full"
check "the database is intact" \
    test "$(sql "PRAGMA integrity_check")" = ok
check "the audit chain is intact" \
    sh -c "'$PAMONG' audit verify --data '$DATA' >/dev/null"
expect_status 200 GET /layanan
expect_status 200 GET "/api/v1/permohonan/$(enc "$NOMOR")" \
    -H "Authorization: Bearer $T"

# space returns: accepted again, no restart
rm -f "$SMALL/isi"
kpg02 201 "$T"
check "after space returned, a submission is accepted again" \
    test -n "$NOMOR"
check "and it is there" \
    test "$(sql "SELECT count(*) FROM permohonan")" = $((n0 + 1))

stop_server
umount "$SMALL" 2>/dev/null || umount -l "$SMALL"
finish
