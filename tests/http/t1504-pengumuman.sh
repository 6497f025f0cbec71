#!/bin/sh
# t1504-pengumuman.sh: a unit's announcement: a draft is invisible; publish
# puts it on the home page, the unit's page, /pengumuman and the Atom feed
# (well-formed, escaped); another unit's officer cannot touch it; citizens
# are refused; unpublish removes it everywhere.  A title with <script> and
# & is escaped in HTML and XML.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
JO=$WORK/op.jar
JR=$WORK/rempak.jar
JW=$WORK/warga.jar
login op.kampungdalam "$PW" "$JO" && ok "op.kampungdalam signs in" || fail "sign in"
login op.kampungrempak "$PW" "$JR" && ok "op.kampungrempak signs in" || fail "sign in"
login warga.demo "$PW" "$JW" && ok "warga signs in" || fail "sign in"
TITLE='Layanan <script>alert(1)</script> & Surat "Domisili" Baru'
BODYTXT='Mulai 1 Desember, Surat Keterangan Domisili dapat diajukan daring. Syarat: KTP & KK.'
UNIT_PAGE=/wilayah/14.08.01.1001

# post JAR CODE URL ARGS...: POST with the CSRF token of /petugas/pengumuman
post() {
	_j=$1 _code=$2 _u=$3
	shift 3
	_c=$(csrf_from /petugas/pengumuman "$_j")
	expect_status "$_code" POST "$_u" -b "$_j" -c "$_j" \
	    --data-urlencode "csrf=$_c" "$@"
}
# nowhere DESC: the title is on no public page
nowhere() {
	for _u in / "$UNIT_PAGE" /pengumuman "/pengumuman?unit=14.08.01.1001" /pengumuman.atom; do
		curl -s -m 20 "$BASE$_u" >"$WORK/pub"
		check "$1: not on $_u" sh -c "! grep -qF 'Surat &quot;Domisili&quot; Baru' '$WORK/pub' && ! grep -qF 'Surat &amp;quot;Domisili' '$WORK/pub'"
	done
}

expect_status 200 GET /pengumuman
expect_contains "Belum ada pengumuman" "$BODY"
expect_status 200 GET /pengumuman.atom
expect_header Content-Type 'application/atom\+xml'
if command -v xmllint >/dev/null 2>&1; then
	check "empty feed is well-formed XML" xmllint --noout "$BODY"
fi

# validation
snapshot
post "$JO" 422 /petugas/pengumuman -d jenis=layanan_baru -d judul=abc --data-urlencode "isi=$BODYTXT"
expect_contains "Judul wajib diisi" "$BODY"
post "$JO" 422 /petugas/pengumuman -d jenis=rahasia --data-urlencode "judul=$TITLE" --data-urlencode "isi=$BODYTXT"
expect_contains "Pilih jenis pengumuman" "$BODY"
post "$JO" 422 /petugas/pengumuman -d jenis=layanan_baru --data-urlencode "judul=$TITLE" -d isi=pendek
check "nothing stored" test "$(sql "SELECT count(*) FROM pengumuman")" = 0
expect_status 403 GET /petugas/pengumuman -b "$JW"
_c=$(csrf_from /ikm "$JW")
expect_status 403 POST /petugas/pengumuman -b "$JW" --data-urlencode "csrf=$_c" -d jenis=layanan_baru --data-urlencode "judul=$TITLE" --data-urlencode "isi=$BODYTXT"

# a draft
post "$JO" 303 /petugas/pengumuman -d jenis=layanan_baru --data-urlencode "judul=$TITLE" --data-urlencode "isi=$BODYTXT"
ID=$(sql "SELECT id FROM pengumuman")
check "draft stored for Kampung Dalam" test "$(sql "SELECT p.state || ' ' || u.code FROM pengumuman p JOIN unit u ON u.id = p.unit_id")" = "draft 14.08.01.1001"
check "audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'pengumuman.buat' AND object_id = '$ID'")" = 1
expect_status 200 GET /petugas/pengumuman -b "$JO"
expect_contains "Layanan &lt;script&gt;alert(1)&lt;/script&gt; &amp; Surat &quot;Domisili&quot; Baru" "$BODY"
expect_not_contains "<script>alert(1)" "$BODY"
expect_contains "Draf" "$BODY"
expect_status 404 GET "/pengumuman/$ID"
nowhere "draft"

# the other kampung cannot see, edit or publish it
expect_status 404 GET "/petugas/pengumuman/$ID" -b "$JR"
post "$JR" 404 "/petugas/pengumuman/$ID/terbit"
post "$JR" 404 "/petugas/pengumuman/$ID" -d jenis=lainnya --data-urlencode "judul=Diambil alih unit lain" --data-urlencode "isi=$BODYTXT"
expect_status 200 GET /petugas/pengumuman -b "$JR"
expect_not_contains "Domisili" "$BODY"
check "still a draft" test "$(sql "SELECT state FROM pengumuman")" = draft

# publish
post "$JO" 303 "/petugas/pengumuman/$ID/terbit"
check "published" test "$(sql "SELECT state || (published_at IS NOT NULL) FROM pengumuman")" = terbit1
post "$JO" 409 "/petugas/pengumuman/$ID/terbit"
ESC='Layanan &lt;script&gt;alert(1)&lt;/script&gt; &amp; Surat &quot;Domisili&quot; Baru'
for u in / "$UNIT_PAGE" /pengumuman "/pengumuman?unit=14.08.01.1001" "/pengumuman/$ID"; do
	expect_status 200 GET "$u"
	expect_contains "$ESC" "$BODY"
	expect_not_contains "<script>alert(1)" "$BODY"
done
expect_contains "KTP &amp; KK" "$BODY"
expect_status 200 GET /pengumuman?unit=14.08.01.1002
expect_not_contains "Domisili" "$BODY"
expect_status 404 GET /pengumuman?unit=tidak-ada
expect_status 404 GET /pengumuman/abc
expect_status 200 GET /pengumuman.atom
expect_header Content-Type 'application/atom\+xml'
if command -v xmllint >/dev/null 2>&1; then
	check "feed is well-formed XML" xmllint --noout "$BODY"
	check "feed: one entry with the title unescaped by XML" test \
	    "$(xmllint --xpath 'string(//*[local-name()="entry"]/*[local-name()="title"])' "$BODY")" = "$TITLE"
	check "feed: tag URI ids" test "$(xmllint --xpath 'string(//*[local-name()="entry"]/*[local-name()="id"])' "$BODY")" = "tag:siakkab.go.id,2026:pamong/pengumuman/$ID"
	check "feed: content type text" test "$(xmllint --xpath 'string(//*[local-name()="content"]/@type)' "$BODY")" = text
	check "feed: updated is RFC 3339" sh -c "xmllint --xpath 'string(/*/*[local-name()=\"updated\"])' '$BODY' | grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\$'"
fi
expect_contains "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Surat &quot;Domisili&quot;" "$BODY"
expect_not_contains "<script>" "$BODY"
expect_contains "<link rel=\"alternate\" type=\"text/html\" href=\"/pengumuman/$ID\"/>" "$BODY"

# edit while published: the public text follows
post "$JO" 303 "/petugas/pengumuman/$ID" -d jenis=perubahan_standar --data-urlencode "judul=$TITLE" --data-urlencode "isi=Jangka waktu menjadi 1 hari kerja."
expect_status 200 GET "/pengumuman/$ID"
expect_contains "Jangka waktu menjadi 1 hari kerja." "$BODY"
expect_contains "Perubahan standar pelayanan" "$BODY"

# unpublish: gone from every public place
post "$JO" 303 "/petugas/pengumuman/$ID/tarik"
check "withdrawn" test "$(sql "SELECT state FROM pengumuman")" = ditarik
post "$JO" 409 "/petugas/pengumuman/$ID/tarik"
expect_status 404 GET "/pengumuman/$ID"
nowhere "withdrawn"
check "publish/withdraw audited" test "$(sql "SELECT group_concat(action) FROM (SELECT action FROM audit_event WHERE object_type = 'pengumuman' ORDER BY id)")" = "pengumuman.buat,pengumuman.terbit,pengumuman.ubah,pengumuman.tarik"
finish
