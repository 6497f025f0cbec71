#!/bin/sh
# t1301-spbe-access.sh: only koordinator_spbe and admins run SPBE
# assessments; everyone else is refused (403), anonymous visitors sent to
# sign in; a refused POST changes nothing.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
JK=$WORK/kominfo JW=$WORK/warga JO=$WORK/op JI=$WORK/insp JP=$WORK/pimp
login admin.kominfo "$PW" "$JK" && ok "login admin.kominfo" || fail "login admin.kominfo"
login warga.demo "$PW" "$JW" && ok "login warga.demo" || fail "login warga.demo"
login op.disdukcapil "$PW" "$JO" && ok "login op.disdukcapil" || fail "login op.disdukcapil"
login inspektur "$PW" "$JI" && ok "login inspektur" || fail "login inspektur"
login pimpinan "$PW" "$JP" && ok "login pimpinan" || fail "login pimpinan"

D26=$(sql "SELECT id FROM spbe_penilaian WHERE tahun = 2026")
check "demo 2026 draft exists" test -n "$D26"

# anonymous: sent to sign in, for the pages and the POSTs
for u in /spbe/penilaian /spbe/penilaian/$D26 /spbe/penilaian/$D26/indikator/1 \
    /spbe/penilaian/$D26/simulasi /spbe/penilaian/$D26.csv /spbe/permintaan; do
	expect_status 303 GET "$u"
	expect_header location '^[^:]*: */masuk\?lanjut='
done

# signed in without the role: 403 everywhere
for j in "$JW" "$JO" "$JI" "$JP"; do
	expect_status 403 GET /spbe/penilaian -b "$j"
	expect_status 403 GET "/spbe/penilaian/$D26" -b "$j"
	expect_status 403 GET "/spbe/penilaian/$D26.csv" -b "$j"
	expect_status 403 GET "/spbe/penilaian/$D26/simulasi" -b "$j"
done
before=$(sql "SELECT count(*) || ':' || coalesce(sum(level), 0) FROM spbe_isian")
for j in "$JW" "$JO" "$JI" "$JP"; do
	c=$(csrf_from /akun "$j")
	expect_status 403 POST "/spbe/penilaian/$D26/indikator/11" -b "$j" \
	    --data-urlencode "csrf=$c" --data-urlencode "level=5" \
	    --data-urlencode "penjelasan=bukan koordinator" --data-urlencode "unit=0"
	expect_status 403 POST /spbe/penilaian -b "$j" \
	    --data-urlencode "csrf=$c" --data-urlencode "tahun=2030"
	expect_status 403 POST "/spbe/penilaian/$D26/ajukan" -b "$j" \
	    --data-urlencode "csrf=$c"
done
check "refused POSTs changed nothing" test "$(sql "SELECT count(*) || ':' || coalesce(sum(level), 0) FROM spbe_isian")" = "$before"
check "no 2030 assessment" test "$(sql "SELECT count(*) FROM spbe_penilaian WHERE tahun = 2030")" = 0

# the coordinator (admin.kominfo is admin and koordinator_spbe) may
expect_status 200 GET /spbe/penilaian -b "$JK"
expect_contains 'Penilaian Mandiri SPBE' "$BODY"
c=$(csrf_from /spbe/penilaian "$JK")
expect_status 303 POST /spbe/penilaian -b "$JK" --data-urlencode "csrf=$c" \
    --data-urlencode "tahun=2027"
expect_header location '^[^:]*: */spbe/penilaian/[0-9]+\?pesan=dibuat'
check "2027 draft created by admin.kominfo" test "$(sql "SELECT count(*) FROM spbe_penilaian p JOIN account a ON a.id = p.dibuat_oleh WHERE p.tahun = 2027 AND p.status = 'draft' AND a.username = 'admin.kominfo'")" = 1
check "creation audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'spbe.buat' AND actor_id = (SELECT id FROM account WHERE username = 'admin.kominfo')")" = 1
# a second one for the same year is refused, with the reason
expect_status 422 POST /spbe/penilaian -b "$JK" --data-urlencode "csrf=$c" \
    --data-urlencode "tahun=2027"
expect_contains 'sudah ada' "$BODY"
expect_status 422 POST /spbe/penilaian -b "$JK" --data-urlencode "csrf=$c" \
    --data-urlencode "tahun=dua ribu"
expect_contains 'Tahun penilaian harus' "$BODY"
# CSRF is required
expect_status 403 POST /spbe/penilaian -b "$JK" --data-urlencode "tahun=2031"
check "no 2031 assessment" test "$(sql "SELECT count(*) FROM spbe_penilaian WHERE tahun = 2031")" = 0
# the coordinator edits an indicator of the draft
expect_status 303 POST "/spbe/penilaian/$D26/indikator/11" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "level=4" \
    --data-urlencode "penjelasan=Arsitektur SPBE ditetapkan" --data-urlencode "unit=0"
check "indicator 11 of 2026 at level 4" test "$(sql "SELECT level FROM spbe_isian WHERE penilaian_id = $D26 AND indikator = 11")" = 4
# bad input: a level out of range and an unknown indicator change nothing
expect_status 422 POST "/spbe/penilaian/$D26/indikator/11" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "level=6" --data-urlencode "unit=0"
expect_contains 'Tingkat kematangan harus 1 sampai 5' "$BODY"
expect_status 404 POST "/spbe/penilaian/$D26/indikator/48" -b "$JK" \
    --data-urlencode "csrf=$c" --data-urlencode "level=3" --data-urlencode "unit=0"
expect_status 404 GET /spbe/penilaian/99999 -b "$JK"
check "indicator 11 still 4" test "$(sql "SELECT level FROM spbe_isian WHERE penilaian_id = $D26 AND indikator = 11")" = 4

finish
