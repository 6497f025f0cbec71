#!/bin/sh
# t1961-agenda.sh: the register of outgoing letters of a unit (buku agenda
# surat keluar, issue 19 item 11): every letter the unit signed in a
# month with number, date, subject, addressee, signer and status; the
# month as a filter; a printable register and CSV; the kampung's operator
# reads their own unit's register (there was none: /admin/dokumen is 403
# for them), another kampung's operator sees none of it and cannot name
# another unit; an administrator may.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JO=$WORK/jaro	# op.kampungdalam
JR=$WORK/jarr	# op.kampungrempak
JP=$WORK/jarp	# penghulu.kampungdalam (signs)
JA=$WORK/jara	# superadmin
for u in "warga.demo $J" "op.kampungdalam $JO" "op.kampungrempak $JR" \
    "penghulu.kampungdalam $JP" "superadmin $JA"; do
	set -- $u
	login "$1" "$DEMO_PW" "$2" && ok "login $1" || fail "login $1"
done

apply_kpg02 "$J"
N1=$(nomor_of "$APPLY_LOC")
E1=$(enc "$N1")
C=$(csrf_from "/petugas/permohonan/$E1" "$JO")
expect_status 303 POST "/petugas/permohonan/$E1/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=verifikasi"
CP=$(csrf_from "/petugas/permohonan/$E1" "$JP")
expect_status 303 POST "/petugas/permohonan/$E1/tindakan" -b "$JP" \
    --data-urlencode "csrf=$CP" --data-urlencode "tindakan=setujui" \
    --data-urlencode "passphrase=Siak-TTE-Demo-2026"
NS=$(sql "SELECT d.nomor_surat FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N1'")
SIGNER=$(sql "SELECT d.signer_name FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N1'")
check "a letter was signed ($NS)" test -n "$NS"
MONTH=$(TZ=Asia/Jakarta date +%Y-%m)

# The operator reads the unit's register of this month.
expect_status 403 GET /admin/dokumen -b "$JO"
expect_status 200 GET /petugas -b "$JO"
expect_contains '<a href="/petugas/agenda">Buku agenda surat keluar</a>' "$BODY"
expect_status 200 GET /petugas/agenda -b "$JO"
expect_contains '<h1>Buku Agenda Surat Keluar</h1>' "$BODY"
expect_contains "<td data-label=\"Nomor surat\">$NS</td>" "$BODY"
expect_contains '<td data-label="Perihal">' "$BODY"
expect_contains '<td data-label="Kepada">Siti Rahmawati</td>' "$BODY"
expect_contains "<td data-label=\"Penanda tangan\">$SIGNER<br>" "$BODY"
expect_contains '<td data-label="Status">' "$BODY"
expect_contains '<strong>1</strong> surat.' "$BODY"
expect_contains "<option value=\"$MONTH\" selected>" "$BODY"
expect_contains "href=\"/petugas/agenda?bulan=$MONTH&amp;cetak=1\"" "$BODY"
expect_contains "href=\"/petugas/agenda.csv?bulan=$MONTH\"" "$BODY"
expect_contains "href=\"/petugas/agenda.xlsx?bulan=$MONTH\">Unduh (Excel)</a>" "$BODY"
# another month: none; a month that is not one: said, this month shown
expect_status 200 GET '/petugas/agenda?bulan=2020-01' -b "$JO"
expect_contains 'Belum ada surat keluar pada bulan ini.' "$BODY"
expect_contains 'Januari 2020' "$BODY"
expect_not_contains "$NS" "$BODY"
expect_status 200 GET '/petugas/agenda?bulan=2020-13' -b "$JO"
expect_contains 'tidak dikenal' "$BODY"
expect_contains "$NS" "$BODY"
# printable
expect_status 200 GET "/petugas/agenda?bulan=$MONTH&cetak=1" -b "$JO"
expect_contains 'Dicetak ' "$BODY"
expect_not_contains '<select id="f-bulan"' "$BODY"
expect_contains "$NS" "$BODY"
# CSV
expect_status 200 GET "/petugas/agenda.csv?bulan=$MONTH" -b "$JO"
expect_header 'content-type' 'text/csv; charset=utf-8'
expect_header 'content-disposition' "attachment; filename=\"agenda-$MONTH.csv\""
check "CSV header" test "$(head -n 1 "$BODY" | tr -d '\r')" = \
    "nomor_surat,tanggal,perihal,kepada,penanda_tangan,jabatan,status,kode_verifikasi"
expect_contains "$NS," "$BODY"
expect_contains ',Siti Rahmawati,' "$BODY"
expect_contains ',sah,' "$BODY"

# XLSX (libxlsxwriter): a real workbook with the letter in it
expect_status 200 GET "/petugas/agenda.xlsx?bulan=$MONTH" -b "$JO"
expect_header 'content-type' 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
expect_header 'content-disposition' "attachment; filename=\"agenda-$MONTH.xlsx\""
XS=$(python3 -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(z.read("xl/sharedStrings.xml").decode())' "$BODY" 2>&1)
check "the workbook holds the number, the addressee and the status" \
    sh -c 'printf "%s" "$1" | grep -qF "$2" && printf "%s" "$1" | grep -qF "Siti Rahmawati" && printf "%s" "$1" | grep -qF "Nomor surat"' sh "$XS" "$NS"
check "no temporary file left in the data directory" test \
    -z "$(find "$DATA" -maxdepth 1 -name 'agenda-*' 2>/dev/null)"
expect_status 200 GET "/petugas/agenda.xlsx?unit=$KAMPUNG_DALAM&bulan=$MONTH" -b "$JR"
XS=$(python3 -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(z.read("xl/sharedStrings.xml").decode())' "$BODY" 2>&1)
check "another kampung's workbook has none of it" sh -c '! printf "%s" "$1" | grep -qF "$2"' sh "$XS" "$NS"

# Scope: another kampung sees none of it, and cannot name the unit.
expect_status 200 GET /petugas/agenda -b "$JR"
expect_not_contains "$NS" "$BODY"
expect_status 200 GET "/petugas/agenda?unit=$KAMPUNG_DALAM" -b "$JR"
expect_not_contains "$NS" "$BODY"
expect_status 200 GET "/petugas/agenda.csv?unit=$KAMPUNG_DALAM&bulan=$MONTH" -b "$JR"
expect_not_contains "$NS" "$BODY"
expect_status 403 GET /petugas/agenda -b "$J"
# an administrator names the unit
expect_status 200 GET "/petugas/agenda?unit=$KAMPUNG_DALAM" -b "$JA"
expect_contains "$NS" "$BODY"
expect_contains "href=\"/petugas/agenda.csv?bulan=$MONTH&amp;unit=$KAMPUNG_DALAM\"" "$BODY"
expect_status 404 GET '/petugas/agenda?unit=TIDAK-ADA' -b "$JA"
expect_contains 'tidak terikat pada unit' "$BODY"

check_server_log
finish
