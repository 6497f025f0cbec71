#!/bin/sh
# t1401-pengaduan-api.sh: the complaint API through every branch: file
# (JSON and multipart), disposisi -> tanggapi -> balas -> tanggapi -> nilai,
# reopen once (a second reopen is refused), bukan_wewenang, arsipkan, and a
# pungli complaint that opens an Inspektorat case at once.  Bad input is
# refused per field and writes nothing.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
TW=$(token warga.demo)
TA=$(token admin.pengaduan)
TK=$(token admin.kominfo)
TO=$(token op.dpmptsp)

# --- filing -------------------------------------------------------------
adu_file 201 "$TW"
expect_json 'Object.keys(j).sort().join() === "kode_lacak,nomor,status"' "$BODY"
expect_json '/^ADU-20[0-9]{2}-[0-9]{6}$/.test(j.nomor) && j.status === "baru"' "$BODY"
expect_json '/^[0-9A-HJKMNP-TV-Z]{12}$/.test(j.kode_lacak)' "$BODY"
N=$NOMOR L=$LACAK
check "deadline is 3 working days" test "$(adu_batas "$N")" != ""
check "the complaint admin is told" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'admin.pengaduan' AND n.text LIKE '%$N%'")" = 1
check "audit: pengaduan.ajukan" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'pengaduan.ajukan' AND object_id = '$N'")" = 1

# validation: every bad field is named; nothing is written
C0=$(sql "SELECT count(*) FROM pengaduan")
adu_file 422 "$TW" '{jenis: "keluhan", judul: "", kategori: "x", wilayah: "14.08.01", anonim: "ya", rahasia: 1}'
expect_json 'j.galat.kode === "isian_tidak_sah" && ["jenis","judul","kategori","wilayah","anonim","rahasia"].every(k => typeof j.galat.isian[k] === "string")' "$BODY"
adu_file 422 "$TW" '{judul: 42}'
expect_json 'typeof j.galat.isian.judul === "string"' "$BODY"
adu_file 422 "$TW" '{unit: "TIDAK-ADA"}'
expect_json 'typeof j.galat.isian.unit === "string"' "$BODY"
expect_status 415 POST /api/v1/pengaduan -H "Authorization: Bearer $TW" -H 'Content-Type: text/plain' --data-binary 'x'
expect_status 400 POST /api/v1/pengaduan -H "Authorization: Bearer $TW" -H 'Content-Type: application/json' --data-binary '{"jenis":'
expect_status 401 POST /api/v1/pengaduan -H 'Content-Type: application/json' --data-binary "$(adu_json)"
adu_file 403 "$TO"
check "nothing written by bad input" test "$(sql "SELECT count(*) FROM pengaduan")" = "$C0"

# multipart with "1"/"0" flags and an attachment; a fake PDF is refused
expect_status 201 POST /api/v1/pengaduan -H "Authorization: Bearer $TW" \
    -F jenis=aspirasi -F 'judul=Lampu jalan padam' \
    -F 'isi=Lampu jalan di depan kantor kampung padam sejak sebulan lalu.' \
    -F kategori=infrastruktur -F wilayah=14.08.01.1001 -F anonim=0 \
    -F rahasia=1 -F "berkas=@$PNG;type=image/png"
M=$(jget j.nomor)
check "multipart: rahasia stored, anonim not" test "$(sql "SELECT anonim || rahasia FROM pengaduan WHERE nomor = '$M'")" = 01
check "multipart: attachment stored by content" test "$(sql "SELECT mime FROM pengaduan_berkas b JOIN pengaduan p ON p.id = b.pengaduan_id WHERE p.nomor = '$M'")" = image/png
expect_status 200 GET "/api/v1/pengaduan/$M" -H "Authorization: Bearer $TW"
expect_json 'j.berkas.length === 1 && j.berkas[0].mime === "image/png" && j.rahasia === true' "$BODY"
C0=$(sql "SELECT count(*) FROM pengaduan")
expect_status 422 POST /api/v1/pengaduan -H "Authorization: Bearer $TW" \
    -F jenis=aspirasi -F 'judul=Lampu jalan padam' \
    -F 'isi=Lampu jalan di depan kantor kampung padam sejak sebulan lalu.' \
    -F kategori=infrastruktur -F wilayah=14.08.01.1001 -F anonim=ya \
    -F "berkas=@$FAKE;type=application/pdf"
expect_json 'typeof j.galat.isian.anonim === "string"' "$BODY"
expect_status 422 POST /api/v1/pengaduan -H "Authorization: Bearer $TW" \
    -F jenis=aspirasi -F 'judul=Lampu jalan padam' \
    -F 'isi=Lampu jalan di depan kantor kampung padam sejak sebulan lalu.' \
    -F kategori=infrastruktur -F wilayah=14.08.01.1001 \
    -F "berkas=@$FAKE;type=application/pdf"
expect_json 'typeof j.galat.isian.berkas === "string"' "$BODY"
check "nothing written by a bad upload" test "$(sql "SELECT count(*) FROM pengaduan")" = "$C0"

# --- disposisi -> tanggapi -> balas -> tanggapi -> nilai -------------------
adu_act 404 "$TO" "$N" tanggapi "Belum didisposisikan."
adu_act 403 "$TW" "$N" disposisi "" DPMPTSP
expect_json 'j.galat.kode === "ditolak"' "$BODY"
adu_act 422 "$TA" "$N" disposisi "" TIDAK-ADA
adu_act 422 "$TA" "$N" terbang
adu_act 200 "$TA" "$N" disposisi "Mohon ditindaklanjuti." DPMPTSP
expect_json 'j.status === "didisposisi" && j.nomor === "'"$N"'"' "$BODY"
check "the unit is told" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'op.dpmptsp' AND n.text LIKE '%$N%'")" = 1
expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TO"
expect_json 'j.tindakan.join() === "tanggapi" && j.unit.kode === "DPMPTSP" && j.kode_lacak === null' "$BODY"
adu_act 422 "$TO" "$N" tanggapi
expect_json 'j.galat.kode === "isian_tidak_sah"' "$BODY"
adu_act 200 "$TO" "$N" tanggapi "Petugas sudah kami panggil dan tegur."
expect_json 'j.status === "ditanggapi"' "$BODY"
adu_act 409 "$TO" "$N" tanggapi "Lagi."
expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TW"
expect_json 'j.tindakan.join() === "rahasiakan,balas,nilai" && j.kode_lacak === "'"$L"'"' "$BODY"
expect_json 'j.pesan.some(p => p.peran === "unit" && p.isi === "Petugas sudah kami panggil dan tegur.")' "$BODY"
adu_act 403 "$TO" "$N" balas "Bukan pelapor."
adu_act 200 "$TW" "$N" balas "Uangnya belum dikembalikan."
expect_json 'j.status === "didisposisi"' "$BODY"
adu_act 409 "$TW" "$N" nilai "" "" 5
adu_act 200 "$TO" "$N" tanggapi "Uang telah dikembalikan kepada pelapor."
adu_act 422 "$TW" "$N" nilai "" "" 9
adu_act 200 "$TW" "$N" nilai "Terima kasih." "" 5
expect_json 'j.status === "selesai"' "$BODY"
check "rating stored" test "$(sql "SELECT nilai FROM pengaduan WHERE nomor = '$N'")" = 5
check "closing appends a transparency-log entry without personal data" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) = '{\"hasil\":\"selesai\",\"jenis\":\"pengaduan_selesai\",\"kategori\":\"pelayanan_lambat\",\"unit\":\"DPMPTSP\",\"waktu\":\"' || strftime('%Y-%m-%dT%H:%M:%SZ', (SELECT closed_at FROM pengaduan WHERE nomor = '$N'), 'unixepoch') || '\"}'")" = 1

# reopen once, then refused
adu_act 422 "$TW" "$N" buka_kembali
adu_act 200 "$TW" "$N" buka_kembali "Petugas mengulanginya lagi."
expect_json 'j.status === "didisposisi"' "$BODY"
adu_act 200 "$TO" "$N" tanggapi "Petugas telah dipindahtugaskan."
adu_act 200 "$TW" "$N" nilai "" "" 4
adu_act 409 "$TW" "$N" buka_kembali "Sekali lagi."
expect_json '/satu kali/.test(j.galat.pesan)' "$BODY"
check "history: every step" test "$(sql "SELECT group_concat(tindakan) FROM (SELECT r.tindakan FROM pengaduan_riwayat r JOIN pengaduan p ON p.id = r.pengaduan_id WHERE p.nomor = '$N' ORDER BY r.id)")" = "ajukan,disposisi,tanggapi,balas,tanggapi,nilai,buka_kembali,tanggapi,nilai"

# --- bukan_wewenang and arsipkan (admin.kominfo acts as complaint admin) --
adu_file 201 "$TW" '{kategori: "infrastruktur", judul: "Jalan lintas provinsi rusak"}'
B=$NOMOR
adu_act 422 "$TK" "$B" bukan_wewenang
adu_act 200 "$TK" "$B" bukan_wewenang "Jalan provinsi: Dinas PUPR Provinsi Riau."
expect_json 'j.status === "bukan_wewenang"' "$BODY"
expect_status 200 GET "/api/v1/pengaduan/$B" -H "Authorization: Bearer $TW"
expect_json 'j.instansi_rujukan === "Jalan provinsi: Dinas PUPR Provinsi Riau." && j.status_label === "Bukan wewenang"' "$BODY"
adu_file 201 "$TW" '{kategori: "lainnya", judul: "Laporan uji coba saja"}'
A=$NOMOR
adu_act 422 "$TA" "$A" arsipkan
adu_act 200 "$TA" "$A" arsipkan "Laporan tidak berisi keluhan yang dapat ditindaklanjuti."
adu_act 409 "$TA" "$A" disposisi "" DPMPTSP
check "archived and referred complaints are in the log" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '%pengaduan_selesai%' AND (CAST(entry AS TEXT) LIKE '%\"hasil\":\"diarsipkan\"%' OR CAST(entry AS TEXT) LIKE '%\"hasil\":\"bukan_wewenang\"%')")" = 2

# --- pungli: an Inspektorat case at once, in the same transaction --------
adu_file 201 "$TW" '{kategori: "pungutan_liar", unit: "14.08.01.1001"}'
P=$NOMOR
check "a kasus row for the pungli complaint" test "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'pengaduan' AND ref_type = 'pengaduan' AND ref_id = '$P'")" = 1
check "the case names the unit reported" test "$(sql "SELECT u.code FROM kasus k JOIN unit u ON u.id = k.unit_id WHERE k.ref_id = '$P'")" = 14.08.01.1001
check "not anonim: the Inspektorat may see who reported" test "$(sql "SELECT count(*) FROM kasus WHERE ref_id = '$P' AND ringkasan LIKE '%Siti Rahmawati%'")" = 1
adu_file 201 "$TW" '{kategori: "penyalahgunaan_wewenang", anonim: true}'
Q=$NOMOR
check "abuse of authority: a case without the anonymous reporter" test "$(sql "SELECT count(*) FROM kasus WHERE ref_id = '$Q' AND ringkasan NOT LIKE '%Siti%' AND ringkasan NOT LIKE '%1408014507900001%' AND ringkasan NOT LIKE '%081234567890%'")" = 1
adu_file 201 "$TW" '{kategori: "perilaku_petugas"}'
check "other categories open no case" test "$(sql "SELECT count(*) FROM kasus WHERE ref_id = '$NOMOR'")" = 0

# the reporter's list and the admin's list
expect_status 200 GET /api/v1/pengaduan -H "Authorization: Bearer $TW"
expect_json 'j.data.length === j.jumlah && j.data.some(x => x.nomor === "'"$N"'")' "$BODY"
expect_status 200 GET /api/v1/pengaduan -H "Authorization: Bearer $TA"
expect_json 'j.data.some(x => x.nomor === "'"$P"'" && x.status === "baru")' "$BODY"
expect_status 200 GET /api/v1/pengaduan -H "Authorization: Bearer $TO"
expect_json 'j.data.every(x => x.unit && x.unit.kode === "DPMPTSP")' "$BODY"
finish
