#!/bin/sh
# t0403-officer.sh: the officer inbox shows only the unit's own work;
# the detail page is audited; officers act through the form with notes;
# refusals (missing note, wrong role, separation of duties) say why; the
# citizen sees every new status and is notified; Inspektorat reads all.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JO=$WORK/jaro	# op.kampungdalam
JR=$WORK/jarr	# op.kampungrempak (another kampung)
JP=$WORK/jarp	# penghulu.kampungdalam (signs)
JD=$WORK/jard	# dua.peran: operator and penandatangan of Kampung Dalam
JI=$WORK/jari	# inspektur

printf '%s\n' "Sandi-Dua-Peran-2026" | "$PAMONG" user add --data "$DATA" \
    --username dua.peran --role operator,penandatangan \
    --unit "$KAMPUNG_DALAM" --name "Petugas Dua Peran" \
    --nik 1408010101810004 --password-stdin \
    >/dev/null 2>&1 && ok "CLI: account with two roles" || fail "CLI: account with two roles"
for u in "warga.demo $J" "op.kampungdalam $JO" "op.kampungrempak $JR" \
    "penghulu.kampungdalam $JP" "inspektur $JI"; do
	set -- $u
	login "$1" "$DEMO_PW" "$2" && ok "login $1" || fail "login $1"
done
login dua.peran Sandi-Dua-Peran-2026 "$JD" && ok "login dua.peran" || fail "login dua.peran"

apply_kpg02 "$J"
N1=$(nomor_of "$APPLY_LOC")
apply_kpg02 "$J"
N2=$(nomor_of "$APPLY_LOC")
check "two applications ($N1, $N2)" test -n "$N1" -a -n "$N2" -a "$N1" != "$N2"
E1=$(enc "$N1")
E2=$(enc "$N2")

# Inbox: Kampung Dalam sees both, with filters and counts; Rempak nothing.
expect_status 200 GET /petugas -b "$JO"
expect_contains '<h1>Kotak Masuk</h1>' "$BODY"
expect_contains "$N1" "$BODY"
expect_contains "$N2" "$BODY"
expect_contains '<strong>2</strong> permohonan' "$BODY"
expect_contains '<label for="f-status">Status</label>' "$BODY"
expect_contains '<label for="f-layanan">Layanan</label>' "$BODY"
expect_contains '<option value="diajukan">Diajukan, menunggu verifikasi (2)</option>' "$BODY"
expect_contains '<option value="KPG-02">Surat Keterangan Domisili Penduduk (2)</option>' "$BODY"
expect_contains 'Siti Rahmawati' "$BODY"
expect_status 200 GET '/petugas?status=diverifikasi' -b "$JO"
expect_contains 'Tidak ada permohonan' "$BODY"
expect_status 200 GET '/petugas?status=tidak_ada&layanan=%3Cx%3E' -b "$JO"
expect_contains 'Filter yang tidak dikenal diabaikan' "$BODY"
expect_status 200 GET /petugas -b "$JR"
expect_not_contains "$N1" "$BODY"
expect_not_contains 'Siti Rahmawati' "$BODY"
expect_status 404 GET "/petugas/permohonan/$E1" -b "$JR"
expect_status 404 GET "/berkas/$E1/ktp_el" -b "$JR"
CR=$(csrf_from /petugas "$JR")
expect_status 404 POST "/petugas/permohonan/$E1/tindakan" -b "$JR" \
    --data-urlencode "csrf=$CR" --data-urlencode "tindakan=verifikasi"
# Citizens have no inbox.
expect_status 403 GET /petugas -b "$J"
expect_status 403 GET "/petugas/permohonan/$E1" -b "$J"

# Overdue work comes first and is flagged.
sql "UPDATE permohonan SET state_due = '2020-01-02' WHERE nomor = '$N2'"
expect_status 200 GET /petugas -b "$JO"
check "overdue application listed first" test \
    "$(grep -o '14\.08\.01\.1001/KPG-02/[0-9]*/0000[12]' "$BODY" | head -n 1)" = "$N2"
expect_contains 'class="terlambat"' "$BODY"
expect_contains '1 terlambat' "$BODY"

# The detail page: citizen data, documents, history; the read is audited.
B0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")
expect_status 200 GET "/petugas/permohonan/$E1" -b "$JO"
expect_contains 'Siti Rahmawati' "$BODY"
expect_contains '1408014507900001' "$BODY"
expect_contains '081234567890' "$BODY"
expect_contains "href=\"/berkas/$E1/ktp_el\"" "$BODY"
expect_contains 'Jl. Sultan Syarif Kasim No. 5' "$BODY"
expect_contains 'Permohonan diajukan' "$BODY"
expect_contains 'value="verifikasi"' "$BODY"
expect_contains 'value="kembalikan"' "$BODY"
expect_contains 'value="tolak"' "$BODY"
expect_not_contains 'value="setujui"' "$BODY"
expect_contains '<label for="f-catatan-petugas">Catatan</label>' "$BODY"
check "staff read audited as permohonan.baca" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")" -gt "$B0"
check "with who, role, unit, object and purpose" test \
    "$(sql "SELECT a.username, e.role, u.code, e.object_id, e.note FROM audit_event e JOIN account a ON a.id = e.actor_id JOIN unit u ON u.id = e.unit_id WHERE e.action = 'permohonan.baca' ORDER BY e.id DESC LIMIT 1")" \
    = "op.kampungdalam|operator|$KAMPUNG_DALAM|$N1|Pemrosesan permohonan (permohonan): Diajukan, menunggu verifikasi"

# Refusals: no CSRF; a rejection without a note; an action of another role.
C=$(csrf_from "/petugas/permohonan/$E1" "$JO")
expect_status 403 POST "/petugas/permohonan/$E1/tindakan" -b "$JO" \
    --data-urlencode "tindakan=verifikasi"
expect_status 422 POST "/petugas/permohonan/$E1/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=tolak"
expect_contains 'Tindakan ditolak' "$BODY"
expect_contains 'atatan' "$BODY"
expect_status 403 POST "/petugas/permohonan/$E1/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=setujui"
expect_contains 'Tindakan ditolak' "$BODY"
check "still diajukan after refusals" test \
    "$(sql "SELECT state FROM permohonan WHERE nomor = '$N1'")" = diajukan

# Return for correction with a note: the citizen sees it and fixes it.
expect_status 303 POST "/petugas/permohonan/$E1/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=kembalikan" \
    --data-urlencode "catatan=Foto KTP-el buram, mohon unggah ulang."
expect_status 200 GET "$(loc)" -b "$JO"
expect_contains 'Tindakan &quot;Kembalikan untuk perbaikan&quot; telah dicatat.' "$BODY"
expect_status 200 GET "/permohonan/$E1" -b "$J"
expect_contains 'Petugas meminta perbaikan' "$BODY"
expect_contains 'Foto KTP-el buram, mohon unggah ulang.' "$BODY"
expect_contains 'Perbaiki permohonan' "$BODY"
expect_contains 'value="ajukan_ulang"' "$BODY"
expect_contains 'Terlampir: surat.pdf (' "$BODY"
CW=$(csrf_from "/permohonan/$E1" "$J")
expect_status 303 POST "/permohonan/$E1/tindakan" -b "$J" -F "csrf=$CW" \
    -F "tindakan=ajukan_ulang" -F "isian.keperluan=Persyaratan melamar pekerjaan" \
    -F "isian.alamat=Jl. Sultan Syarif Kasim No. 7" -F "isian.rt_rw=002/003" \
    -F "isian.lama_tinggal=4" -F "isian.status_tinggal=Milik sendiri" \
    -F "berkas.ktp_el=@$PNG;type=image/png" -F "catatan=Sudah diunggah ulang"
check "resubmitted: diajukan again with the new document and field" test \
    "$(sql "SELECT p.state, (SELECT value FROM permohonan_isian WHERE permohonan_id = p.id AND name = 'alamat'), (SELECT b.mime FROM permohonan_berkas pb JOIN berkas b ON b.sha256 = pb.sha256 WHERE pb.permohonan_id = p.id AND pb.doc_code = 'ktp_el') FROM permohonan p WHERE nomor = '$N1'")" \
    = "diajukan|Jl. Sultan Syarif Kasim No. 7|image/png"

# Verify by the operator; separation of duties for the two-role account.
expect_status 303 POST "/petugas/permohonan/$E1/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=verifikasi"
CD=$(csrf_from "/petugas/permohonan/$E2" "$JD")
expect_status 303 POST "/petugas/permohonan/$E2/tindakan" -b "$JD" \
    --data-urlencode "csrf=$CD" --data-urlencode "tindakan=verifikasi"
expect_status 200 GET "/petugas/permohonan/$E2" -b "$JD"
expect_contains 'tidak dapat Anda lakukan' "$BODY"
expect_not_contains 'value="setujui"' "$BODY"
expect_status 403 POST "/petugas/permohonan/$E2/tindakan" -b "$JD" \
    --data-urlencode "csrf=$CD" --data-urlencode "tindakan=setujui"
expect_contains 'Tindakan ditolak' "$BODY"
expect_contains 'memverifikasi' "$BODY"
check "the verifier could not approve" test \
    "$(sql "SELECT state FROM permohonan WHERE nomor = '$N2'")" = diverifikasi

# The penghulu approves N1: the citizen sees Selesai and is notified.
CP=$(csrf_from "/petugas/permohonan/$E1" "$JP")
expect_status 200 GET "/petugas/permohonan/$E1" -b "$JP"
expect_contains 'value="setujui"' "$BODY"
expect_contains 'name="passphrase"' "$BODY"
expect_status 303 POST "/petugas/permohonan/$E1/tindakan" -b "$JP" \
    --data-urlencode "csrf=$CP" --data-urlencode "tindakan=setujui" \
    --data-urlencode "passphrase=Siak-TTE-Demo-2026"
expect_status 200 GET /permohonan -b "$J"
expect_contains 'Selesai' "$BODY"
expect_status 200 GET "/permohonan/$E1" -b "$J"
expect_contains 'Selesai' "$BODY"
expect_contains 'Verifikasi berkas oleh Rahmat Hidayat' "$BODY"
expect_not_contains 'name="tindakan"' "$BODY"
expect_status 200 GET /notifikasi -b "$J"
expect_contains "$N1" "$BODY"
expect_contains 'Tandai semua sudah dibaca' "$BODY"
expect_contains 'class="hitung"' "$BODY"
expect_contains "href=\"/permohonan/$E1\"" "$BODY"
CN=$(csrf_from /notifikasi "$J")
expect_status 303 POST /notifikasi/baca -b "$J" --data-urlencode "csrf=$CN"
expect_status 200 GET /notifikasi?dibaca=1 -b "$J"
expect_contains 'Semua notifikasi telah ditandai sudah dibaca.' "$BODY"
expect_not_contains 'class="hitung"' "$BODY"
check "all notifications read" test \
    "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND read_at IS NULL")" = 0

# Officers follow notification links to the officer page.
expect_status 303 GET "/permohonan/$E1" -b "$JO"
expect_header location " /petugas/permohonan/$E1\$"

# Inspektorat sees everything, read-only, and is audited.
B0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")
expect_status 200 GET /petugas -b "$JI"
expect_contains 'Semua Permohonan' "$BODY"
expect_contains "$N2" "$BODY"
expect_not_contains "$N1" "$BODY"
expect_status 200 GET '/petugas?keadaan=semua' -b "$JI"
expect_contains "$N1" "$BODY"
# outside their queue: first the purpose, which the citizen will see
expect_status 200 GET "/petugas/permohonan/$E2" -b "$JI"
expect_contains '<select id="tujuan" name="tujuan" required>' "$BODY"
expect_not_contains "$N2" "$BODY"
check "no read recorded before a purpose is chosen" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")" = "$B0"
expect_status 200 GET "/petugas/permohonan/$E2?tujuan=pengawasan" -b "$JI"
expect_contains 'pengawasan (hanya baca)' "$BODY"
expect_not_contains 'name="tindakan"' "$BODY"
check "Inspektorat read audited" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")" -gt "$B0"
check "Inspektorat read recorded as oversight" test \
    "$(sql "SELECT e.role, e.note FROM audit_event e WHERE e.action = 'permohonan.baca' ORDER BY e.id DESC LIMIT 1")" \
    = "inspektorat|Pengawasan internal (Inspektorat) (permohonan)"
CI=$(csrf_from /petugas "$JI")
expect_status 403 POST "/petugas/permohonan/$E2/tindakan" -b "$JI" \
    --data-urlencode "csrf=$CI" --data-urlencode "tindakan=tolak" \
    --data-urlencode "catatan=Coba"
check "Inspektorat cannot act" test \
    "$(sql "SELECT state FROM permohonan WHERE nomor = '$N2'")" = diverifikasi

finish
