#!/bin/sh
# t0302-api-journey-kampung.sh: the kampung letter workflow (surat-kampung)
# through the API: verify and approve; return for correction, resubmit with
# a new document, reject with a note; withdraw.  Every step is in the
# history, the audit trail and the applicant's notifications.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
AUTH_W="Authorization: Bearer $TW"

# --- approved -----------------------------------------------------------
kpg02 201 "$TW"
N=$NOMOR L=$LACAK
check "routed to Kampung Dalam" test "$(sql "SELECT u.code FROM permohonan p JOIN unit u ON u.id = p.unit_id WHERE p.nomor = '$N'")" = 14.08.01.1001
check "the operator is told of new work" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'op.kampungdalam' AND n.text LIKE '%$N%'")" -ge 1

# the officer's inbox has it, with the actions the operator may take
expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $TO"
expect_json 'j.data.some(a => a.nomor === "'"$N"'")' "$BODY"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TO"
expect_json 'j.tindakan.map(t => t.kode).join() === "verifikasi,kembalikan,tolak"' "$BODY"
expect_json 'j.pemohon.nik === "1408014507900001"' "$BODY"
check "a staff read is audited" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE a.action = 'permohonan.baca' AND a.object_id = '$N' AND u.username = 'op.kampungdalam'")" = 1

act 409 "$TP" "$N" setujui
expect_json 'j.galat.kode === "status_tidak_sesuai" && /Diajukan/.test(j.galat.pesan)' "$BODY"
act 403 "$TO" "$N" setujui
expect_json 'j.galat.kode === "ditolak" && /Penandatangan/.test(j.galat.pesan)' "$BODY"
act 422 "$TO" "$N" terbang
act 200 "$TO" "$N" verifikasi
expect_json 'j.status === "diverifikasi"' "$BODY"
act 409 "$TO" "$N" verifikasi
act 200 "$TP" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
act 409 "$TP" "$N" tolak "terlambat"
expect_json '/tidak ada tindakan lagi/.test(j.galat.pesan)' "$BODY"
expect_status 200 GET "/api/v1/lacak/$L"
expect_json 'j.riwayat.map(r => r.status).join() === "diajukan,diverifikasi,selesai"' "$BODY"
expect_json 'j.status === "selesai" && j.terlambat === false' "$BODY"
check "verified_by is the operator" test "$(sql "SELECT a.username FROM permohonan p JOIN account a ON a.id = p.verified_by WHERE p.nomor = '$N'")" = op.kampungdalam
check "audit: submit, verify, approve" test "$(sql "SELECT group_concat(action) FROM (SELECT action FROM audit_event WHERE object_id = '$N' AND action IN ('permohonan.ajukan', 'permohonan.verifikasi', 'permohonan.setujui') ORDER BY id)")" = "permohonan.ajukan,permohonan.verifikasi,permohonan.setujui"
check "audit rows carry role, unit and address" test "$(sql "SELECT role || ' ' || (unit_id IS NOT NULL) || ' ' || addr FROM audit_event WHERE object_id = '$N' AND action = 'permohonan.setujui'")" = "penandatangan 1 127.0.0.1"
# three changes, plus the satisfaction-survey invitation at selesai
check "the applicant was told of each change" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%$N%'")" = 4
check "an outbox row per notification with e-mail or phone" test "$(sql "SELECT count(*) FROM outbox WHERE body LIKE '%$N%'")" -ge 1

# --- correction, resubmission, rejection ---------------------------------
kpg02 201 "$TW"
N=$NOMOR
act 422 "$TO" "$N" kembalikan
expect_json '/Catatan wajib diisi/.test(j.galat.pesan)' "$BODY"
act 200 "$TO" "$N" kembalikan "Foto KK tidak terbaca, unggah ulang."
expect_json 'j.status === "perlu_perbaikan"' "$BODY"
check "the applicant reads the officer's note" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%Foto KK tidak terbaca%'")" = 1
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "$AUTH_W"
expect_json 'j.tindakan.map(t => t.kode).join() === "ajukan_ulang,batalkan"' "$BODY"
expect_json 'j.riwayat[1].catatan === "Foto KK tidak terbaca, unggah ulang."' "$BODY"
act 403 "$TO" "$N" ajukan_ulang
# resubmit with a new KK (multipart action with a document)
expect_status 200 POST "/api/v1/permohonan/$(enc "$N")/tindakan" -H "$AUTH_W" \
    -F tindakan=ajukan_ulang -F "berkas.kartu_keluarga=@$PDF;filename=kk-baru.pdf"
expect_json 'j.status === "diajukan"' "$BODY"
check "the KK was replaced" test "$(sql "SELECT pb.filename FROM permohonan_berkas pb JOIN permohonan p ON p.id = pb.permohonan_id WHERE p.nomor = '$N' AND pb.doc_code = 'kartu_keluarga'")" = kk-baru.pdf
expect_status 422 POST "/api/v1/permohonan/$(enc "$N")/tindakan" -H "$AUTH_W" \
    -F tindakan=batalkan -F "berkas.kartu_keluarga=@$FAKE"
act 200 "$TO" "$N" verifikasi
act 422 "$TP" "$N" tolak "   "
act 200 "$TP" "$N" tolak "Pemohon bukan penduduk Kampung Dalam."
expect_json 'j.status === "ditolak"' "$BODY"
check "finished" test "$(sql "SELECT finished_at IS NOT NULL FROM permohonan WHERE nomor = '$N'")" = 1
expect_status 200 GET "/api/v1/permohonan/$N" -H "$AUTH_W"
expect_json 'j.status.kode === "ditolak" && j.status.akhir === true && j.tindakan.length === 0' "$BODY"
expect_json 'j.riwayat.map(r => r.tindakan).join() === "ajukan,kembalikan,ajukan_ulang,verifikasi,tolak"' "$BODY"

# --- withdrawn before verification ---------------------------------------
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TW" "$N" batalkan
expect_json 'j.status === "dibatalkan"' "$BODY"
act 409 "$TO" "$N" verifikasi

# the operator's open inbox no longer lists finished work
expect_status 200 GET '/api/v1/permohonan?status=diajukan' -H "Authorization: Bearer $TO"
expect_json 'j.data.every(a => a.status.kode === "diajukan")' "$BODY"
finish
