#!/bin/sh
# t1950-pengaduan-pilihan.sh: the complaint form chooses nothing for the
# citizen (issue 19 item 1): kind, category and place start at "— Pilih —"
# and are required; an untouched submit names the missing fields in
# Indonesian and keeps what was typed; once the account has named a
# kampung (a complaint or an application), the form preselects it.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
JW=$WORK/jar-w
login warga.demo "$PW" "$JW" || fail "login warga.demo"
WID=$(sql "SELECT id FROM account WHERE username = 'warga.demo'")
# a citizen who has named no kampung yet
sql "DELETE FROM pengaduan WHERE pelapor_id = $WID" 2>/dev/null
KNOWN=$(sql "SELECT count(*) FROM permohonan WHERE pemohon_id = $WID AND draft = 0")

expect_status 200 GET /pengaduan/baru -b "$JW"
for f in jenis kategori wilayah; do
	F=$(tr -d '\n' <"$BODY" |
	    sed -n "s|.*<select id=\"f-$f\" name=\"$f\">\(<option[^>]*>[^<]*</option>\).*|\1|p")
	if [ "$f" = wilayah ] && [ "$KNOWN" != 0 ]; then
		check "$f: first choice is the empty one" test "$F" = '<option value="">— Pilih —</option>'
	else
		check "$f: starts at — Pilih — ($F)" test "$F" = '<option value="" selected>— Pilih —</option>'
	fi
done
expect_not_contains '<option value="pungutan_liar" selected>' "$BODY"
expect_not_contains '<option value="pengaduan" selected>' "$BODY"
C=$(csrf_from /pengaduan/baru "$JW")

# an untouched submit: 422, each missing choice named, the text kept
C0=$(sql "SELECT count(*) FROM pengaduan")
expect_status 422 POST /pengaduan/baru -b "$JW" -F "csrf=$C" -F jenis= -F kategori= \
    -F wilayah= -F unit= -F 'judul=Lampu jalan padam' \
    -F 'isi=Lampu jalan di depan balai kampung padam sejak seminggu.'
expect_contains 'Periksa kembali isian berikut' "$BODY"
expect_contains 'id="e-jenis">Jenis laporan wajib dipilih.' "$BODY"
expect_contains 'id="e-kategori">Kategori wajib dipilih.' "$BODY"
expect_contains 'id="e-wilayah">Lokasi (kampung/kelurahan) wajib dipilih.' "$BODY"
expect_contains 'href="#f-kategori">Kategori wajib dipilih.' "$BODY"
expect_contains 'value="Lampu jalan padam"' "$BODY"
expect_contains 'Lampu jalan di depan balai kampung padam sejak seminggu.' "$BODY"
expect_contains '<option value="" selected>— Pilih —</option>' "$BODY"
check "nothing written" test "$(sql "SELECT count(*) FROM pengaduan")" = "$C0"
# not even the empty fields: absent is the same
expect_status 422 POST /pengaduan/baru -b "$JW" -F "csrf=$C" -F 'judul=Lampu jalan padam'
expect_contains 'Kategori wajib dipilih.' "$BODY"
expect_contains 'Uraian wajib diisi.' "$BODY"

# a chosen kind survives a failed submit
expect_status 422 POST /pengaduan/baru -b "$JW" -F "csrf=$C" -F jenis=aspirasi \
    -F kategori=infrastruktur -F wilayah= -F 'judul=Lampu jalan padam' \
    -F 'isi=Lampu jalan di depan balai kampung padam sejak seminggu.'
expect_contains '<option value="aspirasi" selected>' "$BODY"
expect_contains '<option value="infrastruktur" selected>' "$BODY"
expect_not_contains 'e-kategori' "$BODY"

# filed with its place; the next form preselects the citizen's kampung
expect_status 303 POST /pengaduan/baru -b "$JW" -F "csrf=$C" -F jenis=pengaduan \
    -F kategori=infrastruktur -F wilayah=14.08.01.1001 -F 'judul=Lampu jalan padam' \
    -F 'isi=Lampu jalan di depan balai kampung padam sejak seminggu.'
check "stored as infrastructure at Kampung Dalam" \
    test "$(sql "SELECT kategori || ' ' || wilayah_code FROM pengaduan WHERE pelapor_id = $WID ORDER BY id DESC LIMIT 1")" = "infrastruktur 14.08.01.1001"
expect_status 200 GET /pengaduan/baru -b "$JW"
expect_contains '<option value="14.08.01.1001" selected>' "$BODY"
expect_contains '<option value="">— Pilih —</option>' "$BODY"
expect_not_contains '<option value="infrastruktur" selected>' "$BODY"

finish
