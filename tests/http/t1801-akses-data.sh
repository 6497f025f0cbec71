#!/bin/sh
# t1801-akses-data.sh: the citizen's data-access log ("Akses Data Saya"):
# an officer opening her file appears in her list with the workflow step;
# her own views do not; an officer of another unit cannot open it at all;
# outside their queue officers must choose a purpose; a dispute opens an
# Inspektorat case, which the Inspektorat works on and closes.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TR=$(token op.kampungrempak)
TI=$(token inspektur)
JW=$WORK/jar-warga JI=$WORK/jar-inspektur JO=$WORK/jar-op
login warga.demo "$PW" "$JW"
login inspektur "$PW" "$JI"
login op.kampungdalam "$PW" "$JO"

kpg02 201 "$TW"
N=$NOMOR
E=$(enc "$N")
rows() { sql "SELECT count(*) FROM akses_data d JOIN account a ON a.id = d.subjek_id WHERE a.username = 'warga.demo'"; }

# the citizen's own views are not recorded
expect_status 200 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TW"
expect_status 200 GET "/permohonan/$E" -b "$JW"
check "own views leave no entry" test "$(rows)" = 0
expect_status 200 GET /api/v1/akses-data -H "Authorization: Bearer $TW"
expect_json 'Array.isArray(j.data) && j.data.length === 0' "$BODY"

# an officer of another kampung cannot open it at all, and leaves no entry
expect_status 404 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TR"
check "a refused open leaves no entry" test "$(rows)" = 0

# the handling officer opens it: recorded with the workflow step
expect_status 200 GET "/petugas/permohonan/$E" -b "$JO"
check "the officer's read is recorded" test "$(rows)" = 1
expect_status 200 GET /api/v1/akses-data -H "Authorization: Bearer $TW"
expect_json 'j.data.length === 1 && j.data[0].petugas === "Rahmat Hidayat"' "$BODY"
expect_json 'j.data[0].unit === "Kampung Dalam" || /Dalam/.test(j.data[0].unit)' "$BODY"
expect_json '/^Pemrosesan permohonan/.test(j.data[0].tujuan) && j.data[0].data === "'"$N"'"' "$BODY"
expect_json 'typeof j.data[0].waktu === "number" && !("kasus" in j.data[0])' "$BODY"

# outside the queue: the Inspektorat must choose a purpose first
expect_status 400 GET "/api/v1/permohonan/$E" -H "Authorization: Bearer $TI"
expect_json 'j.galat.kode === "tujuan_wajib"' "$BODY"
check "no entry without a purpose" test "$(rows)" = 1
expect_status 200 GET "/api/v1/permohonan/$E?tujuan=pengawasan" -H "Authorization: Bearer $TI"
check "the Inspektorat's read is recorded" test "$(rows)" = 2
expect_status 200 GET /akun/akses-data -b "$JW"
expect_contains "Akses Data Saya" "$BODY"
expect_contains "Bambang Sutrisno" "$BODY"
expect_contains "Pengawasan internal (Inspektorat)" "$BODY"
expect_contains 'name="alasan"' "$BODY"

# only citizens have this page; staff get 403
expect_status 403 GET /api/v1/akses-data -H "Authorization: Bearer $TO"

# dispute: validated, then opens an Inspektorat case
AID=$(sql "SELECT d.id FROM akses_data d JOIN account a ON a.id = d.pembaca_id WHERE a.username = 'inspektur'")
C=$(csrf_from /akun/akses-data "$JW")
expect_status 403 POST "/akun/akses-data/$AID/sengketa" -b "$JW" \
    --data-urlencode "alasan=Saya tidak pernah mengadu."
expect_status 422 POST "/akun/akses-data/$AID/sengketa" -b "$JW" \
    --data-urlencode "csrf=$C" --data-urlencode "alasan=pendek"
check "a bad reason opens no case" test "$(sql "SELECT count(*) FROM kasus")" = 0
expect_status 303 POST "/akun/akses-data/$AID/sengketa" -b "$JW" \
    --data-urlencode "csrf=$C" \
    --data-urlencode "alasan=Saya tidak pernah mengadu; mengapa data saya dibuka?"
K=$(sql "SELECT nomor FROM kasus WHERE sumber = 'sengketa_akses'")
check "a case was opened ($K)" sh -c "echo '$K' | grep -Eq '^KAS-[0-9]{4}-000001$'"
check "linked to the entry" test "$(sql "SELECT k.nomor FROM akses_data d JOIN kasus k ON k.id = d.kasus_id WHERE d.id = $AID")" = "$K"
check "dispute audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akses.sengketa' AND object_id = '$K'")" = 1
expect_status 409 POST "/akun/akses-data/$AID/sengketa" -b "$JW" \
    --data-urlencode "csrf=$C" \
    --data-urlencode "alasan=Sekali lagi saya keberatan atas akses ini."
expect_status 200 GET /api/v1/akses-data -H "Authorization: Bearer $TW"
expect_json 'j.data.some(d => d.kasus === "'"$K"'")' "$BODY"
# someone else's entry: 404
OID=$(sql "SELECT d.id FROM akses_data d JOIN account a ON a.id = d.pembaca_id WHERE a.username = 'op.kampungdalam'")
add_user warga.lain warga "" 1408014507900002 >/dev/null 2>&1
JL=$WORK/jar-lain
login warga.lain "$PW" "$JL"
CL=$(csrf_from /akun/akses-data "$JL")
expect_status 404 POST "/akun/akses-data/$OID/sengketa" -b "$JL" \
    --data-urlencode "csrf=$CL" \
    --data-urlencode "alasan=Ini bukan data saya tetapi saya mencoba."

# the Inspektorat works the case; nobody else sees it
expect_status 200 GET /inspektorat -b "$JI"
expect_contains "$K" "$BODY"
expect_status 403 GET /inspektorat -b "$JO"
expect_status 403 GET "/inspektorat/kasus/$K" -b "$JW"
expect_status 200 GET "/inspektorat/kasus/$K" -b "$JI"
expect_contains "Keberatan warga atas akses data" "$BODY"
expect_contains "mengapa data saya dibuka" "$BODY"
CI=$(csrf_from "/inspektorat/kasus/$K" "$JI")
expect_status 303 POST "/inspektorat/kasus/$K/ambil" -b "$JI" --data-urlencode "csrf=$CI"
check "taken: diproses, assigned" test "$(sql "SELECT k.status || ' ' || a.username FROM kasus k JOIN account a ON a.id = k.assigned_to WHERE k.nomor = '$K'")" = "diproses inspektur"
expect_status 303 POST "/inspektorat/kasus/$K/catatan" -b "$JI" \
    --data-urlencode "csrf=$CI" --data-urlencode "catatan=Memanggil <b>petugas</b> untuk klarifikasi."
expect_status 200 GET "/inspektorat/kasus/$K" -b "$JI"
expect_contains "Memanggil &lt;b&gt;petugas&lt;/b&gt;" "$BODY"
expect_status 422 POST "/inspektorat/kasus/$K/tutup" -b "$JI" \
    --data-urlencode "csrf=$CI" --data-urlencode "temuan=singkat"
expect_status 303 POST "/inspektorat/kasus/$K/tutup" -b "$JI" \
    --data-urlencode "csrf=$CI" --data-urlencode "temuan=Akses sah: pengawasan rutin atas permohonan domisili."
check "closed with findings" test "$(sql "SELECT status || ' ' || (closed_at > 0) FROM kasus WHERE nomor = '$K'")" = "selesai 1"
expect_status 409 POST "/inspektorat/kasus/$K/catatan" -b "$JI" \
    --data-urlencode "csrf=$CI" --data-urlencode "catatan=Terlambat."
check "every case step audited" test "$(sql "SELECT group_concat(action) FROM (SELECT action FROM audit_event WHERE object_type = 'kasus' AND object_id = '$K' ORDER BY id)")" = "kasus.buka,kasus.ambil,kasus.catatan,kasus.tutup"
expect_status 404 GET /inspektorat/kasus/KAS-2026-999999 -b "$JI"

finish
