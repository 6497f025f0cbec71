#!/bin/sh
# t1405-pengaduan-pages.sh: the complaint pages without JavaScript: the
# citizen files through the form (CSRF, per-field errors, values kept), the
# admin disposes from the inbox, the unit answers, the reporter rates;
# public pages and lookup by tracking code.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
JW=$WORK/jar-w JA=$WORK/jar-a JO=$WORK/jar-o
login warga.demo "$PW" "$JW" || fail "login warga.demo"
login admin.pengaduan "$PW" "$JA" || fail "login admin.pengaduan"
login op.dpmptsp "$PW" "$JO" || fail "login op.dpmptsp"

expect_status 303 GET /pengaduan/baru
expect_status 200 GET /pengaduan/baru -b "$JW"
expect_contains 'enctype="multipart/form-data"' "$BODY"
expect_contains '<option value="pungutan_liar">Pungutan liar</option>' "$BODY"
expect_contains '<option value="14.08.01.1001">Kampung Dalam' "$BODY"
C=$(csrf_from /pengaduan/baru "$JW")

# without the CSRF token: refused, nothing written
C0=$(sql "SELECT count(*) FROM pengaduan")
expect_status 403 POST /pengaduan/baru -b "$JW" -F jenis=pengaduan -F 'judul=Tanpa token' \
    -F 'isi=Isi laporan tanpa token yang cukup panjang.' -F kategori=lainnya -F wilayah=14.08.01.1001
# bad fields: 422, messages next to the fields, values kept (escaped)
expect_status 422 POST /pengaduan/baru -b "$JW" -F "csrf=$C" -F jenis=pengaduan \
    --form-string 'judul=<b>x' -F 'isi=pendek' -F kategori=lainnya -F wilayah=14.08.01.1001
expect_contains 'id="e-judul"' "$BODY"
expect_contains 'id="e-isi"' "$BODY"
expect_contains '&lt;b&gt;x' "$BODY"
expect_not_contains '<b>x' "$BODY"
check "nothing written" test "$(sql "SELECT count(*) FROM pengaduan")" = "$C0"

expect_status 303 POST /pengaduan/baru -b "$JW" -F "csrf=$C" -F jenis=pengaduan \
    -F 'judul=Petugas meminta uang' \
    -F 'isi=Petugas di kantor kampung meminta uang untuk surat keterangan.' \
    -F kategori=pungutan_liar -F wilayah=14.08.01.1001 -F unit=14.08.01.1001 \
    -F anonim=1 -F "berkas=@$PDF;type=application/pdf"
N=$(sed -n 's|^[Ll]ocation: */pengaduan/\([^?]*\)?baru=1.*|\1|p' "$HEADERS" | tr -d '\r')
check "redirected to the new complaint ($N)" test -n "$N"
check "anonim from the checkbox" test "$(sql "SELECT anonim || rahasia FROM pengaduan WHERE nomor = '$N'")" = 10
check "a case for the Inspektorat" test "$(sql "SELECT count(*) FROM kasus WHERE ref_id = '$N'")" = 1
expect_status 200 GET "/pengaduan/$N?baru=1" -b "$JW"
expect_contains "Laporan Anda telah diterima." "$BODY"
expect_contains "Kode lacak" "$BODY"
L=$(sql "SELECT kode_lacak FROM pengaduan WHERE nomor = '$N'")
expect_contains "$L" "$BODY"
expect_status 200 GET "/pengaduan/$N/berkas/1" -b "$JW"
expect_header content-type '^application/pdf'
expect_status 200 GET /pengaduan/saya -b "$JW"
expect_contains "$N" "$BODY"

# the admin's verification queue and the disposisi form
expect_status 200 GET /pengaduan/kelola -b "$JA"
expect_contains "$N" "$BODY"
expect_contains "Menunggu verifikasi: <strong>1</strong>" "$BODY"
expect_status 200 GET "/pengaduan/$N" -b "$JA"
expect_contains 'name="tindakan" value="disposisi"' "$BODY"
expect_contains "Anonim (identitas dirahasiakan)" "$BODY"
C=$(csrf_from "/pengaduan/$N" "$JA")
expect_status 422 POST "/pengaduan/$N/tindakan" -b "$JA" --data-urlencode "csrf=$C" \
    --data-urlencode tindakan=arsipkan
expect_contains "Catatan wajib diisi" "$BODY"
expect_status 303 POST "/pengaduan/$N/tindakan" -b "$JA" --data-urlencode "csrf=$C" \
    --data-urlencode tindakan=disposisi --data-urlencode unit=DPMPTSP
check "disposed" test "$(adu_status "$N")" = didisposisi

# the unit answers
expect_status 200 GET /pengaduan/kelola -b "$JO"
expect_contains "$N" "$BODY"
C=$(csrf_from "/pengaduan/$N" "$JO")
expect_status 303 POST "/pengaduan/$N/tindakan" -b "$JO" --data-urlencode "csrf=$C" \
    --data-urlencode tindakan=tanggapi --data-urlencode "catatan=Petugas telah diberi sanksi <disiplin>."
expect_status 200 GET "/pengaduan/$N?ok=1" -b "$JO"
expect_contains "Tindakan telah dicatat." "$BODY"
expect_contains "sanksi &lt;disiplin&gt;" "$BODY"

# the reporter rates it
C=$(csrf_from "/pengaduan/$N" "$JW")
expect_status 200 GET "/pengaduan/$N" -b "$JW"
expect_contains 'name="nilai" value="5"' "$BODY"
expect_status 422 POST "/pengaduan/$N/tindakan" -b "$JW" --data-urlencode "csrf=$C" \
    --data-urlencode tindakan=nilai --data-urlencode nilai=7
expect_status 303 POST "/pengaduan/$N/tindakan" -b "$JW" --data-urlencode "csrf=$C" \
    --data-urlencode tindakan=nilai --data-urlencode nilai=5
check "rated and closed" test "$(sql "SELECT status || nilai FROM pengaduan WHERE nomor = '$N'")" = selesai5

# public pages
expect_status 200 GET /pengaduan
expect_contains "$N" "$BODY"
expect_contains "Petugas telah diberi sanksi" "$BODY"
expect_status 200 GET "/pengaduan/lacak?kode=$L"
expect_contains "Selesai" "$BODY"
expect_contains "Petugas telah diberi sanksi" "$BODY"
expect_status 200 GET "/pengaduan/lacak?kode=TIDAKADA0000"
expect_contains "Kode lacak tidak ditemukan" "$BODY"
expect_status 200 GET "/pengaduan/lacak"
finish
