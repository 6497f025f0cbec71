#!/bin/sh
# t2104-antrian-cli.sh: `pamong antrian kios add` and `pamong antrian
# ucap` (issue 16 contract): the token on one line, usable at once by
# the API; the spoken sentence; usage errors exit 2 with the usage.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server

"$PAMONG" antrian kios add --data "$DATA" --lokasi MPP-SIAK >"$WORK/out" 2>"$WORK/err"
expect_eq "kios add exits 0" $? 0
expect_eq "one line" "$(wc -l <"$WORK/out" | tr -d ' ')" 1
TOK=$(cat "$WORK/out")
check "a 43-character token" sh -c "printf '%s' '$TOK' | grep -Eqx '[A-Za-z0-9_-]{43}'"
expect_eq "nothing on stderr" "$(cat "$WORK/err")" ""
expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $TOK" \
    -d '{"lokasi":"MPP-SIAK","layanan":"DUK-04"}'
expect_json 'j.nomor === "D-001" && j.di_depan === 0' "$BODY"
expect_eq "kiosk recorded on the ticket" "$(sql "SELECT count(*) FROM antrian_tiket WHERE kios_id IS NOT NULL")" 1
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.kios_tambah'")" 1
"$PAMONG" antrian kios add --data "$DATA" --lokasi MPP-SIAK --nama "Kios lobi" >/dev/null
expect_eq "a second kiosk" "$(sql "SELECT group_concat(nama, ',') FROM antrian_kios")" ",Kios lobi"

"$PAMONG" antrian kios add --data "$DATA" --lokasi MPP-TIDAK-ADA >"$WORK/out" 2>"$WORK/err"
expect_eq "unknown site exits 1" $? 1
expect_contains 'Lokasi pelayanan tidak ditemukan' "$WORK/err"
expect_eq "no token printed" "$(cat "$WORK/out")" ""
"$PAMONG" antrian kios add --data "$DATA" >/dev/null 2>"$WORK/err"
expect_eq "missing --lokasi exits 2" $? 2
expect_contains 'pamong antrian kios add --data DIR --lokasi KODE' "$WORK/err"
"$PAMONG" antrian kios add --data "$DATA" --lokasi MPP-SIAK --warna merah >/dev/null 2>"$WORK/err"
expect_eq "unknown option exits 2" $? 2
expect_contains 'opsi tidak dikenal: --warna' "$WORK/err"
"$PAMONG" antrian kios hapus --data "$DATA" >/dev/null 2>&1
expect_eq "unknown kios subcommand exits 2" $? 2
"$PAMONG" antrian >/dev/null 2>&1
expect_eq "no subcommand exits 2" $? 2
"$PAMONG" antrian --help >"$WORK/out"
expect_eq "--help exits 0" $? 0
expect_contains 'pamong antrian ucap NOMOR LOKET' "$WORK/out"
"$PAMONG" help | grep -q 'pamong antrian kios add'
expect_eq "pamong help lists it" $? 0

S=$("$PAMONG" antrian ucap A-007 3)
expect_eq "ucap exits 0" $? 0
expect_eq "the sentence" "$S" "Nomor antrean A nol nol tujuh, silakan menuju loket tiga"
case $S in *tujuh*"loket tiga"*) ok "contains tujuh and loket tiga" ;; *) fail "contract words: $S" ;; esac
expect_eq "loket 12, letters" "$("$PAMONG" antrian ucap KB-120 12)" \
    "Nomor antrean Ka Be satu dua nol, silakan menuju loket dua belas"
expect_eq "loket 111" "$("$PAMONG" antrian ucap A-001 111)" \
    "Nomor antrean A nol nol satu, silakan menuju loket seratus sebelas"
for bad in "A-007 0" "A-007 1000" "A-007 tiga" "A_007 3" "A-007" "A-007 3 4"; do
	"$PAMONG" antrian ucap $bad >/dev/null 2>&1
	expect_eq "ucap $bad exits 2" $? 2
done
finish
