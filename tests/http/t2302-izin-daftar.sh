#!/bin/sh
# t2302-izin-daftar.sh: the public registry of issued permits (issue 17,
# contract): `pamong izin catat` records, GET /api/v1/izin?q=TEXT →
# {"data": [{nomor, jenis, pemegang, kecamatan, terbit, berlaku_sampai,
# status}]}, status berlaku / kedaluwarsa / dicabut; /izin shows it;
# bad input refused with a clear message and nothing changed; audited.
. "$(dirname "$0")/test-lib.sh"

start_server

expect_status 200 GET /api/v1/izin
expect_json "Array.isArray(j.data) && j.data.length === 0" "$BODY"

catat() { "$PAMONG" izin catat --data "$DATA" "$@" >"$WORK/out" 2>"$WORK/err"; }
catat --nomor 503/DPMPTSP/RK/2026/001 --jenis reklame \
    --pemegang 'CV Maju Bersama' --kecamatan 14.08.01 --terbit 2026-03-01 \
    --berlaku-sampai 2099-02-28
check "reklame recorded" test $? -eq 0
catat --nomor 503/DPMPTSP/PBG/2020/009 --jenis pbg \
    --pemegang 'PT Sawit Siak' --kecamatan 14.08.03 --terbit 2020-01-10
check "PBG without end recorded" test $? -eq 0
catat --nomor 503/DPMPTSP/SIP/2020/002 --jenis sip-bidan \
    --pemegang 'Praktik Bidan Mandiri Melati' --kecamatan 14.08.02 \
    --terbit 2020-05-01 --berlaku-sampai 2021-05-01
check "old SIP recorded" test $? -eq 0

expect_status 200 GET /api/v1/izin
expect_json "j.data.length === 3 && j.data[0].nomor === '503/DPMPTSP/RK/2026/001'" "$BODY"
expect_json "j.data.every(z => ['nomor','jenis','pemegang','kecamatan','terbit','berlaku_sampai','status'].every(k => k in z))" "$BODY"
expect_json "j.data[0].jenis === 'Izin Penyelenggaraan Reklame' && j.data[0].pemegang === 'CV Maju Bersama' && j.data[0].kecamatan === 'Siak' && j.data[0].terbit === '2026-03-01' && j.data[0].berlaku_sampai === '2099-02-28' && j.data[0].status === 'berlaku'" "$BODY"
expect_json "j.data.find(z => z.nomor === '503/DPMPTSP/PBG/2020/009').berlaku_sampai === null && j.data.find(z => z.nomor === '503/DPMPTSP/PBG/2020/009').status === 'berlaku'" "$BODY"
expect_json "j.data.find(z => z.nomor === '503/DPMPTSP/SIP/2020/002').status === 'kedaluwarsa'" "$BODY"

# search by holder, type, number; any case
expect_status 200 GET '/api/v1/izin?q=maju'
expect_json "j.data.length === 1 && j.data[0].nomor === '503/DPMPTSP/RK/2026/001'" "$BODY"
expect_status 200 GET '/api/v1/izin?q=BIDAN'
expect_json "j.data.length === 1 && j.data[0].status === 'kedaluwarsa'" "$BODY"
expect_status 200 GET '/api/v1/izin?q=PBG/2020'
expect_json "j.data.length === 1" "$BODY"
expect_status 400 GET "/api/v1/izin?q=$(printf 'a%.0s' $(seq 1 101))"
expect_json "j.galat.kode === 'q_tidak_sah'" "$BODY"

# revocation
"$PAMONG" izin cabut --data "$DATA" --nomor 503/DPMPTSP/RK/2026/001 \
    --alasan 'Reklame dipasang di luar titik yang diizinkan' >/dev/null 2>&1
check "revoked" test $? -eq 0
expect_status 200 GET '/api/v1/izin?q=maju'
expect_json "j.data[0].status === 'dicabut'" "$BODY"
"$PAMONG" izin cabut --data "$DATA" --nomor 503/DPMPTSP/RK/2026/001 \
    --alasan 'Sekali lagi' >/dev/null 2>"$WORK/err"
check "revoking twice refused" test $? -eq 1
expect_contains 'sudah dicabut' "$WORK/err"

# bad input: refused, exit 1, nothing recorded
N0=$(sql "SELECT count(*) FROM izin")
catat --nomor 503/DPMPTSP/RK/2026/001 --jenis reklame --pemegang 'CV Lain' \
    --kecamatan 14.08.01 --terbit 2026-03-02
check "duplicate number refused" test $? -eq 1
expect_contains 'sudah tercatat' "$WORK/err"
catat --nomor 503/X/1 --jenis tidak-ada --pemegang 'CV X' \
    --kecamatan 14.08.01 --terbit 2026-03-02
check "unknown type refused" test $? -eq 1
expect_contains 'Jenis izin tidak dikenal' "$WORK/err"
catat --nomor 503/X/2 --jenis reklame --pemegang 'CV X' \
    --kecamatan 14.08.01.1001 --terbit 2026-03-02
check "a kampung is not a kecamatan" test $? -eq 1
expect_contains 'Kode kecamatan tidak dikenal' "$WORK/err"
catat --nomor 503/X/3 --jenis reklame --pemegang 'CV X' \
    --kecamatan 14.08.01 --terbit 2026-02-30
check "impossible date refused" test $? -eq 1
expect_contains 'Tanggal terbit tidak sah' "$WORK/err"
catat --nomor 503/X/4 --jenis reklame --pemegang 'CV X' \
    --kecamatan 14.08.01 --terbit 2026-03-02 --berlaku-sampai 2026-03-01
check "end before start refused" test $? -eq 1
expect_contains 'tidak lebih awal' "$WORK/err"
catat --nomor '503 X<5>' --jenis reklame --pemegang 'CV X' \
    --kecamatan 14.08.01 --terbit 2026-03-02
check "bad number refused" test $? -eq 1
catat --nomor 503/X/6 --jenis reklame --pemegang 'CV X' --terbit 2026-03-02
check "missing option is a usage error" test $? -eq 2
"$PAMONG" izin catat --data "$DATA" --tidak-ada x >/dev/null 2>&1
check "unknown option is a usage error" test $? -eq 2
check "nothing recorded by refused input" test "$(sql "SELECT count(*) FROM izin")" = "$N0"

# audited
check "catat audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.catat'")" = 3
check "cabut audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.cabut' AND object_id = '503/DPMPTSP/RK/2026/001'")" = 1

# open data: counts per type by status
expect_status 200 GET /data/izin.csv
expect_header content-type 'text/csv'
expect_contains 'jenis_kode,jenis,berlaku,kedaluwarsa,dicabut,jumlah' "$BODY"
expect_contains 'pbg,Persetujuan Bangunan Gedung (PBG),1,0,0,1' "$BODY"
expect_contains 'reklame,Izin Penyelenggaraan Reklame,0,0,1,1' "$BODY"
expect_contains 'sip-bidan,Surat Izin Praktik Bidan,0,1,0,1' "$BODY"
expect_status 200 GET /api/v1/izin/rekap
expect_json "j.data.length === 3 && j.data.find(x => x.jenis_kode === 'sip-bidan').kedaluwarsa === 1 && j.data.every(x => x.jumlah === 1)" "$BODY"

# the page
expect_status 200 GET '/izin'
expect_contains '503/DPMPTSP/RK/2026/001' "$BODY"
expect_contains 'CV Maju Bersama' "$BODY"
expect_contains '1 Maret 2026' "$BODY"
expect_contains 'dicabut' "$BODY"
expect_contains 'tanpa batas' "$BODY"
expect_status 200 GET '/izin?q=sawit'
expect_contains 'PT Sawit Siak' "$BODY"
expect_not_contains 'CV Maju Bersama' "$BODY"

finish
