#!/bin/sh
# t1960-loket.sh: a walk-in application entered by the operator at the
# desk for a citizen (issue 19 item 10): the citizen found by NIK (typed
# with spaces; the lookup in the data-access log), one of the services of
# the operator's unit, the service's form; the application is the
# citizen's, with the audit event permohonan.loket naming the operator in
# the same transaction; the number and the tracking code are shown.  No
# account for the NIK, no service or a service of another unit: said,
# nothing written.  A citizen and an inspector may not use the desk.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JO=$WORK/jaro	# op.kampungdalam
JI=$WORK/jari	# inspektur
for u in "warga.demo $J" "op.kampungdalam $JO" "inspektur $JI"; do
	set -- $u
	login "$1" "$DEMO_PW" "$2" && ok "login $1" || fail "login $1"
done
NIK=$(sql "SELECT nik FROM account WHERE username = 'warga.demo'")
NIKS=$(printf '%s' "$NIK" | sed 's/^\(....\)\(....\)/\1 \2 /')

expect_status 200 GET /petugas -b "$JO"
expect_contains 'href="/petugas/loket">Catat permohonan warga yang datang ke kantor</a>' "$BODY"
expect_status 200 GET /petugas -b "$JI"
expect_not_contains 'href="/petugas/loket"' "$BODY"
expect_status 403 GET /petugas/loket -b "$J"
expect_status 403 GET /petugas/loket -b "$JI"

# Step 1: the NIK (numeric keypad) and the unit's services.
expect_status 200 GET /petugas/loket -b "$JO"
expect_contains '<h1>Permohonan di Loket</h1>' "$BODY"
expect_contains 'inputmode="numeric"' "$BODY"
expect_contains '<option value="KPG-02">Surat Keterangan Domisili Penduduk</option>' "$BODY"
expect_not_contains '<option value="DUK-01">' "$BODY"
expect_status 200 GET '/petugas/loket?nik=123&layanan=KPG-02' -b "$JO"
expect_contains 'Tulis NIK pemohon: 16 angka' "$BODY"
expect_status 200 GET "/petugas/loket?nik=$NIK&layanan=DUK-01" -b "$JO"
expect_contains 'Pilih layanan yang dimohon.' "$BODY"
expect_status 200 GET '/petugas/loket?nik=1408019999990001&layanan=KPG-02' -b "$JO"
expect_contains 'Belum ada akun warga dengan NIK ini' "$BODY"

# Step 2: the citizen and the form; the lookup is in the access log.
A0=$(sql "SELECT count(*) FROM akses_data WHERE tujuan = 'Pencatatan permohonan di loket'")
expect_status 200 GET "/petugas/loket?nik=$(printf '%s' "$NIKS" | sed 's/ /+/g')&layanan=KPG-02" -b "$JO"
expect_contains '<h1>Surat Keterangan Domisili Penduduk</h1>' "$BODY"
expect_contains 'Siti Rahmawati' "$BODY"
expect_contains "name=\"nik\" value=\"$NIK\"" "$BODY"
expect_contains 'name="isian.keperluan"' "$BODY"
expect_contains 'name="berkas.ktp_el"' "$BODY"
expect_contains 'Ajukan atas nama pemohon' "$BODY"
check "the lookup is in the citizen's access log" test \
    "$(sql "SELECT count(*) FROM akses_data d JOIN account a ON a.id = d.subjek_id WHERE d.tujuan = 'Pencatatan permohonan di loket' AND a.username = 'warga.demo'")" -eq $((A0 + 1))
cp "$BODY" "$WORK/loket.html"
C=$(form_value csrf "$WORK/loket.html")

P0=$(sql "SELECT count(*) FROM permohonan")
# without CSRF; with a missing field: nothing written, the errors named
code=$(curl -s -m 30 -o "$BODY" -w '%{http_code}' -b "$JO" -F "nik=$NIK" \
    -F layanan=KPG-02 -F "wilayah=$KAMPUNG_DALAM" "$BASE/petugas/loket")
check "no CSRF: 403 ($code)" test "$code" = 403
code=$(curl -s -m 30 -o "$BODY" -w '%{http_code}' -b "$JO" -F "csrf=$C" \
    -F "nik=$NIK" -F layanan=KPG-02 -F "wilayah=$KAMPUNG_DALAM" \
    -F "isian.keperluan=Melamar kerja" "$BASE/petugas/loket")
check "missing fields: 422 ($code)" test "$code" = 422
expect_contains 'role="alert"' "$BODY"
expect_contains 'Melamar kerja' "$BODY"
check "nothing written" test "$(sql "SELECT count(*) FROM permohonan")" = "$P0"

# Submitted: the citizen's application, the operator in the audit.
code=$(curl -s -m 30 -o "$BODY" -w '%{http_code}' -b "$JO" -F "csrf=$C" \
    -F "nik=$NIK" -F layanan=KPG-02 -F "wilayah=$KAMPUNG_DALAM" \
    -F "isian.keperluan=Persyaratan melamar pekerjaan" \
    -F "isian.alamat=Jl. Sultan Syarif Kasim No. 5" \
    -F "isian.rt_rw=002/003" -F "isian.lama_tinggal=4" \
    -F "isian.status_tinggal=Milik sendiri" \
    -F "berkas.ktp_el=@$PDF;type=application/pdf" \
    -F "berkas.kartu_keluarga=@$PDF;type=application/pdf" \
    -F "berkas.surat_pengantar_rt_rw=@$PDF;type=application/pdf" \
    "$BASE/petugas/loket")
check "submitted: 200 ($code)" test "$code" = 200
expect_contains '<h1>Permohonan tercatat</h1>' "$BODY"
N=$(sql "SELECT nomor FROM permohonan ORDER BY id DESC LIMIT 1")
K=$(sql "SELECT kode_lacak FROM permohonan ORDER BY id DESC LIMIT 1")
expect_contains "<dd>$N</dd>" "$BODY"
expect_contains "<strong>$K</strong>" "$BODY"
expect_contains 'Buka permohonan ini' "$BODY"
check "the citizen's application, submitted" test \
    "$(sql "SELECT a.username, p.state, p.draft FROM permohonan p JOIN account a ON a.id = p.pemohon_id WHERE p.nomor = '$N'")" = "warga.demo|diajukan|0"
check "audited: permohonan.loket by the operator" test \
    "$(sql "SELECT a.username, e.role, e.note FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'permohonan.loket' AND e.object_id = '$N'")" = "op.kampungdalam|operator|KPG-02"
check "and permohonan.ajukan for the citizen" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.ajukan' AND object_id = '$N'")" = 1
expect_status 200 GET /permohonan -b "$J"
expect_contains "$N" "$BODY"
expect_status 200 GET /petugas -b "$JO"
expect_contains "$N" "$BODY"

check_server_log
finish
