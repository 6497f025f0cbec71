#!/bin/sh
# t1303-spbe-public.sh: /spbe shows only final assessments (demo 2025:
# 2.35 Cukup, marked as demo data), never draft figures, with SVG charts
# and their data tables.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
JK=$WORK/kominfo
login admin.kominfo "$PW" "$JK" && ok "login admin.kominfo" || fail "login admin.kominfo"
c=$(csrf_from /spbe/penilaian "$JK")
D26=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2026")

expect_status 200 GET /spbe
expect_contains '<strong>2.35</strong>' "$BODY"
expect_contains 'Cukup' "$BODY"
expect_contains 'Data demo' "$BODY"
expect_contains '<svg class="spbe-grafik" role="img"' "$BODY"
expect_contains '<th scope="row">Layanan SPBE</th><td>45.50%</td><td>2.56</td>' "$BODY"
expect_contains 'Penilaian tahun 2025' "$BODY"
expect_not_contains '2026' "$BODY"
expect_not_contains 'Draf' "$BODY"

# the draft gets very high levels: the public page must not move
i=1
while [ $i -le 47 ]; do
	curl -s -o /dev/null -b "$JK" -c "$JK" --data-urlencode "csrf=$c" \
	    --data-urlencode "level=5" --data-urlencode "unit=0" \
	    "$BASE/spbe/penilaian/$D26/indikator/$i"
	i=$((i + 1))
done
check "draft at 5 everywhere" test "$(sql "SELECT sum(level) FROM spbe_isian WHERE penilaian_id = $D26")" = 235
expect_status 200 GET /spbe
expect_not_contains '<strong>5.00</strong>' "$BODY"
expect_not_contains 'Memuaskan' "$BODY"
expect_contains '<strong>2.35</strong>' "$BODY"
# submitted is not final either
expect_status 303 POST "/spbe/penilaian/$D26/ajukan" -b "$JK" --data-urlencode "csrf=$c"
expect_status 200 GET /spbe
expect_not_contains 'Memuaskan' "$BODY"
# once final, the public page shows it and keeps 2025 in the history
expect_status 303 POST "/spbe/penilaian/$D26/final" -b "$JK" --data-urlencode "csrf=$c"
expect_status 200 GET /spbe
expect_contains 'Penilaian tahun 2026' "$BODY"
expect_contains '<strong>5.00</strong>' "$BODY"
expect_contains 'Memuaskan' "$BODY"
expect_contains '<th scope="row">2025</th><td>2.35</td><td>Cukup</td>' "$BODY"

finish
