#!/bin/sh
# t1901-kontak.sh: a unit's contact and opening hours (issue 13, the kontak
# module): GET/POST /admin/kontak/<kode unit> for the superadmin and the
# unit's own admin only, validation (422 with the form kept), one audited
# save, and the public block on the service page and the region pages.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
WARGA=$WORK/warga.jar
KA=$WORK/kominfo.jar
SA=$WORK/super.jar
KD=14.08.01.1001	# Kelurahan Kampung Dalam

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
state() {
	sql "SELECT k.alamat, k.telepon, k.demo, k.updated_at,
	    (SELECT group_concat(hari || sesi || buka || tutup, ',') FROM kontak_jam j WHERE j.unit_id = k.unit_id)
	    FROM kontak k JOIN unit u ON u.id = k.unit_id WHERE u.code = '$1'"
}
naudit() {
	sql "SELECT count(*) FROM audit_event WHERE action = 'kontak.ubah'"
}

# --- demo data: three units, marked demo, each audited ---
expect_eq "demo contacts" "$(sql "SELECT group_concat(u.code, ' ') FROM kontak k JOIN unit u ON u.id = k.unit_id WHERE k.demo = 1 ORDER BY u.code")" \
    "DISDUKCAPIL 14.08.01 14.08.01.1001"
expect_eq "demo contacts audited" "$(naudit)" 3

# --- who may enter ---
expect_status 303 GET /admin/kontak/$KD
check "login warga.demo" login warga.demo "$PW" "$WARGA"
expect_status 403 GET /admin/kontak/$KD -b "$WARGA"
check "login admin.kominfo" login admin.kominfo "$PW" "$KA"
expect_status 403 GET /admin/kontak/$KD -b "$KA"
expect_contains 'hanya admin unit tersebut atau superadmin' "$BODY"
BEFORE=$(state $KD)
NA=$(naudit)
TOK=$(csrf_from /admin/kontak/DISKOMINFO "$KA")
expect_status 403 POST /admin/kontak/$KD -b "$KA" --data-urlencode "csrf=$TOK" \
    --data-urlencode "alamat=Alamat palsu sekali" --data-urlencode "telepon=0811111111" \
    --data-urlencode "buka1-1=01:00" --data-urlencode "tutup1-1=02:00"
expect_eq "another unit's contact unchanged" "$(state $KD)" "$BEFORE"
expect_eq "no audit for a refused save" "$(naudit)" "$NA"
TOK=$(csrf_from /akun "$WARGA")
expect_status 403 POST /admin/kontak/$KD -b "$WARGA" --data-urlencode "csrf=$TOK" \
    --data-urlencode "alamat=Alamat palsu sekali" --data-urlencode "telepon=0811111111"
expect_eq "warga cannot save" "$(state $KD)" "$BEFORE"

# --- an admin's own unit, no contact yet ---
expect_status 200 GET /admin/kontak/DISKOMINFO -b "$KA"
expect_contains 'belum memiliki data kontak' "$BODY"
for f in f-alamat f-telepon f-email f-whatsapp f-catatan f-jam-1 f-tutup2-7; do
	expect_contains "id=\"$f\"" "$BODY"
done
# the index lists only the units one may edit
expect_status 200 GET /admin/kontak -b "$KA"
expect_contains 'href="/admin/kontak/DISKOMINFO"' "$BODY"
expect_not_contains "href=\"/admin/kontak/$KD\"" "$BODY"
expect_status 403 GET /admin/kontak -b "$WARGA"
check "login superadmin" login superadmin "$PW" "$SA"
expect_status 404 GET /admin/kontak/TIDAK-ADA -b "$SA"
expect_status 200 GET /admin/kontak -b "$SA"
expect_contains "href=\"/admin/kontak/$KD\"" "$BODY"
expect_contains 'href="/admin/kontak/DISDUKCAPIL"' "$BODY"
expect_contains 'Kampung dan kelurahan' "$BODY"
expect_eq "index: demo and empty units" "$(grep -o 'Data contoh (demo)</td>' "$BODY" | wc -l | tr -d ' ')/$(grep -o 'Belum diisi' "$BODY" | wc -l | tr -d ' ')" \
    "3/$(sql "SELECT count(*) - 3 FROM unit WHERE active = 1")"

# --- bad input: 422, messages, the form kept, nothing written ---
TOK=$(csrf_from /admin/kontak/$KD "$SA")
expect_status 422 POST /admin/kontak/$KD -b "$SA" --data-urlencode "csrf=$TOK" \
    --data-urlencode "alamat=  " --data-urlencode "telepon=telp kantor" \
    --data-urlencode "email=kantor@" --data-urlencode "whatsapp=12345" \
    --data-urlencode "catatan=Tetap ada" \
    --data-urlencode "buka1-1=25:00" --data-urlencode "tutup1-1=16:00" \
    --data-urlencode "buka1-2=16:00" --data-urlencode "tutup1-2=08:00" \
    --data-urlencode "buka1-3=08:00" \
    --data-urlencode "buka1-5=08:00" --data-urlencode "tutup1-5=11:30" \
    --data-urlencode "buka2-5=11:00" --data-urlencode "tutup2-5=16:00"
expect_contains 'Alamat kantor wajib diisi' "$BODY"
expect_contains 'Nomor telepon wajib diisi' "$BODY"
expect_contains 'Alamat surel tidak sah' "$BODY"
expect_contains 'Nomor WhatsApp tidak sah' "$BODY"
expect_contains 'Senin: Jam harus ditulis JJ.MM' "$BODY"
expect_contains 'Selasa: Jam buka harus lebih awal daripada jam tutup' "$BODY"
expect_contains 'Rabu: Setiap sesi memerlukan jam buka dan jam tutup' "$BODY"
expect_contains 'Jumat: Sesi kedua hanya dapat diisi' "$BODY"
expect_contains 'value="telp kantor"' "$BODY"
expect_contains 'value="Tetap ada"' "$BODY"
expect_contains 'value="25:00"' "$BODY"
expect_contains 'href="#f-jam-5"' "$BODY"
expect_eq "bad input: unchanged" "$(state $KD)" "$BEFORE"
expect_eq "bad input: no audit" "$(naudit)" "$NA"

# --- a good save: 303, written, no longer demo, audited before/after ---
expect_status 303 POST /admin/kontak/$KD -b "$SA" --data-urlencode "csrf=$TOK" \
    --data-urlencode "alamat=Jalan Sultan Ismail Nomor 5, Kampung Dalam, Siak 28773" \
    --data-urlencode "telepon=(0764) 21001" --data-urlencode "email=kel.kampungdalam@siakkab.example" \
    --data-urlencode "whatsapp=0812 7600 1234" --data-urlencode "catatan=Istirahat 12.00–13.00" \
    --data-urlencode "buka1-1=08.00" --data-urlencode "tutup1-1=16.00" \
    --data-urlencode "buka1-2=08:00" --data-urlencode "tutup1-2=16:00" \
    --data-urlencode "buka1-3=08:00" --data-urlencode "tutup1-3=16:00" \
    --data-urlencode "buka1-4=08:00" --data-urlencode "tutup1-4=16:00" \
    --data-urlencode "buka1-5=08:00" --data-urlencode "tutup1-5=11:30" \
    --data-urlencode "buka2-5=13:30" --data-urlencode "tutup2-5=16:00"
expect_header location "/admin/kontak/$KD\\?disimpan=1"
expect_eq "saved" "$(sql "SELECT telepon, demo, (SELECT count(*) FROM kontak_jam j WHERE j.unit_id = k.unit_id) FROM kontak k JOIN unit u ON u.id = k.unit_id WHERE u.code = '$KD'")" \
    "(0764) 21001|0|6"
expect_eq "one audit event more" "$(naudit)" $((NA + 1))
expect_eq "audit: before and after" "$(sql "SELECT json_extract(note, '\$.sebelum.telepon') || '>' || json_extract(note, '\$.sesudah.telepon') || '|' || json_extract(note, '\$.sesudah.jam.Jumat[1][0]') || '|' || role FROM audit_event WHERE action = 'kontak.ubah' AND object_id = '$KD' ORDER BY id DESC LIMIT 1")" \
    "(0764) 20101>(0764) 21001|13.30|superadmin"
expect_status 200 GET "/admin/kontak/$KD?disimpan=1" -b "$SA"
expect_contains 'Kontak dan jam layanan telah disimpan' "$BODY"
expect_contains 'value="13.30"' "$BODY"

# --- the unit admin saves their own unit ---
TOK=$(csrf_from /admin/kontak/DISKOMINFO "$KA")
expect_status 303 POST /admin/kontak/DISKOMINFO -b "$KA" --data-urlencode "csrf=$TOK" \
    --data-urlencode "alamat=Jalan Merdeka Nomor 10, Siak Sri Indrapura" \
    --data-urlencode "telepon=+62 764 20999" \
    --data-urlencode "buka1-1=07:30" --data-urlencode "tutup1-1=16:00"
expect_eq "own unit saved" "$(state DISKOMINFO | cut -d'|' -f2,3,5)" "+62 764 20999|0|1107:3016:00"

# --- public: the service page shows its OPD's contact ---
expect_status 200 GET /layanan/INF-01
expect_contains 'Kontak dan Jam Layanan' "$BODY"
expect_contains 'href="tel:+6276420999"' "$BODY"
expect_contains 'Hari ini:' "$BODY"
expect_contains '<th scope="row">Senin</th><td>07.30–16.00</td>' "$BODY"
expect_contains '<th scope="row">Selasa–Minggu</th><td>Tutup</td>' "$BODY"
expect_status 200 GET /layanan/DUK-01
expect_contains 'Kontak dan Jam Layanan' "$BODY"
expect_contains 'href="tel:+6276420103"' "$BODY"
expect_contains 'Data contoh (demo)' "$BODY"
expect_contains '<th scope="row">Senin–Kamis</th><td>08.00–16.00</td>' "$BODY"
expect_contains '<th scope="row">Jumat</th><td>08.00–11.30 dan 13.30–16.00</td>' "$BODY"
expect_not_contains 'Ubah kontak dan jam layanan' "$BODY"
# a unit without contact: no box, said plainly (issue 19 item 16)
expect_status 200 GET /layanan/PTSP-01
expect_contains 'layanan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Siak belum tercatat di Pamong.' "$BODY"
expect_not_contains 'class="kontak"' "$BODY"
# a kampung-level service, no kampung known: where to find the office
expect_status 200 GET /layanan/KPG-02
expect_contains 'diberikan oleh kantor penghulu kampung atau lurah tempat Anda tinggal' "$BODY"
expect_not_contains 'class="kontak"' "$BODY"

# --- public: the region pages ---
expect_status 200 GET /wilayah/$KD
expect_contains 'Kontak dan Jam Layanan' "$BODY"
expect_contains 'Jalan Sultan Ismail Nomor 5' "$BODY"
expect_contains 'href="tel:+6276421001"' "$BODY"
expect_contains 'href="https://wa.me/6281276001234"' "$BODY"
expect_contains 'href="mailto:kel.kampungdalam@siakkab.example"' "$BODY"
expect_contains 'Istirahat 12.00–13.00' "$BODY"
expect_contains '<th scope="row">Sabtu–Minggu</th><td>Tutup</td>' "$BODY"
expect_not_contains 'Data contoh (demo)' "$BODY"
expect_contains '44 layanan tersedia' "$BODY"
expect_status 200 GET /wilayah/14.08.01
expect_contains 'Kontak dan Jam Layanan' "$BODY"
expect_contains 'Data contoh (demo)' "$BODY"
expect_status 200 GET /wilayah/14.08.01.1002
expect_not_contains 'Kontak dan Jam Layanan' "$BODY"
# the unit's admin sees the edit link
expect_status 200 GET /layanan/INF-01 -b "$KA"
expect_contains 'href="/admin/kontak/DISKOMINFO"' "$BODY"

finish
