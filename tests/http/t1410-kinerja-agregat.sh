#!/bin/sh
# t1410-kinerja-agregat.sh: the performance figures kept in aggregates
# (migrations 0021, 0024, 0025) are the figures computed from the rows,
# after submissions, status changes and complaints through the API: the
# JSON, the CSV and the unit page read from the aggregates equal the same
# answers with the aggregate tables emptied (every application and
# complaint then counted from its row), and `pamong tick` (kinerja.serap)
# takes the rows in again to the same tables and the same answers.  Every
# complaint written through the pengaduan module is counted at once
# (kinerja_sig set in the same transaction); each month's completion
# times are one row.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/kinerja-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
kinerja_journey
TW=$(token warga.demo)
TA=$(token admin.pengaduan)
TO=$(token op.dpmptsp)
# three complaints: answered, dispositioned only, new
adu_file 201 "$TW"
A1=$NOMOR
adu_act 200 "$TA" "$A1" disposisi "Mohon ditindaklanjuti." DPMPTSP
adu_act 200 "$TO" "$A1" tanggapi "Petugas sudah kami panggil dan tegur."
adu_file 201 "$TW"
A2=$NOMOR
adu_act 200 "$TA" "$A2" disposisi "Mohon ditindaklanjuti." DPMPTSP
adu_file 201 "$TW" '{unit: "DPMPTSP"}'

check "every complaint counted by the module" test "$(sql "SELECT count(*) FROM pengaduan WHERE kinerja_sig IS NULL")" = 0
check "kinerja_adu holds every complaint" test "$(sql "SELECT coalesce(sum(n), 0) FROM kinerja_adu")" = "$(sql "SELECT count(*) FROM pengaduan")"
check "the answered one counted in time for DPMPTSP" test "$(sql "SELECT kinerja_sig FROM pengaduan WHERE nomor = '$A1'")" = "$MONTH:$(sql "SELECT id FROM unit WHERE code = 'DPMPTSP'"):1"
check "the new one counted for the unit named" test "$(sql "SELECT kinerja_sig FROM pengaduan WHERE nomor = '$NOMOR'")" = "$MONTH:$(sql "SELECT id FROM unit WHERE code = 'DPMPTSP'"):0"
check "completion times in the month's row" test "$(sql "SELECT durasi FROM kinerja_bulan WHERE bulan = '$MONTH' AND selesai > 0")" = "0:1"

# answers: JSON (year, month, one unit), CSV, unit page (without the time
# of computation); $1 tells the page cache apart
answers() {
	for p in "/api/v1/kinerja?periode=$YEAR" "/api/v1/kinerja?periode=$MONTH" \
	    "/api/v1/kinerja?periode=$YEAR&unit=DPMPTSP" \
	    "/data/kinerja.csv?periode=$YEAR" "/kinerja/$KD?periode=$YEAR" \
	    "/kinerja?periode=$YEAR"; do
		curl -s "$BASE$p&_=$1" | sed 's/[0-9-]*T[0-9:]*+07:00//g'
		echo
	done
}
answers 1 >"$WORK/kept"
check "six answers" test "$(grep -c -e "\"periode\"" -e "^$YEAR,$KD," -e "<html" "$WORK/kept")" -ge 6
check "the complaints are in the figures" sh -c "grep -q '\"pengaduan_diterima\":3,\"pengaduan_tepat_waktu\":1' '$WORK/kept'"

# the same from the rows alone
sql "DELETE FROM kinerja_bulan; DELETE FROM kinerja_buka; DELETE FROM kinerja_adu;
    UPDATE permohonan SET kinerja_sig = NULL; UPDATE pengaduan SET kinerja_sig = NULL"
answers 2 >"$WORK/rows"
check "figures from the rows = from the aggregates" cmp -s "$WORK/kept" "$WORK/rows"

# kinerja.serap takes them in: the same answers, every row counted
"$PAMONG" tick --data "$DATA" >"$WORK/tick" 2>&1
check "pamong tick" test $? = 0
check "complaints taken in" test "$(sql "SELECT count(*) FROM pengaduan WHERE kinerja_sig IS NULL")" = 0
check "applications taken in" test "$(sql "SELECT count(*) FROM kinerja_bulan")" -gt 0
answers 3 >"$WORK/again"
check "figures after kinerja.serap = from the rows" cmp -s "$WORK/kept" "$WORK/again"

# a further step through the API moves the aggregate by itself
adu_act 200 "$TO" "$A2" tanggapi "Sudah kami tindak lanjuti."
check "the second answer counted" test "$(sql "SELECT coalesce(sum(tepat), 0) FROM kinerja_adu")" = 2
expect_status 200 GET "/api/v1/kinerja?periode=$YEAR&_=4"
expect_json 'j.total.pengaduan_diterima === 3 && j.total.pengaduan_tepat_waktu === 2' "$BODY"
finish
