#!/bin/sh
# t0304-api-authz.sh: who may see and act on an application.  Another
# citizen and another kampung's operator get 404 (never a hint that it
# exists); Inspektorat and pimpinan read everything but act on nothing;
# the account that verified may not also approve.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TA=$(token warga.demo)
add_user warga.b warga "" 1408015507950002
TB=$(token warga.b)
check "citizen B signs in" test -n "$TB"
TR=$(token op.kampungrempak)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)

kpg02 201 "$TA"
N=$NOMOR
E=$(enc "$N")
DOC="/api/v1/permohonan/$E/berkas/ktp_el"

# --- citizen B: 404 for A's application, its documents and its actions ---
expect_status 404 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TB"
expect_json 'j.galat.kode === "tidak_ditemukan"' "$BODY"
cp "$BODY" "$WORK/b404"
expect_status 404 GET "/api/v1/permohonan/$N" -H "Authorization: Bearer $TB"
expect_status 404 GET "$DOC" -H "Authorization: Bearer $TB"
act 404 "$TB" "$N" batalkan
# the same answer as for a nomor that does not exist
expect_status 404 GET "/api/v1/permohonan/$(enc 14.08.01.1001/KPG-02/2026/99999)" -H "Authorization: Bearer $TB"
check "404 says nothing more than for a missing one" cmp -s "$BODY" "$WORK/b404"
expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $TB"
expect_json 'j.total === 0' "$BODY"
check "B's attempts changed nothing" test "$(sql "SELECT state FROM permohonan WHERE nomor = '$N'")" = diajukan
# the applicant reads both
expect_status 200 GET "$DOC" -H "Authorization: Bearer $TA"

# --- another kampung's operator: neither sees nor acts --------------------
expect_status 404 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TR"
expect_status 404 GET "$DOC" -H "Authorization: Bearer $TR"
act 404 "$TR" "$N" verifikasi
act 404 "$TR" "$N" tolak "bukan wilayah kami"
expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $TR"
expect_json 'j.data.every(a => a.wilayah.kode !== "14.08.01.1001")' "$BODY"
check "no read by Kampung Rempak was recorded" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE u.username = 'op.kampungrempak' AND a.action LIKE 'permohonan.%'")" = 0
# its own kampung's operator does, and reading is audited
expect_status 200 GET "$DOC" -H "Authorization: Bearer $TO"
check "a staff download is audited" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE u.username = 'op.kampungdalam' AND a.action = 'permohonan.baca' AND a.object_id = '$N'")" = 1

# --- Inspektorat and pimpinan: read-only ----------------------------------
for u in inspektur pimpinan; do
	T=$(token $u)
	# outside their queue they must name a purpose, which is recorded
	expect_status 400 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $T"
	expect_json 'j.galat.kode === "tujuan_wajib" && /pengawasan/.test(j.galat.pesan)' "$BODY"
	expect_status 400 GET "/api/v1/permohonan/$E?tujuan=iseng" -H "Authorization: Bearer $T"
	expect_status 200 GET "/api/v1/permohonan/$E?tujuan=pengawasan" -H "Authorization: Bearer $T"
	expect_json 'j.tindakan.length === 0' "$BODY"
	expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $T"
	expect_json 'j.data.some(a => a.nomor === "'"$N"'")' "$BODY"
	act 403 "$T" "$N" verifikasi
	expect_json '/hanya dapat melihat/.test(j.galat.pesan)' "$BODY"
done
check "their reads are audited" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE u.username IN ('inspektur', 'pimpinan') AND a.action = 'permohonan.baca'")" = 2
check "with the purpose they named" test "$(sql "SELECT DISTINCT a.note FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE u.username IN ('inspektur', 'pimpinan') AND a.action = 'permohonan.baca'")" = "Pengawasan internal (Inspektorat) (permohonan)"

# --- separation of duties --------------------------------------------------
add_user dual.kampungdalam operator,penandatangan 14.08.01.1001 \
    1408010101810003	# issue 12 item 5: staff need a verified NIK
TD=$(token dual.kampungdalam)
check "the dual-role account signs in" test -n "$TD"
expect_status 200 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TD"
expect_json 'j.tindakan.some(t => t.kode === "verifikasi" && t.terhalang === null)' "$BODY"
act 200 "$TD" "$N" verifikasi
expect_status 200 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TD"
expect_json 'j.tindakan.some(t => t.kode === "setujui" && /memverifikasi/.test(t.terhalang))' "$BODY"
act 403 "$TD" "$N" setujui
expect_json 'j.galat.kode === "ditolak" && /Pemisahan tugas/.test(j.galat.pesan) && /memverifikasi/.test(j.galat.pesan)' "$BODY"
check "still waiting for approval" test "$(sql "SELECT state FROM permohonan WHERE nomor = '$N'")" = diverifikasi
act 200 "$TP" "$N" setujui
finish
