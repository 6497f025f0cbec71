#!/bin/sh
# t1302-spbe-final.sh: the life cycle draft -> diajukan -> final; a final
# assessment is read-only (edits refused, nothing changes); a correction is
# a new revision copying the entries; the what-if page computes server-side.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
JK=$WORK/kominfo
login admin.kominfo "$PW" "$JK" && ok "login admin.kominfo" || fail "login admin.kominfo"
c=$(csrf_from /spbe/penilaian "$JK")
F25=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2025")
D26=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2026")

# the demo final 2025 shows 2.35 Cukup and refuses edits
expect_status 200 GET "/spbe/penilaian/$F25" -b "$JK"
expect_contains '<strong>2.35</strong>' "$BODY"
expect_contains 'Cukup' "$BODY"
expect_contains 'Data demo' "$BODY"
expect_not_contains 'Simpan isian' "$BODY"
expect_status 200 GET "/spbe/penilaian/$F25/indikator/42" -b "$JK"
expect_not_contains 'name="level"' "$BODY"
expect_not_contains 'enctype="multipart/form-data"' "$BODY"
snap=$(sql "SELECT group_concat(indikator || '=' || level || ':' || penjelasan, ';') FROM spbe_isian WHERE penilaian_id = $F25")
expect_status 422 POST "/spbe/penilaian/$F25/indikator/42" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "level=5" --data-urlencode "unit=0"
expect_contains 'Penilaian final tidak dapat diubah' "$BODY"
expect_status 422 POST "/spbe/penilaian/$F25/indikator/42/bukti" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "judul=x" \
    --data-urlencode "url=https://siakkab.go.id/"
expect_status 422 POST "/spbe/penilaian/$F25/ajukan" -b "$JK" --data-urlencode "csrf=$c"
expect_status 422 POST "/spbe/penilaian/$F25/final" -b "$JK" --data-urlencode "csrf=$c"
check "final 2025 unchanged" test "$(sql "SELECT group_concat(indikator || '=' || level || ':' || penjelasan, ';') FROM spbe_isian WHERE penilaian_id = $F25")" = "$snap"
check "final 2025 keeps 235 Cukup" test "$(sql "SELECT indeks || ' ' || predikat || ' ' || status FROM spbe_penilaian WHERE id = $F25")" = "235 Cukup final"
check "the database itself refuses" sh -c "! sqlite3 '$DATA/pamong.db' \"UPDATE spbe_isian SET level = 5 WHERE penilaian_id = $F25\" 2>/dev/null"

# what-if on the 2026 draft: 42 at level 5 from its current level
expect_status 200 GET "/spbe/penilaian/$D26/simulasi" -b "$JK"
expect_contains 'Indikator dengan kenaikan terbesar' "$BODY"
expect_contains '<td>42</td>' "$BODY"
expect_contains '+0.0300' "$BODY"

# submitting an incomplete draft is refused
expect_status 422 POST "/spbe/penilaian/$D26/ajukan" -b "$JK" --data-urlencode "csrf=$c"
expect_contains 'Setiap indikator harus diberi tingkat' "$BODY"
# fill all 47 at level 3
i=1
okall=1
while [ $i -le 47 ]; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JK" -c "$JK" \
	    --data-urlencode "csrf=$c" --data-urlencode "level=3" \
	    --data-urlencode "penjelasan=uji $i" --data-urlencode "unit=0" \
	    "$BASE/spbe/penilaian/$D26/indikator/$i")
	[ "$code" = 303 ] || okall=0
	i=$((i + 1))
done
check "47 indicators saved" test $okall = 1
expect_status 200 GET "/spbe/penilaian/$D26/simulasi?t42=5&t43=5" -b "$JK"
# Σ = 30000 + 2·2·300 = 31200 -> 3.12 Baik
expect_contains 'Indeks hasil simulasi</span> <strong>3.12</strong> <span class="predikat">Baik' "$BODY"
check "what-if changed nothing" test "$(sql "SELECT level FROM spbe_isian WHERE penilaian_id = $D26 AND indikator = 42")" = 3
expect_status 303 POST "/spbe/penilaian/$D26/ajukan" -b "$JK" --data-urlencode "csrf=$c"
expect_status 422 POST "/spbe/penilaian/$D26/indikator/1" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "level=4" --data-urlencode "unit=0"
expect_status 303 POST "/spbe/penilaian/$D26/kembalikan" -b "$JK" --data-urlencode "csrf=$c"
expect_status 303 POST "/spbe/penilaian/$D26/ajukan" -b "$JK" --data-urlencode "csrf=$c"
expect_status 303 POST "/spbe/penilaian/$D26/final" -b "$JK" --data-urlencode "csrf=$c"
check "2026 final at 3.00 Baik" test "$(sql "SELECT indeks || ' ' || predikat FROM spbe_penilaian WHERE id = $D26")" = "300 Baik"
check "finalisation audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'spbe.final' AND object_id = '$D26' AND to_state = 'final'")" = 1

# a correction: revision 2 copies the entries; revision 1 stays
expect_status 422 POST "/spbe/penilaian/$D26/revisi" -b "$JK" --data-urlencode "csrf=$c" \
    --data-urlencode "alasan="
expect_status 303 POST "/spbe/penilaian/$D26/revisi" -b "$JK" --data-urlencode "csrf=$c" \
    --data-urlencode "alasan=Koreksi bukti indikator 42"
R2=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2026 AND revisi = 2")
check "revision 2 is a draft" test "$(sql "SELECT status FROM spbe_penilaian WHERE id = $R2")" = draft
check "revision 2 copies 47 entries" test "$(sql "SELECT count(*) FROM spbe_isian WHERE penilaian_id = $R2 AND level = 3")" = 47
expect_status 303 POST "/spbe/penilaian/$R2/indikator/42" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "level=5" --data-urlencode "unit=0"
check "revision 1 untouched" test "$(sql "SELECT level FROM spbe_isian WHERE penilaian_id = $D26 AND indikator = 42")" = 3
expect_status 422 POST "/spbe/penilaian/$D26/revisi" -b "$JK" --data-urlencode "csrf=$c" \
    --data-urlencode "alasan=lagi"
expect_contains 'revisi final yang terbaru' "$BODY"

finish
